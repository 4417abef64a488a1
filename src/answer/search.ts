/** Ranked passages for a free-text query, with highlight ranges: the engine's search view. */
import { topChunks } from '../search/postings.js';
import { STOPWORDS, syllableStream } from '../search/tokenizer.js';
import { fold } from '../text.js';
import type { SectionKind } from '../types.js';
import { searchTerms, type Engine } from './engine.js';
import { chunkRangesOf } from './lookup.js';
import { createLru, type Lru } from './lru.js';

export interface PassageQuery {
  q: string;
  locality?: string;
  kind?: SectionKind;
  limit: number;
  offset: number;
}

export interface PassageHit {
  id: string;
  source: string;
  document: string;
  locality: string;
  section: string;
  sectionKind: SectionKind;
  lines: [number, number];
  text: string;
  /** [start, end) character ranges in `text` of words the query matched. */
  highlights: Array<[number, number]>;
  score: number;
}

export function highlightRanges(text: string, words: Set<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.has(fold(m[0]))) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return out;
}

export interface PassageResult {
  total: number;
  hits: PassageHit[];
}

const cache = new WeakMap<Engine, Lru<PassageResult>>();

/** Cached by query: the same search (suggested queries, repeated chat questions) costs a lookup. */
export function searchPassages(engine: Engine, query: PassageQuery): PassageResult {
  let lru = cache.get(engine);
  if (!lru) {
    lru = createLru<PassageResult>(engine.cacheSize);
    cache.set(engine, lru);
  }
  const key = JSON.stringify([query.q, query.locality ?? '', query.kind ?? '', query.limit, query.offset]);
  const hit = lru.get(key);
  if (hit) return hit;
  const res = runSearch(engine, query);
  lru.set(key, res);
  return res;
}

function runSearch(engine: Engine, query: PassageQuery): PassageResult {
  const syl = syllableStream(query.q);
  const words = new Set(syl.filter((s) => !STOPWORDS.has(s)));
  if (!words.size) return { total: 0, hits: [] };
  // The same query terms as a question (syllables and the corpus's two-syllable words).
  const terms = searchTerms(engine, query.q);
  if (!terms.length) return { total: 0, hits: [] };
  const place = fold(query.locality ?? '');
  const { lookup } = engine;
  const sources = place ? [...(lookup.byLocality.get(place) ?? []), ...(lookup.byProvince.get(place) ?? [])].map((d) => d.source) : null;
  if (sources && !sources.length) return { total: 0, hits: [] };
  const { kind } = query;
  const res = topChunks(engine.postings, {
    terms,
    limit: query.limit,
    offset: query.offset,
    ...(sources ? { ranges: chunkRangesOf(lookup, sources) } : {}),
    ...(kind ? { accept: (i: number) => engine.corpus.chunks[i]?.sectionKind === kind } : {}),
  });
  const hits: PassageHit[] = [];
  for (const h of res.hits) {
    const c = engine.corpus.chunks[h.chunk];
    const m = c ? engine.docs.get(c.source)?.meta : undefined;
    if (!c || !m) continue;
    hits.push({
      id: c.id,
      source: c.source,
      document: m.title,
      locality: m.locality ?? '',
      section: c.section,
      sectionKind: c.sectionKind,
      lines: c.lines,
      text: c.text,
      highlights: highlightRanges(c.text, words),
      score: Number(h.score.toFixed(4)),
    });
  }
  return { total: res.count, hits };
}
