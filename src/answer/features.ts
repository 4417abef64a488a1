/**
 * What the engine scores with: corpus term statistics, read from the index's postings, and
 * per-chunk / per-row term sets computed on demand and cached (bounded), so memory grows
 * with the corpus text, not with a set per chunk held forever.
 */
import type { Corpus } from '../ingest/corpus.js';
import type { Postings } from '../search/postings.js';
import { accentedSyllables } from '../text.js';
import type { Chunk, Responsibility } from '../types.js';
import { createLru } from './lru.js';
import { termSet, type Idf, type TermSet } from './scoring.js';

export interface ChunkFeatures {
  terms: TermSet;
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
  chunk(c: Chunk): ChunkFeatures;
  row(r: Responsibility): RowFeatures;
}

export function createFeatures(corpus: Corpus, postings: Postings, cacheSize = 20_000): Features {
  const sections = createLru<TermSet>(cacheSize);
  const sectionTerms = (path: string): TermSet => {
    let t = sections.get(path);
    if (!t) {
      t = termSet(path);
      sections.set(path, t);
    }
    return t;
  };

  // Document frequencies come from the index: chunk text plus its section path, so
  // "giải pháp" in every heading is not a distinctive term. Terms in the opening of most
  // documents ("Nghị quyết 42", "chính sách xã hội") are frame terms: every plan is about them.
  const need = Math.max(2, Math.ceil(corpus.documents.length * 0.6));
  const frame = new Set<string>();
  const { text } = postings;
  for (const [term, t] of text.terms) {
    let sources = 0;
    let last: string | undefined;
    for (let k = text.start[t] ?? 0, end = text.start[t + 1] ?? 0; k < end && sources < need; k++) {
      const c = corpus.chunks[text.chunk[k] ?? 0];
      if (c?.sectionKind === 'preamble' && c.source !== last) {
        sources++;
        last = c.source;
      }
    }
    if (sources >= need) frame.add(term);
  }

  const chunks = createLru<ChunkFeatures>(cacheSize);
  const rows = createLru<RowFeatures>(cacheSize);
  return {
    stats: { n: postings.n, df: postings.df, frame },
    chunk(c) {
      let f = chunks.get(c.id);
      if (!f) {
        f = { terms: termSet(c.text), section: sectionTerms(c.section), accents: new Set(accentedSyllables(`${c.text} ${c.section}`)) };
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
