import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask, createEngine } from '../src/answer/engine.js';
import { searchPassages } from '../src/answer/search.js';
import { ingestDocument } from '../src/ingest/document.js';
import { readIndex } from '../src/store.js';
import { AnswerSchema, SECTION_KINDS } from '../src/types.js';
import { cleanLines, SEED, seedText, sourceLines } from './helpers.js';

// Fixed seed; FUZZ_RUNS=100000 npm test runs longer.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const QUESTION_RUNS = Math.max(1_000, Math.floor(RUNS / 10));
const SEED_LINES = Object.values(SEED).flatMap((s) => seedText(s).split('\n'));

const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.tuple(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('.', ')', ' -', '', '..'), fc.constantFrom('Mục tiêu', 'TỔ CHỨC THỰC HIỆN', 'x', '')).map(([ns, sep, t]) => `${ns.join('.')}${sep} ${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('IIII. X', 'VV - Y', 'I.', '- ', '**', '##', '###### **', '5', '-----', '\\*', 'Nơi nhận:', 'T/M BAN', '★ Nguyễn Văn A', '   ') },
);

const document = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, nfd]) => {
    const text = lines.join(eol);
    return nfd ? text.normalize('NFD') : text;
  });

function checkDocument(text: string): void {
  const t0 = performance.now();
  const doc = ingestDocument('fuzz.txt', text);
  const ms = performance.now() - t0;
  if (ms > 2_000) throw new Error(`took ${ms.toFixed(0)} ms`);
  const total = text.replace(/\r\n?/g, '\n').split('\n').length;
  for (const c of doc.chunks) {
    if (!(c.lines[0] >= 1 && c.lines[0] <= c.lines[1] && c.lines[1] <= total)) throw new Error(`bad range ${c.lines}`);
    const expected = cleanLines(sourceLines(text, c.lines[0], c.lines[1]));
    if (c.text !== expected) throw new Error(`chunk ${c.id} is not its lines`);
  }
  for (const t of doc.targets) if (!(t.lines[0] >= 1 && t.lines[1] <= total)) throw new Error('bad target lines');
  for (const r of doc.responsibilities) if (!(r.lines[0] >= 1 && r.lines[1] <= total)) throw new Error('bad responsibility lines');
}

describe('fuzz: parser and indexer', () => {
  it(`${RUNS} generated and mutated documents: no throw, bounded time, every chunk quotes its lines`, () => {
    fc.assert(fc.property(document, (text) => checkDocument(text)), { seed: 42, numRuns: RUNS });
  });

  it('the seeds mutated: lines shuffled, dropped, duplicated', () => {
    const seedLines = fc.constantFrom(...Object.values(SEED)).chain((s) => fc.shuffledSubarray(seedText(s).split('\n')));
    fc.assert(fc.property(seedLines, fc.constantFrom('\n', '\r\n'), (lines, eol) => checkDocument(lines.join(eol))), { seed: 7, numRuns: Math.max(200, Math.floor(RUNS / 20)) });
  });

  it('a 1 MB single line and a 20,000-line document', () => {
    checkDocument('Trên 95% dân số tham gia bảo hiểm y tế; '.repeat(26_000));
    checkDocument(Array.from({ length: 20_000 }, (_, i) => (i % 7 ? `- dòng ${i} chủ trì, phối hợp` : `${(i % 9) + 1}. Mục ${i}`)).join('\n'));
  });
});

describe('fuzz: hostile questions', () => {
  const engine = createEngine(readIndex(), { cacheSize: 0 });
  const question = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.string({ minLength: 10_000, maxLength: 10_000, unit: fc.constantFrom('a', 'ở', ' ', '?', '😀') }),
    fc.array(fc.constantFrom('?', '!', '.', ',', '…', '—', '"', '<', '>', '&', '*', '_', '#'), { maxLength: 50 }).map((xs) => xs.join('')),
    fc.array(fc.constantFrom('😀', '🇻🇳', '👍🏽', '\u200d', '\u0301', '\ufeff'), { maxLength: 30 }).map((xs) => xs.join('')),
    fc.tuple(fc.constantFrom('Cơ quan nào chủ trì', 'chi tieu bhyt', 'Which agency leads', 'ai ký'), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('Tuy Phước', 'Тây Ninh', '东京', 'Hà Nội', '')).map((xs) => xs.join(' ')),
  );
  it(`${QUESTION_RUNS} hostile questions: an answer or an abstention, never a throw, each well under a second`, () => {
    const slow: number[] = [];
    fc.assert(
      fc.property(question, (q) => {
        const t0 = performance.now();
        const a = AnswerSchema.parse(ask(engine, q));
        const ms = performance.now() - t0;
        // Speed is measured by npm run bench; this only catches a pathological (quadratic) case.
        if (ms > 500) slow.push(ms);
        if (!a.abstained && !a.citations.length) throw new Error(`answer without citation for ${JSON.stringify(q.slice(0, 40))}`);
      }),
      { seed: 42, numRuns: QUESTION_RUNS },
    );
    expect(slow).toEqual([]);
  });

  it(`${QUESTION_RUNS} hostile searches with any locality, kind and page: well-formed hits, never a throw, each well under a second`, () => {
    const slow: number[] = [];
    const filters = fc.record({
      locality: fc.option(fc.constantFrom('Tuy Phước', 'tay ninh', 'Bình Định', 'Hà Nội', '', '<b>'), { nil: undefined }),
      kind: fc.option(fc.constantFrom(...SECTION_KINDS), { nil: undefined }),
      limit: fc.integer({ min: 1, max: 50 }),
      offset: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(question, filters, (q, f) => {
        const t0 = performance.now();
        const res = searchPassages(engine, { q, ...(f.locality === undefined ? {} : { locality: f.locality }), ...(f.kind ? { kind: f.kind } : {}), limit: f.limit, offset: f.offset });
        const ms = performance.now() - t0;
        if (ms > 500) slow.push(ms);
        expect(res.hits.length).toBeLessThanOrEqual(f.limit);
        expect(res.total).toBeGreaterThanOrEqual(Math.min(res.hits.length + f.offset, res.total));
        for (const h of res.hits) {
          if (f.kind) expect(h.sectionKind).toBe(f.kind);
          for (const [a, b] of h.highlights) expect(0 <= a && a < b && b <= h.text.length).toBe(true);
        }
      }),
      { seed: 42, numRuns: QUESTION_RUNS },
    );
    expect(slow).toEqual([]);
  });
});
