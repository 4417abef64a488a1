/**
 * Corpus tables keyed the way questions reach them (place, source, indicator), built once
 * per engine so that answering a question about one district costs that district's rows,
 * not a scan of every document, row and target in the corpus.
 */
import type { Corpus } from '../ingest/corpus.js';
import { fold } from '../text.js';
import type { DocMeta, Responsibility, Target } from '../types.js';

export interface Lookup {
  /** Folded locality name → its documents, in corpus order. */
  byLocality: Map<string, DocMeta[]>;
  /** Folded province name → the documents of that province (its own and its districts'). */
  byProvince: Map<string, DocMeta[]>;
  /** Source → position of its document in the corpus. */
  order: Map<string, number>;
  /** Source → runs [from, to) of its chunk numbers. */
  chunkRanges: Map<string, Array<[number, number]>>;
  rowsBySource: Map<string, Responsibility[]>;
  targetsBySource: Map<string, Target[]>;
  /** Indicator → source → its first stated target (the 2045 vision kept apart), in corpus order. */
  firstTargets: Map<string, Map<string, Target>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createLookup(corpus: Corpus): Lookup {
  const byLocality = new Map<string, DocMeta[]>();
  const byProvince = new Map<string, DocMeta[]>();
  const order = new Map<string, number>();
  corpus.documents.forEach(({ meta }, i) => {
    order.set(meta.source, i);
    if (meta.locality) push(byLocality, fold(meta.locality), meta);
    if (meta.province) push(byProvince, fold(meta.province), meta);
  });
  const chunkRanges = new Map<string, Array<[number, number]>>();
  corpus.chunks.forEach((c, i) => {
    const runs = chunkRanges.get(c.source);
    const last = runs?.[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else push(chunkRanges, c.source, [i, i + 1] as [number, number]);
  });
  const rowsBySource = new Map<string, Responsibility[]>();
  for (const r of corpus.responsibilities) push(rowsBySource, r.source, r);
  const targetsBySource = new Map<string, Target[]>();
  const firstTargets = new Map<string, Map<string, Target>>();
  for (const t of corpus.targets) {
    push(targetsBySource, t.source, t);
    if (t.vision) continue;
    const bySource = firstTargets.get(t.indicator) ?? new Map<string, Target>();
    if (!bySource.has(t.source)) bySource.set(t.source, t);
    firstTargets.set(t.indicator, bySource);
  }
  return { byLocality, byProvince, order, chunkRanges, rowsBySource, targetsBySource, firstTargets };
}

/** Documents of a place: its own plans, or else the plans inside it (a province's districts). */
export function documentsOf(lookup: Lookup, place: string): DocMeta[] {
  const key = fold(place);
  const own = lookup.byLocality.get(key) ?? [];
  return own.length ? own : (lookup.byProvince.get(key) ?? []);
}

/** Sources in corpus order. */
export function inCorpusOrder(lookup: Lookup, sources: Iterable<string>): string[] {
  return [...new Set(sources)].sort((a, b) => (lookup.order.get(a) ?? 0) - (lookup.order.get(b) ?? 0));
}

/** The chunk ranges of some sources, each source once, so the ranges are disjoint. */
export function chunkRangesOf(lookup: Lookup, sources: Iterable<string>): Array<[number, number]> {
  return [...new Set(sources)].flatMap((s) => lookup.chunkRanges.get(s) ?? []);
}
