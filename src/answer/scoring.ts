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

/** Does the text hold a two-syllable word of the query that contains the term? Then "hằng" in "hằng năm" is "hàng năm" there. */
function inPair(pairs: string[] | undefined, doc: HasTerm): boolean {
  return pairs !== undefined && pairs.some((p) => doc.has(p));
}

/** A query's terms with their weights and typed accents worked out once, for scoring many texts. */
export interface Query {
  terms: string[];
  weights: number[];
  total: number;
  /** Accented form the user typed, per term (undefined when none or unmarked). */
  accents: Array<string | undefined>;
  /** Per accented term, the query's two-syllable words that contain it (worked out once, not per text scored). */
  pairs: Array<string[] | undefined>;
}

export function prepare(stats: Idf, terms: string[], wanted?: Map<string, string>): Query {
  const weights = terms.map((t) => weight(stats, t));
  const accents = terms.map((t) => wanted?.get(t));
  const split = terms.map((q) => (q.includes('_') ? q.split('_') : null));
  const pairs = terms.map((t, i) => (accents[i] ? terms.filter((_, j) => split[j]?.includes(t)) : undefined));
  return { terms, weights, total: weights.reduce((a, b) => a + b, 0), accents, pairs };
}

/** Share of the query's weight found in `doc` (0..1); `extra` counts at `extraWeight`. `has`: accented syllables of the text. */
export function cover(q: Query, doc: HasTerm, extra?: HasTerm, has?: HasTerm, extraWeight = 0.5): number {
  if (!(q.total > 0)) return 0;
  let got = 0;
  for (let i = 0; i < q.terms.length; i++) {
    const t = q.terms[i] ?? '';
    const w = q.weights[i] ?? 0;
    const inDoc = doc.has(t);
    if (!inDoc && !extra?.has(t)) continue;
    const acc = q.accents[i];
    // Typed with other marks ("tịch" is not "tích"): no credit, unless the word it belongs to is there.
    const marks = acc && has && !has.has(acc) && !inPair(q.pairs[i], doc) ? 0 : 1;
    got += inDoc ? w * marks : w * extraWeight * marks;
  }
  return got / q.total;
}

/** Share of the query's weight found in `doc` (0..1); `extra` adds a half-weight field. */
export function coverage(stats: Idf, query: string[], doc: HasTerm, extra?: HasTerm, accents?: AccentCheck, extraWeight = 0.5): number {
  return cover(prepare(stats, query, accents?.wanted), doc, extra, accents?.has, extraWeight);
}
