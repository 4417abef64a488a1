import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedQuestion } from '../bench/generate.js';
import { ask, createEngine, type Engine } from '../src/answer/engine.js';
import { chunkRangesOf } from '../src/answer/lookup.js';
import { searchPassages } from '../src/answer/search.js';
import { buildCorpus } from '../src/ingest/corpus.js';
import { buildChunkDb, saveChunkDb } from '../src/search/orama.js';
import { topChunks } from '../src/search/postings.js';
import { fold } from '../src/text.js';

// A generated corpus (bench/generate.ts) big enough that a question's documents are a small
// part of it: the paths that score only a locality's chunks must agree with the whole corpus.
const N = 150;
let engine: Engine;
let questions: GeneratedQuestion[];

beforeAll(() => {
  const gen = generateCorpus(N, 11);
  questions = gen.questions;
  const corpus = buildCorpus(gen.docs, {});
  engine = createEngine({ corpus, orama: JSON.parse(JSON.stringify(saveChunkDb(buildChunkDb(corpus)))) }, { cacheSize: 0 });
});

describe(`a generated corpus of ${N} plans`, () => {
  it('answers its questions from the right plan, quoting the answer', () => {
    const sample = questions.filter((_, i) => i % 5 === 0);
    const wrong = sample.filter((q) => {
      const a = ask(engine, q.question);
      const want = fold(q.answer);
      return a.abstained || !fold(a.answer).includes(want) || !a.citations.some((c) => c.source === q.source && fold(c.quote).includes(want));
    });
    expect(sample.length).toBeGreaterThanOrEqual(100);
    expect(wrong.map((q) => q.id)).toEqual([]);
  });

  it("scoring a few documents' chunk ranges equals scoring everything and filtering", () => {
    const sources = engine.corpus.documents.filter((_, i) => i % 37 === 3).map((d) => d.meta.source);
    const keep = new Set(sources);
    for (const terms of [['tuyen_truyen', 'chu_tri'], ['bao_hiem', 'y', 'te', 'dan_so'], ['viec_lam', 'lao_dong', 'nong_thon'], ['khong_co']]) {
      const ranged = topChunks(engine.postings, { terms, ranges: chunkRangesOf(engine.lookup, sources), limit: 25 });
      const filtered = topChunks(engine.postings, { terms, accept: (i) => keep.has(engine.corpus.chunks[i]?.source ?? ''), limit: 25 });
      expect(ranged).toEqual(filtered);
      for (const h of ranged.hits) expect(keep.has(engine.corpus.chunks[h.chunk]?.source ?? '')).toBe(true);
    }
  });

  it('a locality-filtered search returns exactly that locality’s share of the unfiltered ranking', () => {
    const place = engine.corpus.documents[42]?.meta.locality ?? '';
    const q = 'tuyên truyền chính sách xã hội';
    const all = searchPassages(engine, { q, limit: 10_000, offset: 0 });
    const mine = searchPassages(engine, { q, locality: place, limit: 10_000, offset: 0 });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.hits.map((h) => h.id)).toEqual(all.hits.filter((h) => h.locality === place).map((h) => h.id));
    expect(mine.total).toBe(mine.hits.length);
  });
});
