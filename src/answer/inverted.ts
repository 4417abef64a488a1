/**
 * One document's targets or who-does-what rows inverted by term, so that a question's
 * coverage of all of them costs the postings of its terms, not (rows × terms) set lookups.
 * `coverAll` adds the same weights in the same order as `cover` does for each item alone:
 * the scores are the same numbers, bit for bit.
 */
import { cover, type HasTerm, type Query, type TermSet } from './scoring.js';

/** What the accent check reads of an item: its terms and accented syllables. */
export interface ItemTerms {
  terms: HasTerm;
  accents: HasTerm;
}

export interface ItemIndex {
  n: number;
  items: ItemTerms[];
  /** Term → items whose terms hold it. */
  terms: Map<string, number[]>;
  /** Term → items whose extra field holds it and whose terms do not. */
  extra: Map<string, number[]>;
  /** Word → items whose label words hold it. */
  label: Map<string, number[]>;
  /** Number of label words per item. */
  labelSize: Uint32Array;
}

function add(map: Map<string, number[]>, key: string, j: number): void {
  const list = map.get(key);
  if (list) list.push(j);
  else map.set(key, [j]);
}

export function buildItemIndex(items: Array<{ terms: TermSet; accents: HasTerm; extra?: TermSet; labelWords?: string[] }>): ItemIndex {
  const terms = new Map<string, number[]>();
  const extra = new Map<string, number[]>();
  const label = new Map<string, number[]>();
  const labelSize = new Uint32Array(items.length);
  items.forEach((f, j) => {
    for (const t of f.terms) add(terms, t, j);
    if (f.extra) for (const t of f.extra) if (!f.terms.has(t)) add(extra, t, j);
    for (const w of new Set(f.labelWords ?? [])) add(label, w, j);
    labelSize[j] = f.labelWords?.length ?? 0;
  });
  return { n: items.length, items: items.map((f) => ({ terms: f.terms, accents: f.accents })), terms, extra, label, labelSize };
}

/** Typed with other marks ("tịch" is not "tích"): no credit (0), unless the word it belongs to is there. */
function marks(f: ItemTerms | undefined, acc: string, pairs: string[] | undefined): number {
  return f && !f.accents.has(acc) && !(pairs !== undefined && pairs.some((p) => f.terms.has(p))) ? 0 : 1;
}

/** cover(q, terms, extra, accents, extraWeight) of every item. */
export function coverAll(q: Query, idx: ItemIndex, extraWeight = 0.5): Float64Array {
  const got = new Float64Array(idx.n);
  if (!(q.total > 0)) return got;
  for (let i = 0; i < q.terms.length; i++) {
    const t = q.terms[i] ?? '';
    const w = q.weights[i] ?? 0;
    const acc = q.accents[i];
    const pairs = q.pairs[i];
    for (const j of idx.terms.get(t) ?? []) got[j] = (got[j] ?? 0) + w * (acc ? marks(idx.items[j], acc, pairs) : 1);
    for (const j of idx.extra.get(t) ?? []) got[j] = (got[j] ?? 0) + w * extraWeight * (acc ? marks(idx.items[j], acc, pairs) : 1);
  }
  for (let j = 0; j < idx.n; j++) got[j] = (got[j] ?? 0) / q.total;
  return got;
}

/** Per item, the share of its label words among `words` (0 when it has none). */
export function labelFit(idx: ItemIndex, words: Set<string>): Float64Array {
  const hits = new Float64Array(idx.n);
  for (const w of words) for (const j of idx.label.get(w) ?? []) hits[j] = (hits[j] ?? 0) + 1;
  for (let j = 0; j < idx.n; j++) {
    const size = idx.labelSize[j] ?? 0;
    hits[j] = size ? (hits[j] ?? 0) / size : 0;
  }
  return hits;
}

/** A query's terms as bits of the masks `topChunks` gives (distinct terms, first-occurrence order), and each term's pair words; null past 32 terms. */
export interface TermBits {
  bits: Int32Array;
  pairs: Int32Array;
}

export function termBits(q: Query): TermBits | null {
  const order = new Map<string, number>();
  for (const t of q.terms) if (!order.has(t)) order.set(t, order.size);
  if (order.size > 32) return null;
  const bit = (t: string): number => 1 << (order.get(t) ?? 0);
  return { bits: Int32Array.from(q.terms, bit), pairs: Int32Array.from(q.pairs, (ps) => (ps ?? []).reduce((m, p) => m | bit(p), 0)) };
}

/** cover(q, text terms, section terms, accents, extraWeight) of a passage from its masks: the same sums in the same order. */
export function coverBits(q: Query, b: TermBits, text: number, section: number, accents: HasTerm, extraWeight = 0.5): number {
  if (!(q.total > 0)) return 0;
  let got = 0;
  for (let i = 0; i < q.terms.length; i++) {
    const bit = b.bits[i] ?? 0;
    const inDoc = (text & bit) !== 0;
    if (!inDoc && (section & bit) === 0) continue;
    const w = q.weights[i] ?? 0;
    const acc = q.accents[i];
    // Typed with other marks: no credit, unless the text holds a two-syllable word of the query containing it.
    const marks = acc && !accents.has(acc) && (text & (b.pairs[i] ?? 0)) === 0 ? 0 : 1;
    got += inDoc ? w * marks : w * extraWeight * marks;
  }
  return got / q.total;
}

/** A document's targets or rows as gather reads them: coverage of a query, and label fit. */
export interface RowScorer {
  cover(q: Query, extraWeight?: number): Float64Array;
  fit(words: Set<string>): Float64Array;
}

export function indexScorer(idx: ItemIndex): RowScorer {
  return { cover: (q, extraWeight) => coverAll(q, idx, extraWeight), fit: (words) => labelFit(idx, words) };
}

/** The same numbers item by item (cover() on each), for documents not worth indexing. */
export function plainScorer(items: Array<{ terms: TermSet; accents: HasTerm; extra?: TermSet; labelWords?: string[] }>): RowScorer {
  return {
    cover: (q, extraWeight = 0.5) => Float64Array.from(items, (f) => cover(q, f.terms, f.extra, f.accents, extraWeight)),
    fit: (words) =>
      Float64Array.from(items, (f) => {
        const label = f.labelWords ?? [];
        return label.length ? label.filter((x) => words.has(x)).length / label.length : 0;
      }),
  };
}
