/**
 * The fast coverage paths (a document's rows inverted by term; a passage's terms read as
 * masks from the postings) give exactly the numbers `cover` gives on the features' term
 * sets: the answers depend on it, so any drift between the index's tokens and the features'
 * terms fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverAll, coverBits, indexScorer, labelFit, plainScorer, termBits } from '../src/answer/inverted.js';
import { cover, prepare } from '../src/answer/scoring.js';
import { understand } from '../src/answer/understand.js';
import { topChunks } from '../src/search/postings.js';
import { getEngine, ROOT } from './helpers.js';

const questions = (JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'eval', 'dev.json'), 'utf8')) as Array<{ question: string }>).map((q) => q.question);
// Marked, unmarked, a typed mark the corpus lacks ("tịch" for "tích"), English.
questions.push('chỉ tiêu hộ nghèo tịch cực', 'ty le ho ngheo giam binh quan', 'who coordinates social insurance in Tây Ninh');

describe('fast coverage equals cover() on the term sets', () => {
  const engine = getEngine();
  const sources = engine.corpus.documents.map((d) => d.meta.source);

  it('for every target and who-does-what row of every document', () => {
    let compared = 0;
    for (const q of questions) {
      const u = understand(engine, q);
      const topic = prepare(u.stats, u.topic, u.wanted);
      const words = new Set(u.terms);
      for (const source of sources) {
        const targets = engine.lookup.targetsBySource.get(source) ?? [];
        const ti = engine.features.targetIndex(source, targets);
        const covers = coverAll(topic, ti);
        const fits = labelFit(ti, words);
        targets.forEach((t, j) => {
          const f = engine.features.target(t);
          expect(covers[j]).toBe(cover(topic, f.terms, undefined, f.accents));
          expect(fits[j]).toBe(f.labelWords.length ? f.labelWords.filter((x) => words.has(x)).length / f.labelWords.length : 0);
          compared++;
        });
        // A large corpus scores item by item: the same numbers.
        const plain = plainScorer(targets.map((t) => engine.features.target(t)));
        expect(plain.cover(topic)).toEqual(covers);
        expect(plain.fit(words)).toEqual(fits);
        expect(indexScorer(ti).cover(topic)).toEqual(covers);
        const rows = engine.lookup.rowsBySource.get(source) ?? [];
        const rowCovers = coverAll(topic, engine.features.rowIndex(source, rows), 0.75);
        const plainRows = plainScorer(rows.map((r) => ({ ...engine.features.row(r), extra: engine.features.row(r).context })));
        expect(plainRows.cover(topic, 0.75)).toEqual(rowCovers);
        rows.forEach((r, j) => {
          const f = engine.features.row(r);
          expect(rowCovers[j]).toBe(cover(topic, f.terms, f.context, f.accents, 0.75));
          compared++;
        });
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('for every passage a question reaches, from the postings masks', () => {
    let compared = 0;
    for (const q of questions) {
      const u = understand(engine, q);
      const query = prepare(u.stats, u.terms, u.wanted);
      const bits = termBits(query);
      expect(bits).not.toBeNull();
      for (const h of topChunks(engine.postings, { terms: u.terms, limit: 1000, masks: true }).hits) {
        const f = engine.features.chunk(engine.corpus.chunks[h.chunk]!);
        expect(coverBits(query, bits!, h.text ?? 0, h.section ?? 0, f.accents)).toBe(cover(query, f.terms, f.section, f.accents));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('masks name the distinct terms in first-occurrence order, the 33rd and later left out', () => {
    const terms = Array.from({ length: 34 }, (_, i) => (i === 33 ? 'tuyen_truyen' : `khong_co_${i}`));
    const hits = topChunks(engine.postings, { terms: ['chu_tri', 'tuyen_truyen', 'chu_tri'], limit: 5, masks: true }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(((h.text ?? 0) | (h.section ?? 0)) & ~0b11).toBe(0);
    for (const h of topChunks(engine.postings, { terms, limit: 5, masks: true }).hits) expect([h.text, h.section]).toEqual([0, 0]);
    expect(termBits(prepare(engine.stats, terms))).toBeNull();
    expect(topChunks(engine.postings, { terms: ['chu_tri'], limit: 1 }).hits[0]).not.toHaveProperty('text');
  });
});
