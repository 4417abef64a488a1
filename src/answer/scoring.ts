/** Term statistics over the chunk collection and the coverage score used for ranking and abstention. */
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
  const df = stats.df.get(t) ?? 0;
  return Math.log(1 + (stats.n - df + 0.5) / (df + 0.5));
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

/** Term frequencies of a text (unigrams and pairs) and its length in terms. */
export function termCounts(text: string): { tf: Map<string, number>; length: number } {
  const t = terms(text);
  const tf = new Map<string, number>();
  for (const x of t.unigrams) tf.set(x, (tf.get(x) ?? 0) + 1);
  for (const x of t.bigrams) tf.set(x, (tf.get(x) ?? 0) + 1);
  return { tf, length: t.unigrams.length + t.bigrams.length };
}

/** BM25 (k1 1.2, b 0.75) of a chunk for the query, the same family of score Orama uses. */
export function bm25(stats: Idf, query: string[], tf: Map<string, number>, length: number, avgLength: number): number {
  let s = 0;
  for (const t of query) {
    const f = tf.get(t);
    if (!f) continue;
    s += idf(stats, t) * ((f * 2.2) / (f + 1.2 * (0.25 + (0.75 * length) / (avgLength || 1))));
  }
  return s;
}
