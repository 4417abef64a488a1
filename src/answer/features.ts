/**
 * What the engine scores with: corpus term statistics, computed once by streaming over the
 * chunks, and per-chunk / per-row term sets computed on demand and cached (bounded), so
 * memory grows with the corpus text, not with a set per chunk held forever.
 */
import type { Corpus } from '../ingest/corpus.js';
import { accentedSyllables } from '../text.js';
import type { Chunk, Responsibility } from '../types.js';
import { createLru } from './lru.js';
import { termCounts, termSet, type Idf, type TermSet } from './scoring.js';

export interface ChunkFeatures {
  /** Term frequencies of the text (a term set too). */
  terms: Map<string, number>;
  length: number;
  section: TermSet;
  /** Accented syllables (one tone placement) of text and section. */
  accents: Set<string>;
}

export interface RowFeatures {
  terms: TermSet;
  agency: TermSet;
  accents: Set<string>;
}

export interface Features {
  stats: Idf;
  /** Mean chunk length in terms, for BM25. */
  avgLength: number;
  chunk(c: Chunk): ChunkFeatures;
  row(r: Responsibility): RowFeatures;
}

export function createFeatures(corpus: Corpus, cacheSize = 20_000): Features {
  const sections = createLru<TermSet>(cacheSize);
  const sectionTerms = (path: string): TermSet => {
    let t = sections.get(path);
    if (!t) {
      t = termSet(path);
      sections.set(path, t);
    }
    return t;
  };

  // Document frequencies over chunk text plus its section path: "giải pháp" in every
  // heading is not a distinctive term. Terms in the opening of most documents ("Nghị quyết
  // 42", "chính sách xã hội") are frame terms: every plan is about them.
  const df = new Map<string, number>();
  const preamble = new Map<string, Set<string>>();
  let totalLength = 0;
  for (const c of corpus.chunks) {
    const counts = termCounts(c.text);
    totalLength += counts.length;
    const own = [...counts.tf.keys()];
    const seen = new Set<string>([...own, ...sectionTerms(c.section)]);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
    if (c.sectionKind === 'preamble') {
      const set = preamble.get(c.source) ?? new Set<string>();
      for (const t of own) set.add(t);
      preamble.set(c.source, set);
    }
  }
  const counts = new Map<string, number>();
  for (const set of preamble.values()) for (const t of set) counts.set(t, (counts.get(t) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(corpus.documents.length * 0.6));
  const frame = new Set([...counts].filter(([, n]) => n >= need).map(([t]) => t));

  const chunks = createLru<ChunkFeatures>(cacheSize);
  const rows = createLru<RowFeatures>(cacheSize);
  return {
    stats: { n: corpus.chunks.length, df, frame },
    avgLength: totalLength / Math.max(1, corpus.chunks.length),
    chunk(c) {
      let f = chunks.get(c.id);
      if (!f) {
        const { tf, length } = termCounts(c.text);
        f = { terms: tf, length, section: sectionTerms(c.section), accents: new Set(accentedSyllables(`${c.text} ${c.section}`)) };
        chunks.set(c.id, f);
      }
      return f;
    },
    row(r) {
      let f = rows.get(r.id);
      if (!f) {
        f = { terms: termSet(`${r.task} ${r.section}`), agency: termSet(r.agency), accents: new Set(accentedSyllables(`${r.agency} ${r.task} ${r.section}`)) };
        rows.set(r.id, f);
      }
      return f;
    },
  };
}
