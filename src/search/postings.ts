/**
 * Flat postings read out of the loaded Orama index, and BM25 over them. Orama builds,
 * saves and loads the index; queries are scored here because Orama 3.1's `search` is
 * quadratic in a term's posting length (the radix tree de-duplicates document ids with
 * `Array.includes`) and allocates a Map per matching document: 128 ms a search at 2,000
 * plans, against 1.1 ms (p50) for a whole search over these typed arrays.
 */
import { internalDocumentIDStore, type index as oramaIndex } from '@orama/orama/components';
import type { ChunkDb } from './orama.js';
import { TERMINATOR } from './tokenizer.js';

/** One searchable property: term → slice of (chunk, term frequency) postings, chunks ascending. */
export interface Field {
  terms: Map<string, number>;
  /** Postings of term i are [start[i], start[i + 1]). */
  start: Uint32Array;
  chunk: Uint32Array;
  tf: Uint32Array;
  /** Length in tokens of each chunk's value. */
  length: Uint32Array;
  avgLength: number;
}

export interface Postings {
  /** Chunks, indexed as in the chunk list given to `readPostings`. */
  n: number;
  text: Field;
  section: Field;
  /** Chunks with the term in their text or their section path. */
  df: Map<string, number>;
}

/** Orama's BM25 idf, shared by ranking and by the engine's term weights. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

type Index = oramaIndex.Index;

/** One property's postings, from Orama's per-document term frequencies (kept divided by the value's length). */
function readField(index: Index, prop: string, internalIds: number[]): Field {
  const frequencies = index.frequencies[prop] ?? {};
  const lengths = index.fieldLengths[prop] ?? {};
  const n = internalIds.length;
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const length = new Uint32Array(n);
  let sum = 0;
  let total = 0;
  internalIds.forEach((id, i) => {
    length[i] = lengths[id] ?? 0;
    sum += length[i] ?? 0;
    for (const word in frequencies[id] ?? {}) {
      let t = ids.get(word);
      if (t === undefined) {
        t = ids.size;
        ids.set(word, t);
        counts.push(0);
      }
      counts[t] = (counts[t] ?? 0) + 1;
      total++;
    }
  });
  const start = new Uint32Array(ids.size + 1);
  counts.forEach((c, t) => (start[t + 1] = (start[t] ?? 0) + c));
  const next = start.slice(0, ids.size);
  const chunk = new Uint32Array(total);
  const tf = new Uint32Array(total);
  // Chunks in order, so every term's postings come out in chunk order.
  internalIds.forEach((id, i) => {
    const freqs = frequencies[id] ?? {};
    for (const word in freqs) {
      const t = ids.get(word) ?? 0;
      const k = next[t] ?? 0;
      next[t] = k + 1;
      chunk[k] = i;
      tf[k] = Math.max(1, Math.round((freqs[word] ?? 0) * (length[i] ?? 0)));
    }
  });
  const terms = new Map<string, number>();
  for (const [word, t] of ids) terms.set(word.endsWith(TERMINATOR) ? word.slice(0, -TERMINATOR.length) : word, t);
  return { terms, start, chunk, tf, length, avgLength: sum / Math.max(1, n) };
}

/** Chunks having the term in either field: the union of two ascending lists. */
function unionCount(a: Field, b: Field, term: string): number {
  const i = a.terms.get(term);
  const j = b.terms.get(term);
  if (i === undefined || j === undefined) {
    const [f, k] = i === undefined ? [b, j] : [a, i];
    return k === undefined ? 0 : (f.start[k + 1] ?? 0) - (f.start[k] ?? 0);
  }
  let x = a.start[i] ?? 0;
  let y = b.start[j] ?? 0;
  const xe = a.start[i + 1] ?? 0;
  const ye = b.start[j + 1] ?? 0;
  let count = 0;
  while (x < xe || y < ye) {
    const cx = x < xe ? (a.chunk[x] ?? 0) : Infinity;
    const cy = y < ye ? (b.chunk[y] ?? 0) : Infinity;
    if (cx <= cy) x++;
    if (cy <= cx) y++;
    count++;
  }
  return count;
}

/** Flattens the `text` and `section` properties of a loaded chunk index; `ids` gives the chunk order. */
export function readPostings(db: ChunkDb, ids: string[]): Postings {
  const index = db.data.index as Index;
  const internalIds = ids.map((id) => internalDocumentIDStore.getInternalDocumentId(db.internalDocumentIDStore, id));
  const n = ids.length;
  const text = readField(index, 'text', internalIds);
  const section = readField(index, 'section', internalIds);
  const df = new Map<string, number>();
  for (const t of [...text.terms.keys(), ...section.terms.keys()]) if (!df.has(t)) df.set(t, unionCount(text, section, t));
  return { n, text, section, df };
}

export interface TopQuery {
  terms: string[];
  /** Weight of the section field against the text (Orama's boost). */
  sectionBoost?: number;
  /** Only chunks in these disjoint [from, to) ranges are scored (a question's documents). */
  ranges?: Array<[number, number]>;
  /** Which chunks may be returned (checked once per matching chunk). */
  accept?: (chunk: number) => boolean;
  limit: number;
  offset?: number;
  /**
   * Also give each hit bit masks of the query's distinct terms (in first-occurrence order,
   * the first 32) that its text and its section hold: which terms a passage has, for free.
   */
  masks?: boolean;
}

export interface TopHit {
  chunk: number;
  score: number;
  /** With `masks`: bit i set when the text (the section path) holds distinct term i. */
  text?: number;
  section?: number;
}

export interface TopResult {
  /** Matching chunks that passed `accept`. */
  count: number;
  hits: TopHit[];
}

const K1 = 1.2;
const B = 0.75;

/** First posting in [from, to) whose chunk is ≥ `chunk` (postings are in chunk order). */
function lowerBound(f: Field, from: number, to: number, chunk: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((f.chunk[mid] ?? 0) < chunk) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addField(p: Postings, f: Field, term: string, boost: number, ranges: Array<[number, number]>, scores: Float64Array, touched: number[], mask?: Int32Array, bit = 0): void {
  const t = f.terms.get(term);
  if (t === undefined) return;
  const w = boost * idf(p.n, p.df.get(term) ?? 0);
  const avg = f.avgLength || 1;
  const first = f.start[t] ?? 0;
  const last = f.start[t + 1] ?? 0;
  for (const [from, to] of ranges) {
    for (let k = from > 0 ? lowerBound(f, first, last, from) : first; k < last; k++) {
      const c = f.chunk[k] ?? 0;
      if (c >= to) break;
      const tf = f.tf[k] ?? 0;
      if (scores[c] === 0) touched.push(c);
      if (mask) mask[c] = (mask[c] ?? 0) | bit;
      scores[c] = (scores[c] ?? 0) + (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (f.length[c] ?? 0)) / avg));
    }
  }
}

const scratch = new WeakMap<Postings, Float64Array>();
const maskScratch = new WeakMap<Postings, { text: Int32Array; section: Int32Array }>();

/** The best chunks for the terms by BM25 (text, plus the section path at `sectionBoost`); ties by chunk order. */
export function topChunks(p: Postings, q: TopQuery): TopResult {
  let scores = scratch.get(p);
  if (!scores) {
    scores = new Float64Array(p.n);
    scratch.set(p, scores);
  }
  let masks = q.masks ? maskScratch.get(p) : undefined;
  if (q.masks && !masks) {
    masks = { text: new Int32Array(p.n), section: new Int32Array(p.n) };
    maskScratch.set(p, masks);
  }
  const touched: number[] = [];
  try {
    const ranges = q.ranges ?? [[0, p.n]];
    let i = 0;
    for (const term of new Set(q.terms)) {
      const bit = i < 32 ? 1 << i : 0;
      addField(p, p.text, term, 1, ranges, scores, touched, masks?.text, bit);
      addField(p, p.section, term, q.sectionBoost ?? 0.6, ranges, scores, touched, masks?.section, bit);
      i++;
    }
    return best(scores, touched, q, masks);
  } finally {
    // The accumulators are shared by every query on these postings: leave them zeroed.
    for (const c of touched) scores[c] = 0;
    if (masks) for (const c of touched) masks.text[c] = masks.section[c] = 0;
  }
}

/** The k = offset + limit best touched chunks by a bounded min-heap, then the requested page. */
function best(s: Float64Array, touched: number[], q: TopQuery, masks?: { text: Int32Array; section: Int32Array }): TopResult {
  const k = Math.max(0, (q.offset ?? 0) + q.limit);
  // A min-heap of the k best (worst at the root); "better" = higher score, then earlier chunk.
  const heap: number[] = [];
  const better = (a: number, b: number): boolean => (s[a] ?? 0) > (s[b] ?? 0) || ((s[a] ?? 0) === (s[b] ?? 0) && a < b);
  const swap = (i: number, j: number): void => {
    const x = heap[i] ?? 0;
    heap[i] = heap[j] ?? 0;
    heap[j] = x;
  };
  let count = 0;
  for (const c of touched) {
    if (q.accept && !q.accept(c)) continue;
    count++;
    if (!k) continue;
    if (heap.length < k) {
      heap.push(c);
      for (let i = heap.length - 1; i > 0 && better(heap[(i - 1) >> 1] ?? 0, heap[i] ?? 0); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (better(c, heap[0] ?? 0)) {
      heap[0] = c;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < heap.length && better(heap[w] ?? 0, heap[l] ?? 0)) w = l;
        if (r < heap.length && better(heap[w] ?? 0, heap[r] ?? 0)) w = r;
        if (w === i) break;
        swap(i, w);
        i = w;
      }
    }
  }
  const hits = heap.sort((a, b) => (better(a, b) ? -1 : 1)).map((c): TopHit => (masks ? { chunk: c, score: s[c] ?? 0, text: masks.text[c] ?? 0, section: masks.section[c] ?? 0 } : { chunk: c, score: s[c] ?? 0 }));
  return { count, hits: hits.slice(q.offset ?? 0) };
}
