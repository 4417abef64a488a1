/**
 * Issue 12, items 0–2 end to end: uploads that cannot hurt the server, rebuilds off the
 * serving thread with an atomic swap, and a running server that notices a changed index.
 * The server is `npm start` in a child process on an ephemeral port, over temporary copies of
 * seeds/ and index/; the test is its client.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../src/answer/engine.js';
import type { Job } from '../src/ingest/jobs.js';
import { ensureIndex, readCatalog, readIndex, ROOT } from '../src/store.js';
import { docxBomb, pdfPageListBomb } from './bombs.js';
import { startFakeTelegram, startFakeZalo, type FakeApi } from './fakes.js';
import { makeDocx, newPlanLines } from './files.js';
import { commaRun, longParagraph, manyParagraphs } from './hostile-text.js';
import { tempDir } from './tmp.js';

const TOKEN = 'admin-token-0123456789';
const execFileAsync = promisify(execFile);
const FIXTURE = join(ROOT, 'test', 'fixtures', 'add-loop.ts');
/** The latency bound of issue 12 for /health and for answers during uploads. */
const BOUND_MS = 150;

interface Running {
  url: string;
  logs: string[];
  /** SIGTERM, and wait for the process to end. */
  stop(): Promise<void>;
}

let seedsDir = '';
let indexDir = '';
const servers: Running[] = [];
const fakes: FakeApi[] = [];

beforeEach(() => {
  const base = tempDir('serving-');
  seedsDir = join(base, 'seeds');
  indexDir = join(base, 'index');
  cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
  cpSync(join(ROOT, 'index'), indexDir, { recursive: true });
});

afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  for (const f of fakes.splice(0)) await f.close();
});

/** `npm start` in a child process over the temporary seeds/ and index/, on an ephemeral port. */
async function start(env: Record<string, string> = {}): Promise<Running> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '0', INDEX_POLL_MS: '200', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start: ${logs.join('')}`)), 60_000);
    const onData = (b: Buffer) => {
      logs.push(b.toString());
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(logs.join(''));
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (b: Buffer) => logs.push(b.toString()));
    proc.on('exit', (code) => fail(new Error(`server exited (${code}): ${logs.join('')}`)));
  });
  const exited = new Promise<void>((ok) => proc.on('exit', () => ok()));
  const r: Running = {
    url,
    logs,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
  servers.push(r);
  return r;
}

async function documents(r: Running): Promise<number> {
  return ((await (await fetch(`${r.url}/health`)).json()) as { documents: number }).documents;
}

/** GET or POST continuously until stopped; the slowest response time. */
function probe(url: string, init?: RequestInit, everyMs = 25) {
  let stop = false;
  const times: number[] = [];
  const done = (async () => {
    while (!stop) {
      const t0 = performance.now();
      const res = await fetch(url, init);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop(): Promise<{ max: number; count: number }> {
      stop = true;
      await done;
      return { max: Math.max(...times), count: times.length };
    },
  };
}

async function upload(r: Running, files: Array<[string, Uint8Array]>): Promise<Job> {
  const form = new FormData();
  for (const [name, bytes] of files) form.append('file', new File([bytes], name));
  const res = await fetch(`${r.url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(202);
  return ((await res.json()) as { job: Job }).job;
}

/**
 * Upload from another process: sending a 20 MB body from this one would stall the probe's own
 * event loop here, and its timings would no longer say anything about the server.
 */
async function uploadFromChild(r: Running, name: string, bytes: Uint8Array): Promise<Job> {
  const path = join(tempDir('upload-'), name);
  writeFileSync(path, bytes);
  const script = `const { openAsBlob } = require('node:fs'); (async () => { const form = new FormData(); form.append('file', new File([await openAsBlob(process.argv[1])], process.argv[2])); const res = await fetch(process.argv[3], { method: 'POST', body: form, headers: { authorization: 'Bearer ' + process.argv[4] } }); process.stdout.write(JSON.stringify({ status: res.status, body: await res.json() })); })();`;
  const { stdout } = await execFileAsync(process.execPath, ['-e', script, path, name, `${r.url}/api/documents`, TOKEN]);
  const { status, body } = JSON.parse(stdout) as { status: number; body: { job: Job } };
  expect(status).toBe(202);
  return body.job;
}

async function finished(r: Running, id: string): Promise<Job> {
  for (;;) {
    const res = await fetch(`${r.url}/api/documents/jobs/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const j = (await res.json()) as Job;
    if (j.finishedAt) return j;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

async function ask(r: Running, question: string): Promise<{ answer: string; citations: Array<{ source: string }> }> {
  const res = await fetch(`${r.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  expect(res.status).toBe(200);
  return (await res.json()) as { answer: string; citations: Array<{ source: string }> };
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('crafted uploads: refused or indexed within budget, /health fast throughout, start-up works after each', () => {
  const CASES: Array<[string, () => Promise<[string, Uint8Array]>, 'refused' | 'added', RegExp | null]> = [
    ['a PDF whose page list names one page 200,000 times', async () => ['bom.pdf', await pdfPageListBomb()], 'refused', /quá nhiều trang/],
    ['a .docx expanding to 200 MB', async () => ['bom.docx', docxBomb(200)], 'refused', /giải nén quá lớn/],
    ['a 20 MB .txt of 200,000 paragraphs', async () => ['dai.txt', enc(manyParagraphs())], 'refused', /quá dài/],
    ['one 500 KB paragraph', async () => ['doan-dai.txt', enc(longParagraph())], 'added', null],
    ['a 32 KB run of commas in a target line', async () => ['dau-phay.txt', enc(commaRun())], 'added', null],
  ];
  for (const [name, make, outcome, message] of CASES) {
    it(name, async () => {
      const r = await start();
      const file = await make();
      const health = probe(`${r.url}/health`);
      const job = await finished(r, (await uploadFromChild(r, file[0], file[1])).id);
      const { max, count } = await health.stop();
      expect(count).toBeGreaterThan(0);
      expect(max).toBeLessThan(BOUND_MS);
      if (outcome === 'refused') {
        expect(job.state).toBe('failed');
        expect(job.errors[0]?.message).toMatch(message ?? /./);
      } else {
        expect(job).toMatchObject({ state: 'done', documents: 6 });
      }
      expect(await documents(r)).toBe(outcome === 'added' ? 6 : 5);
      await r.stop();
      // Start-up over the same seeds/ and index/ comes up.
      const again = await start();
      expect(await documents(again)).toBe(outcome === 'added' ? 6 : 5);
    });
  }

  it('a file over its time budget is refused with a clear message; the server is untouched', async () => {
    const r = await start({ EXTRACT_TIME_BUDGET_MS: '30' });
    const job = await finished(r, (await upload(r, [['a.docx', await makeDocx(newPlanLines('Phù Cát', 'Ban Dân vận Huyện ủy', 91))]])).id);
    expect(job.state).toBe('failed');
    expect(job.errors[0]).toMatchObject({ code: 'over_budget' });
    expect(job.errors[0]?.message).toMatch(/quá nhiều bộ nhớ hoặc thời gian/);
    expect(await documents(r)).toBe(5);
    expect(readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).length).toBe(5);
  });
});

describe('upload limits at the door', () => {
  it('an upload over 25 MB gets a 413 that says 25 MB; a client that hangs up mid-body is not logged as a server error', async () => {
    const r = await start();
    const form = new FormData();
    form.append('file', new File([new Uint8Array(26 * 1024 * 1024)], 'lon.txt'));
    const res = await fetch(`${r.url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } }).catch(() => null);
    expect(res?.status).toBe(413);
    expect(((await res?.json()) as { error: { message: string } }).error.message).toContain('25 MB');
    const { connect } = await import('node:net');
    const { port } = new URL(r.url);
    for (const [path, type] of [['/api/documents', 'multipart/form-data; boundary=XX'], ['/api/ask', 'application/json']]) {
      await new Promise<void>((ok) => {
        const sock = connect(Number(port), '127.0.0.1', () => {
          sock.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: ${type}\r\nContent-Length: 9000\r\n\r\n--XX\r\n{"question": "ab`);
          setTimeout(() => {
            sock.destroy();
            ok();
          }, 200);
        });
        sock.on('error', () => ok());
      });
    }
    await new Promise((ok) => setTimeout(ok, 300));
    expect(await documents(r)).toBe(5);
    // Logged as the client's doing (499), never as a server error.
    const logs = r.logs.join('');
    expect(logs).not.toMatch(/ 500 |internal|Error:|\bat \S+ \(/);
  });
});

describe('uploads while serving', () => {
  it('five .docx uploaded at the same moment: five documents, five catalog entries', async () => {
    const r = await start();
    const places = ['An Lão', 'Hoài Nhơn', 'Phù Cát', 'Tây Sơn', 'Vĩnh Thạnh'];
    const files = await Promise.all(places.map(async (p, i) => [`Kế hoạch ${p}.docx`, await makeDocx(newPlanLines(p, 'Ban Dân vận Huyện ủy', 80 + i))] as [string, Uint8Array]));
    const jobs = await Promise.all(files.map((f) => upload(r, [f])));
    const done = await Promise.all(jobs.map((j) => finished(r, j.id)));
    expect(done.map((j) => j.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    const names = Object.values(readCatalog(seedsDir)).map((e) => e.originalName);
    for (const [name] of files) expect(names).toContain(name);
    expect(await documents(r)).toBe(10);
  });

  it('a client asking continuously while uploads are indexed: no answer slower than the bound; all documents answerable afterwards', async () => {
    const r = await start();
    const places = ['An Nhơn', 'Hoài Ân', 'Phù Mỹ'];
    const docs = await Promise.all(places.map((p, i) => makeDocx(newPlanLines(p, `Phòng Văn hóa số ${i + 1} huyện`, 70 + i))));
    const asking = probe(`${r.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?' }) }, 10);
    for (const [i, p] of places.entries()) {
      const job = await uploadFromChild(r, `${p}.docx`, docs[i] ?? new Uint8Array());
      await finished(r, job.id);
    }
    const { max, count } = await asking.stop();
    expect(count).toBeGreaterThan(10);
    expect(max).toBeLessThan(BOUND_MS);
    for (const [i, p] of places.entries()) {
      const a = await ask(r, `Cơ quan nào chủ trì tuyên truyền ở ${p}?`);
      expect(a.answer).toContain(`Phòng Văn hóa số ${i + 1} huyện`);
    }
  });

  it('a question about a just-uploaded document: the same answer through the API, Telegram and Zalo', async () => {
    const tg = await startFakeTelegram();
    const zalo = await startFakeZalo();
    fakes.push(tg, zalo);
    const r = await start({ TELEGRAM_BOT_TOKEN: '1:T', TELEGRAM_WEBHOOK_SECRET: 'tg-secret', TELEGRAM_API_ROOT: tg.url, ZALO_BOT_TOKEN: 'z:1', ZALO_WEBHOOK_SECRET: 'zalo-secret-1234', ZALO_API_ROOT: zalo.url });
    const job = await finished(r, (await upload(r, [['Phù Cát.docx', await makeDocx(newPlanLines('Phù Cát', 'Ban Dân vận Huyện ủy', 91))]])).id);
    expect(job.state).toBe('done');
    const q = 'Cơ quan nào chủ trì tuyên truyền ở Phù Cát?';
    const api = await ask(r, q);
    expect(api.answer).toContain('Ban Dân vận Huyện ủy');
    const newSeed = job.added[0]?.seed;
    expect(api.citations[0]?.source).toBe(newSeed);

    const tgRes = await fetch(`${r.url}/bots/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'tg-secret' },
      body: JSON.stringify({ update_id: 9001, message: { message_id: 1, date: 1_700_000_000, chat: { id: 5, type: 'private', first_name: 'A' }, from: { id: 5, is_bot: false, first_name: 'A' }, text: q } }),
    });
    expect(tgRes.status).toBe(200);
    const zRes = await fetch(`${r.url}/bots/zalo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': 'zalo-secret-1234' },
      body: JSON.stringify({ event_name: 'message.text.received', message: { message_id: 'm1', date: 1_749_000_000_000, chat: { id: 'u5', chat_type: 'PRIVATE' }, from: { id: 'u5', display_name: 'A' }, text: q } }),
    });
    expect(zRes.status).toBe(200);
    await tg.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'));
    await zalo.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'));
    const tgText = String(tg.calls.find((c) => c.method === 'sendMessage')?.payload.text ?? '');
    const zText = String(zalo.calls.find((c) => c.method === 'sendMessage')?.payload.text ?? '');
    const lead = api.answer.split(/[.:\n]/)[0] ?? '';
    for (const text of [tgText, zText]) {
      expect(text).toContain('Ban Dân vận Huyện ủy');
      expect(text).toContain('Phù Cát');
      // The answer and its sources (not the suggested follow-ups) are the new document's alone.
      const answer = text.split(/\n(?:Hỏi tiếp|Ask next)/)[0] ?? '';
      expect(answer).not.toMatch(/Tuy Phước|Đức Phổ|Tây Ninh|Tuyên Quang/);
    }
    expect(lead.length).toBeGreaterThan(5);
  });
});

describe('index/ replaced as a whole', () => {
  it('kill -9 at random moments of an add leaves an index that loads, whole and from one build', async () => {
    let first = 0;
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, seedsDir, indexDir, 'add', String(first), 'loop'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      // Wait for the first add, then kill at a random moment of a later one.
      await new Promise<void>((ok) => {
        const t = setInterval(() => {
          if (out.includes('added')) {
            clearInterval(t);
            ok();
          }
        }, 20);
      });
      await new Promise((ok) => setTimeout(ok, 50 + Math.random() * 900));
      child.kill('SIGKILL');
      await new Promise((ok) => child.on('exit', ok));
      first += 1000;
      const data = readIndex(indexDir);
      expect(data.corpus.documents.length).toBe(data.manifest.documents);
      expect(data.corpus.chunks.length).toBe(data.manifest.chunks);
      expect(data.corpus.targets.length).toBe(data.manifest.targets);
      const engine = createEngine(data);
      expect(engine.corpus.documents.length).toBeGreaterThan(5);
    }
    // And the next add (the dead process's lock taken over) and start-up work.
    execFileSync(process.execPath, ['--import', 'tsx', FIXTURE, seedsDir, indexDir, 'add', '99999'], { cwd: ROOT });
    const data = ensureIndex(() => {}, indexDir, seedsDir);
    expect(data.manifest.documents).toBe(readdirSync(seedsDir).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).length);
    // The current build, plus at most one build per killed writer: those are left for a minute
    // (they could be another writer's, still being written) and then removed.
    expect(readdirSync(join(indexDir, 'builds')).length).toBeLessThanOrEqual(3 + 1);
  });

  it('the running server notices `npm run add` and `npm run index` in another process and reloads without a restart', async () => {
    const r = await start();
    expect(await documents(r)).toBe(5);
    execFileSync(process.execPath, ['--import', 'tsx', FIXTURE, seedsDir, indexDir, 'add', '7'], { cwd: ROOT });
    const until = Date.now() + 15_000;
    while ((await documents(r)) !== 6 && Date.now() < until) await new Promise((ok) => setTimeout(ok, 100));
    expect(await documents(r)).toBe(6);
    expect((await ask(r, 'Cơ quan nào chủ trì tuyên truyền ở Vân Canh?')).answer).toContain('Hội Liên hiệp Phụ nữ huyện');
    const builtAt = ((await (await fetch(`${r.url}/health`)).json()) as { builtAt: string }).builtAt;
    execFileSync(process.execPath, ['--import', 'tsx', FIXTURE, seedsDir, indexDir, 'index'], { cwd: ROOT });
    const now = () => fetch(`${r.url}/health`).then(async (res) => ((await res.json()) as { builtAt: string }).builtAt);
    while ((await now()) === builtAt && Date.now() < until + 15_000) await new Promise((ok) => setTimeout(ok, 100));
    expect(await now()).not.toBe(builtAt);
    expect(r.logs.join('')).toMatch(/index reloaded \(6 documents/);
  });

  it('a seed that cannot be indexed is quarantined and start-up comes up', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(seedsDir, 'khong-doc-duoc.txt'), Buffer.alloc(9 * 1024 * 1024, 0x61));
    const logs: string[] = [];
    const data = ensureIndex((m) => logs.push(m), indexDir, seedsDir);
    expect(data.manifest.documents).toBe(5);
    expect(existsSync(join(seedsDir, 'quarantine', 'khong-doc-duoc.txt'))).toBe(true);
    expect(logs.join('\n')).toMatch(/khong-doc-duoc\.txt cannot be indexed .*quarantine/);
    expect(readFileSync(join(seedsDir, 'catalog.json'), 'utf8')).toBeTruthy();
  });
});
