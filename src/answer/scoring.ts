/** Term statistics over the chunk collection and the coverage score used for ranking and abstention. */
import { idf as bm25Idf } from '../search/postings.js';
import { terms } from '../search/tokenizer.js';

export type TermSet = Set<string>;
/** Anything that can say whether it holds a term: a set, or a term-frequency map. */
export interface HasTerm {
  has(t: string): boolean;
}

export function termSet(text: string): TermSet {
  const t = terms(text);
  return new Set([...t.unigrams, ...t.bigrams]);
}

export interface Idf {
  n: number;
  df: Map<string, number>;
  /** Terms every document opens with: they weigh a quarter. */
  frame?: Set<string>;
}

/** Weight of a query term in coverage: idf, reduced for document-frame terms. */
export function weight(stats: Idf, t: string): number {
  return idf(stats, t) * (stats.frame?.has(t) ? 0.25 : 1);
}

export function idf(stats: Idf, t: string): number {
  return bm25Idf(stats.n, stats.df.get(t) ?? 0);
}

/**
 * Accents the user typed: folded syllable → accented form. Folding merges "tịch" with
 * "tích"; when the question was typed with the mark, the passage must have that word.
 */
export interface AccentCheck {
  wanted: Map<string, string>;
  has: HasTerm;
}

/** Share of the query's weight found in `doc` (0..1); `extra` adds a half-weight field. */
export function coverage(stats: Idf, query: string[], doc: HasTerm, extra?: HasTerm, accents?: AccentCheck): number {
  let total = 0;
  let got = 0;
  for (const t of query) {
    const w = weight(stats, t);
    total += w;
    const acc = accents?.wanted.get(t);
    if (acc && !accents?.has.has(acc)) continue;
    if (doc.has(t)) got += w;
    else if (extra?.has(t)) got += w * 0.5;
  }
  return total > 0 ? got / total : 0;
}
