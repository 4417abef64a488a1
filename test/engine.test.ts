import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, createEngine } from '../src/answer/engine.js';
import { detectLang } from '../src/answer/analyze.js';
import { AnswerSchema } from '../src/types.js';
import { buildChunkDb, loadChunkDb, saveChunkDb } from '../src/search/orama.js';
import { readPostings, topChunks } from '../src/search/postings.js';
import { decodePostings } from '../src/search/postings-file.js';
import type { Corpus } from '../src/ingest/corpus.js';
import { tokens, TERMINATOR } from '../src/search/tokenizer.js';
import { fingerprint, isStale, readIndex, readOrama, ROOT } from '../src/store.js';
import { getEngine, SEED, seedText, sourceLines } from './helpers.js';
import { tempDir } from './tmp.js';

const TUY_PHUOC_LEAD = 'Ban Tuyên giáo Huyện ủy';

describe('the Tuy Phước question in three forms', () => {
  for (const q of [
    'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?',
    'co quan nao chu tri tuyen truyen tuy phuoc',
    'which agency leads propaganda work in Tuy Phước',
  ]) {
    it(q, () => {
      const a = ask(getEngine(), q);
      expect(AnswerSchema.parse(a)).toBeTruthy();
      expect(a.abstained).toBe(false);
      expect(a.intent).toBe('responsibility');
      expect(a.answer.startsWith(`${TUY_PHUOC_LEAD} (Tuy Phước)`)).toBe(true);
      const c = a.citations[0];
      expect(c).toMatchObject({ source: SEED.tuyPhuoc, locality: 'Tuy Phước', section: 'IV. TỔ CHỨC THỰC HIỆN > 2', lines: [159, 159] });
      expect(c?.document).toBe('Kế hoạch số 133-KH/HU của Ban Thường vụ Huyện ủy Tuy Phước');
      expect(c?.quote).toBe(sourceLines(seedText(SEED.tuyPhuoc), 159, 159)[0]);
    });
  }

  it('frames English questions in English around Vietnamese quotes', () => {
    const a = ask(getEngine(), 'which agency leads propaganda work in Tuy Phước');
    // English all round the quote: no Vietnamese role words outside it.
    expect(a.answer).toMatch(/\bleads\b/);
    expect(a.answer.replace(/“[^”]*”/g, '')).not.toMatch(/chủ trì|Thời hạn|Trích dẫn/);
    expect(a.answer).toContain('“chủ trì, phối hợp');
  });
});

describe('abstention', () => {
  for (const q of ['Chỉ tiêu BHYT của Hà Nội?', 'giá vàng hôm nay', 'gia vang hom nay bao nhieu', 'Who is the mayor of Ho Chi Minh City?', 'Ai là chủ tịch nước?', 'How do I renew my passport?', 'Kế hoạch của tỉnh Cà Mau giao ai chủ trì tuyên truyền?']) {
    it(`abstains: ${q}`, () => {
      const a = ask(getEngine(), q);
      expect(a.abstained).toBe(true);
      expect(a.intent).toBe('out_of_scope');
      expect(a.citations).toEqual([]);
      expect(a.answer).toMatch(/Không tìm thấy|Not found/);
    });
  }
  it('names the place it has no plan for', () => {
    expect(ask(getEngine(), 'Chỉ tiêu BHYT của Hà Nội?').answer).toContain('Hà Nội');
  });
});

describe('answers from the tables', () => {
  it('target: Tây Ninh BHYT above 95%, quoted from line 38', () => {
    const a = ask(getEngine(), 'Chỉ tiêu tỷ lệ dân số tham gia bảo hiểm y tế của Tây Ninh đến năm 2030 là bao nhiêu?');
    expect(a.intent).toBe('target');
    expect(a.answer).toContain('Trên 95% dân số tham gia bảo hiểm y tế');
    expect(a.citations[0]).toMatchObject({ source: SEED.tayNinh, lines: [38, 38] });
  });
  it('compare: one cited row per locality', () => {
    const a = ask(getEngine(), 'So sánh chỉ tiêu nhà ở xã hội của Bình Định và Tây Ninh.');
    expect(a.intent).toBe('compare');
    expect(a.citations.map((c) => c.source).sort()).toEqual([SEED.binhDinh, SEED.tayNinh]);
    expect(a.answer).toContain('12.900');
    expect(a.answer).toContain('11.900');
  });
  it('deadline: Bình Định propaganda due Quý IV/2024, quote spans task and deadline', () => {
    const a = ask(getEngine(), 'Ban Tuyên giáo Tỉnh ủy Bình Định phải hoàn thành tuyên truyền khi nào?');
    expect(a.intent).toBe('deadline');
    expect(a.answer).toContain('Quý IV/2024');
    expect(a.citations[0]?.lines).toEqual([69, 73]);
  });
  it('metadata: signer and the provincial plan implemented', () => {
    expect(ask(getEngine(), 'Ai ký Kế hoạch 133-KH/HU?').answer).toContain('Nguyễn Đình Thuận');
    const a = ask(getEngine(), 'Kế hoạch của Tuy Phước thực hiện theo kế hoạch nào của Tỉnh ủy Bình Định?');
    expect(a.answer).toContain('109-KH/TU');
    expect(a.citations[0]?.lines).toEqual([13, 13]);
  });
  it('province vs district: "Bình Định" alone is the province plan, not Tuy Phước', () => {
    const a = ask(getEngine(), 'binh dinh chi tieu bhyt 2030');
    expect(a.citations.map((c) => c.source)).toEqual([SEED.binhDinh]);
    expect(a.answer).toContain('97%');
  });
  it('respects a locality option and rejects an unknown one', () => {
    const a = ask(getEngine(), 'chỉ tiêu bảo hiểm y tế', { locality: 'tay ninh' });
    expect(a.citations.every((c) => c.source === SEED.tayNinh)).toBe(true);
    expect(ask(getEngine(), 'chỉ tiêu bảo hiểm y tế', { locality: 'Atlantis' }).abstained).toBe(true);
  });
});

describe('hostile questions never throw', () => {
  const cases = ['', '   ', '???!!!', '<script>alert(1)</script> ai chủ trì?', '**bold** _x_ [a](javascript:x)', '😀🙏🇻🇳', 'a'.repeat(10_000), 'Ｃơ ｑuan', '\u0000\u0007\u001b[31m', 'SELECT * FROM users; --', 'ở'.repeat(500), 'ты кто? 你是谁？', '42'];
  for (const q of cases) {
    it(JSON.stringify(q.slice(0, 30)), () => {
      const a = ask(getEngine(), q);
      expect(AnswerSchema.parse(a).question).toBe(q);
    });
  }
});

describe('language detection', () => {
  it('tells English from Vietnamese typed without diacritics', () => {
    const vocab = (w: string) => getEngine().stats.df.has(w);
    expect(detectLang('ty le that nghiep chung tuy phuoc den 2030', vocab)).toBe('vi-noaccent');
    expect(detectLang('What is the target for clean water?', vocab)).toBe('en');
    expect(detectLang('compare hospital beds per 10,000 people in Tây Ninh and Bình Định', vocab)).toBe('en');
    expect(detectLang('Cơ quan nào chủ trì?', vocab)).toBe('vi');
  });
});

describe('index/', () => {
  it('is fresh against seeds/ and the indexer code (run `npm run index` when this fails)', () => {
    const m = readIndex().manifest;
    expect(m.fingerprint).toBe(fingerprint());
    expect(isStale()).toBe(false);
  });

  it('Orama save/load keeps the postings, index/postings.bin stores them, and they match the tokenizer term for term', () => {
    const { corpus, postings: stored } = readIndex();
    const ids = corpus.chunks.map((c) => c.id);
    const db = buildChunkDb(corpus);
    const fresh = readPostings(db, ids);
    const loaded = readPostings(loadChunkDb(JSON.parse(JSON.stringify(saveChunkDb(db)))), ids);
    expect(loaded).toEqual(fresh);
    // What the server loads equals Orama's frequencies in index/orama.json, read the old way.
    expect(stored).toEqual(readPostings(loadChunkDb(readOrama()), ids));
    expect(stored).toEqual(fresh);
    // Recount every chunk's tokens independently of Orama.
    const tf = new Map<string, Map<number, number>>();
    const inSection = new Map<string, Set<number>>();
    corpus.chunks.forEach((c, i) => {
      for (const t of tokens(c.text)) {
        const term = t.slice(0, -TERMINATOR.length);
        const m = tf.get(term) ?? new Map<number, number>();
        m.set(i, (m.get(i) ?? 0) + 1);
        tf.set(term, m);
      }
      for (const t of tokens(c.section)) {
        const term = t.slice(0, -TERMINATOR.length);
        inSection.set(term, (inSection.get(term) ?? new Set<number>()).add(i));
      }
    });
    expect(fresh.text.terms.size).toBe(tf.size);
    for (const [term, byChunk] of tf) {
      const t = fresh.text.terms.get(term) ?? -1;
      const got = new Map<number, number>();
      for (let k = fresh.text.start[t] ?? 0; k < (fresh.text.start[t + 1] ?? 0); k++) got.set(fresh.text.chunk[k] ?? -1, fresh.text.tf[k] ?? 0);
      expect(got, term).toEqual(byChunk);
      expect(fresh.df.get(term), term).toBe(new Set([...byChunk.keys(), ...(inSection.get(term) ?? [])]).size);
    }
    expect(fresh.n).toBe(corpus.chunks.length);
  });

  it('top chunks: best first, filtered, paged, counted', () => {
    const { corpus, postings: p } = getEngine();
    const all = topChunks(p, { terms: ['tuyen_truyen', 'chu_tri'], limit: 1000 });
    expect(all.count).toBe(all.hits.length);
    expect(all.count).toBeGreaterThan(5);
    for (let i = 1; i < all.hits.length; i++) expect(all.hits[i - 1]?.score).toBeGreaterThanOrEqual(all.hits[i]?.score ?? 0);
    const page = topChunks(p, { terms: ['tuyen_truyen', 'chu_tri'], limit: 3, offset: 2 });
    expect(page.hits).toEqual(all.hits.slice(2, 5));
    const src = corpus.chunks[all.hits[0]?.chunk ?? 0]?.source;
    const only = topChunks(p, { terms: ['tuyen_truyen', 'chu_tri'], limit: 1000, accept: (i) => corpus.chunks[i]?.source === src });
    expect(only.hits.map((h) => h.chunk)).toEqual(all.hits.filter((h) => corpus.chunks[h.chunk]?.source === src).map((h) => h.chunk));
    expect(topChunks(p, { terms: ['khong_co_tu_nay'], limit: 5 })).toEqual({ count: 0, hits: [] });
  });

  it('a changed seed makes the index stale', async () => {
    const { cpSync, appendFileSync } = await import('node:fs');
    const dir = tempDir('seeds-');
    cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
    const before = fingerprint(dir);
    appendFileSync(join(dir, SEED.tuyPhuoc), '\n- thêm một dòng\n');
    expect(fingerprint(dir)).not.toBe(before);
  });
});

describe('CLI contract', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  it('ask --json prints exactly the answer object', () => {
    const out = execFileSync(tsx, ['src/cli/ask.ts', '--json', 'co quan nao chu tri tuyen truyen tuy phuoc'], { cwd: ROOT, encoding: 'utf8' });
    const a = AnswerSchema.strict().parse(JSON.parse(out));
    expect(a.citations[0]?.lines).toEqual([159, 159]);
  });
  it('ask --jsonl answers a batch line by line with the same ids, and reports bad lines', () => {
    const input = ['{"id":"a","question":"Ai ký Kế hoạch 133-KH/HU?"}', 'not json', '{"id":7,"question":"giá vàng hôm nay"}', '{"q":"x"}'].join('\n');
    const res = spawnSync(tsx, ['src/cli/ask.ts', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8' });
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', '2', '7', '4']);
    expect(AnswerSchema.parse(lines[0]).answer).toContain('Nguyễn Đình Thuận');
    expect(lines[1]?.error).toBeTruthy();
    expect(AnswerSchema.parse(lines[2]).abstained).toBe(true);
  });
  it('ask prints a readable answer with numbered citations', () => {
    const out = execFileSync(tsx, ['src/cli/ask.ts', 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('Ban Tuyên giáo Huyện ủy (Tuy Phước) chủ trì');
    expect(out).toMatch(/\[1\] Kế hoạch số 133-KH\/HU .* dòng 159$/m);
  });
});

describe('dev evaluation', () => {
  it('scores ≥ 0.90 on ../shared/eval/dev.json and ≥ 0.90 on our own question set, abstaining on every out-of-scope item', () => {
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/eval.ts', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    const acc = Number(/answer accuracy: ([\d.]+)/.exec(out)?.[1]);
    expect(acc).toBeGreaterThanOrEqual(0.9);
    const oos = /out-of-scope abstained: (\d+)\/(\d+)/.exec(out);
    expect(oos?.[1]).toBe(oos?.[2]);
    const own = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/eval.ts', '--quiet', '--file', 'test/fixtures/questions.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(Number(/answer accuracy: ([\d.]+)/.exec(own)?.[1])).toBeGreaterThanOrEqual(0.9);
  });
});

it('createEngine works from what the Worker bundles (corpus JSON, postings.bin as an ArrayBuffer) and from Orama\'s saved index', () => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'index', 'current', 'corpus.json'), 'utf8')) as Corpus;
  const bin = readFileSync(join(ROOT, 'index', 'current', 'postings.bin'));
  const postings = decodePostings(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength), { chunkIds: raw.chunks.map((c) => c.id) });
  const orama = JSON.parse(readFileSync(join(ROOT, 'index', 'current', 'orama.json'), 'utf8'));
  for (const e of [createEngine({ corpus: raw, postings }), createEngine({ corpus: raw, orama })]) {
    expect(ask(e, 'ai chu tri tuyen truyen tuy phuoc').citations[0]?.lines).toEqual([159, 159]);
  }
});
