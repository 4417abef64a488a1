/**
 * The one current engine that everyone who answers reads on every request: the API routes,
 * the web page, the Telegram and Zalo bots. A rebuild or a reload swaps it as a whole
 * (engine, service and manifest together); nobody keeps the engine they started with.
 */
import { createEngine, type Engine } from './answer/engine.js';
import { createService, type QaService } from './answer/service.js';
import type { IndexData, Manifest } from './store.js';

export interface Serving {
  engine: Engine;
  service: QaService;
  manifest: Pick<Manifest, 'builtAt' | 'documents' | 'chunks' | 'buildMs'>;
  /** Which build of index/ this is (see currentBuildId), when it came from disk. */
  build: string | null;
}

export interface LiveIndex {
  current(): Serving;
  swap(next: Serving): void;
}

export function createLiveIndex(initial: Serving): LiveIndex {
  let now = initial;
  return {
    current: () => now,
    swap(next) {
      now = next;
    },
  };
}

export function servingOf(data: IndexData, build: string | null): Serving {
  const engine = createEngine(data);
  return { engine, service: createService(engine), manifest: data.manifest, build };
}

/** A QaService that answers from whatever engine is current at the moment of each call. */
export function liveService(live: LiveIndex): QaService {
  const s = (): QaService => live.current().service;
  return {
    ask: (q, opts) => s().ask(q, opts),
    language: (q) => s().language(q),
    documents: () => s().documents(),
    quote: (source, from, to) => s().quote(source, from, to),
    indicators: (text) => s().indicators(text),
    compare: (indicator, locality) => s().compare(indicator, locality),
    indicatorLabel: (key, lang) => s().indicatorLabel(key, lang),
    localities: (text) => s().localities(text),
    targetYears: (indicator, localities) => s().targetYears(indicator, localities),
  };
}
