import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ask, createEngine } from '../src/answer/engine.js';
import { createApp } from '../src/api/app.js';
import { addDocuments, readFiles, type NewFile } from '../src/ingest/add.js';
import { currentBuildId, readIndex, ROOT } from '../src/store.js';
import { reloadIfChanged } from '../src/index-watch.js';
import { createJobQueue, type Job } from '../src/ingest/jobs.js';
import { createLiveIndex, servingOf } from '../src/live.js';
import { tempDir } from './tmp.js';
import { makeDocx, makeEncryptedPdf, makePdf, makeScannedPdf, newPlanLines } from './files.js';

let seedsDir = '';
let indexDir = '';

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  // index/ holds builds/<id>/ and the current link: every file, recursively.
  for (const dir of [seedsDir, indexDir]) for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (statSync(join(dir, f)).isFile()) out[join(dir, f)] = readFileSync(join(dir, f), 'utf8');
  return out;
}

beforeEach(() => {
  const base = tempDir('add-');
  seedsDir = join(base, 'seeds');
  indexDir = join(base, 'index');
  cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
  cpSync(join(ROOT, 'index'), indexDir, { recursive: true });
});

describe('adding documents', () => {
  it('a .docx and a .pdf with Vietnamese text are added and answered from, with a citation into the new document', async () => {
    const docx = await makeDocx(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93));
    const pdf = await makePdf(newPlanLines('Hoài Ân', 'Phòng Văn hóa và Thông tin huyện', 94));
    const res = await addDocuments([{ name: 'Kế hoạch Phù Mỹ.docx', bytes: docx }, { name: 'ke-hoach-hoai-an.pdf', bytes: pdf }], { seedsDir, indexDir });
    expect(res.errors).toEqual([]);
    expect(res.added.map((a) => a.file)).toEqual(['Kế hoạch Phù Mỹ.docx', 'ke-hoach-hoai-an.pdf']);
    const catalog = JSON.parse(readFileSync(join(seedsDir, 'catalog.json'), 'utf8')) as Record<string, { originalName: string }>;
    expect(catalog[res.added[0]?.seed ?? '']?.originalName).toBe('Kế hoạch Phù Mỹ.docx');
    const data = readIndex(indexDir);
    expect(data.manifest.documents).toBe(7);
    const engine = createEngine(data);
    const a = ask(engine, 'Cơ quan nào chủ trì công tác tuyên truyền ở Phù Mỹ?');
    expect(a.answer).toContain('Ban Dân vận Huyện ủy (Phù Mỹ)');
    expect(a.citations[0]?.source).toBe(res.added[0]?.seed);
    expect(a.citations[0]?.quote).toContain('Ban Dân vận Huyện ủy chủ trì');
    const b = ask(engine, 'chi tieu bhyt hoai an');
    expect(b.answer).toContain('94%');
    expect(b.citations[0]?.source).toBe(res.added[1]?.seed);
    // The seeds still answer as before.
    expect(ask(engine, 'co quan nao chu tri tuyen truyen tuy phuoc').citations[0]?.lines).toEqual([159, 159]);
  });

  it('the same file twice is one document', async () => {
    const docx = await makeDocx(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93));
    const first = await addDocuments([{ name: 'a.docx', bytes: docx }], { seedsDir, indexDir });
    const again = await addDocuments([{ name: 'b.docx', bytes: docx }], { seedsDir, indexDir });
    expect(first.added.length).toBe(1);
    expect(again.added.length).toBe(0);
    expect(again.duplicates).toEqual([{ file: 'b.docx', seed: first.added[0]?.seed }]);
    expect(readIndex(indexDir).manifest.documents).toBe(6);
  });

  it('flags override what the text says (--locality, --kind)', async () => {
    const docx = await makeDocx(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93));
    await addDocuments([{ name: 'a.docx', bytes: docx }], { seedsDir, indexDir, locality: 'Phù Mỹ Mới', kind: 'Chương trình hành động' });
    const m = readIndex(indexDir).corpus.documents.find((d) => d.meta.locality === 'Phù Mỹ Mới')?.meta;
    expect(m?.kind).toBe('Chương trình hành động');
    expect(m?.origin.locality).toBe('catalog');
  });

  const BAD: Array<[string, () => Promise<NewFile>, string]> = [
    ['a scanned PDF with no text', async () => ({ name: 'scan.pdf', bytes: await makeScannedPdf() }), 'scanned_pdf'],
    ['an encrypted PDF', async () => ({ name: 'secret.pdf', bytes: await makeEncryptedPdf(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93)) }), 'encrypted_pdf'],
    ['an empty file', async () => ({ name: 'empty.txt', bytes: new Uint8Array() }), 'empty'],
    ['a non-Vietnamese file', async () => ({ name: 'english.txt', bytes: new TextEncoder().encode('This is an English report about social policy, written in plain English words only. '.repeat(20)) }), 'not_vietnamese'],
    ['an unsupported format', async () => ({ name: 'bang-tinh.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]) }), 'unsupported'],
    ['a broken .docx', async () => ({ name: 'hong.docx', bytes: new TextEncoder().encode('not a zip file at all') }), 'unreadable'],
    ['a binary .txt', async () => ({ name: 'nhi-phan.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xc3, 0x28]) }), 'unreadable'],
  ];
  for (const [name, make, code] of BAD) {
    it(`${name}: a clear Vietnamese error, seeds/ and index/ unchanged`, async () => {
      const before = snapshot();
      const res = await addDocuments([await make()], { seedsDir, indexDir });
      expect(res.added).toEqual([]);
      expect(res.errors.map((e) => e.code)).toEqual([code]);
      expect(res.errors[0]?.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(snapshot()).toEqual(before);
    });
  }

  it('a file over 20 MB is refused before it is read', async () => {
    const big = join(tempDir('big-'), 'lon.txt');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const before = snapshot();
    const res = await addDocuments(readFiles([big]), { seedsDir, indexDir });
    expect(res.errors.map((e) => e.code)).toEqual(['too_large']);
    expect(res.errors[0]?.message).toContain('20 MB');
    expect(snapshot()).toEqual(before);
  });

  it('five adds at the same moment keep five catalog entries (the catalog is read under the lock, after extraction)', async () => {
    const places = ['An Lão', 'Hoài Nhơn', 'Phù Cát', 'Tây Sơn', 'Vĩnh Thạnh'];
    const docs = await Promise.all(places.map(async (p, i) => ({ name: `Kế hoạch ${p}.docx`, bytes: await makeDocx(newPlanLines(p, 'Ban Dân vận Huyện ủy', 80 + i)) })));
    const results = await Promise.all(docs.map((d) => addDocuments([d], { seedsDir, indexDir })));
    expect(results.map((r) => r.added.length)).toEqual([1, 1, 1, 1, 1]);
    const names = Object.values(JSON.parse(readFileSync(join(seedsDir, 'catalog.json'), 'utf8')) as Record<string, { originalName: string }>).map((e) => e.originalName);
    for (const d of docs) expect(names).toContain(d.name);
    expect(readIndex(indexDir).manifest.documents).toBe(10);
  });

  it('a batch keeps the good files and reports the bad ones', async () => {
    const res = await addDocuments([{ name: 'ok.docx', bytes: await makeDocx(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93)) }, { name: 'scan.pdf', bytes: await makeScannedPdf() }], { seedsDir, indexDir });
    expect(res.added.length).toBe(1);
    expect(res.errors.map((e) => e.code)).toEqual(['scanned_pdf']);
  });
});

describe('POST /api/documents', () => {
  const TOKEN = 'admin-token-0123456789';
  function app(withAdmin: boolean) {
    const live = createLiveIndex(servingOf(readIndex(indexDir), currentBuildId(indexDir)));
    const jobs = createJobQueue({ seedsDir, indexDir, onIndexed: () => reloadIfChanged(live, indexDir) });
    return createApp({ live, ...(withAdmin ? { admin: { token: TOKEN, jobs } } : {}) }, { rateLimitPerMinute: 0, corsOrigins: '' });
  }
  async function upload(a: ReturnType<typeof app>, token: string | null, files: Array<[string, Uint8Array]>) {
    const form = new FormData();
    for (const [name, bytes] of files) form.append('file', new File([bytes], name));
    return a.request('/api/documents', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  }
  /** Upload, expect 202 with a job, and follow the job until it is finished. */
  async function uploadAndWait(a: ReturnType<typeof app>, files: Array<[string, Uint8Array]>): Promise<Job> {
    const res = await upload(a, TOKEN, files);
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: Job };
    expect(res.headers.get('location')).toBe(`/api/documents/jobs/${job.id}`);
    for (;;) {
      const r = await a.request(`/api/documents/jobs/${job.id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(r.status).toBe(200);
      const j = (await r.json()) as Job;
      if (j.finishedAt) return j;
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  it('openapi.json describes the upload job and its address', async () => {
    const doc = (await (await app(true).request('/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/api/documents']?.post?.responses ?? {})).toContain('202');
    expect(doc.paths['/api/documents/jobs/{id}']?.get?.responses['200']).toBeTruthy();
    const bad = await app(true).request('/api/documents/jobs/not-a-uuid', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bad.status).toBe(400);
    const missing = await app(true).request('/api/documents/jobs/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(missing.status).toBe(404);
    expect((await app(false).request('/api/documents/jobs/00000000-0000-4000-8000-000000000000')).status).toBe(403);
  });

  it('is off without an admin token, and refuses a wrong token', async () => {
    const docx = await makeDocx(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93));
    expect((await upload(app(false), TOKEN, [['a.docx', docx]])).status).toBe(403);
    const on = app(true);
    expect((await upload(on, 'wrong-token-xxxxxxxx', [['a.docx', docx]])).status).toBe(401);
    expect((await upload(on, null, [['a.docx', docx]])).status).toBe(401);
  });

  it('adds an uploaded .docx and answers from it at once', async () => {
    const on = app(true);
    const job = await uploadAndWait(on, [['Phù Mỹ.docx', await makeDocx(newPlanLines('Phù Mỹ', 'Ban Dân vận Huyện ủy', 93))]]);
    expect(job).toMatchObject({ state: 'done', files: 1, processed: 1, documents: 6 });
    const ans = await on.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'ai chủ trì tuyên truyền ở Phù Mỹ?' }) });
    expect(((await ans.json()) as { answer: string }).answer).toContain('Ban Dân vận Huyện ủy');
  });

  it('every refused file: 400 with the reasons', async () => {
    const job = await uploadAndWait(app(true), [['scan.pdf', await makeScannedPdf()]]);
    expect(job.state).toBe('failed');
    expect(job.errors[0]?.message).toContain('bản scan');
  });
});
