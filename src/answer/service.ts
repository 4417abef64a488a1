/**
 * The engine as chat adapters and other front ends see it: questions in, answer objects
 * and small tables out. No tokenising or ranking leaks past this point.
 */
import { fold } from '../text.js';
import { INDICATOR_BY_KEY, INDICATORS } from '../domain/indicators.js';
import { joinClean } from '../ingest/lines.js';
import type { Answer, DocMeta, Target } from '../types.js';
import { detectLang, indicatorsIn, type Lang } from './analyze.js';
import { ask, targetsFor, type AskOptions, type Engine } from './engine.js';
import { gatherTargets } from './gather.js';
import { understand } from './understand.js';
import { foldFlat } from '../text.js';

export interface QaService {
  ask(question: string, opts?: AskOptions): Answer;
  language(question: string): Lang;
  documents(): DocMeta[];
  /** Verbatim-cleaned quote of lines [from, to] of a source, with its document title. */
  quote(source: string, from: number, to: number): { document: string; locality: string; quote: string } | null;
  /** Indicator keys named by free text ("bhyt", "nhà ở xã hội", "doctors"). */
  indicators(text: string): string[];
  /** One target row per locality for an indicator, optionally one locality only. */
  compare(indicator: string, locality?: string): Target[];
  indicatorLabel(key: string, lang: Lang): string;
  /** Years some plan of these localities (any, when none given) sets a target for the indicator. */
  targetYears(indicator: string, localities?: string[]): number[];
  /** Corpus localities named in a text. */
  localities(text: string): string[];
}

export function createService(engine: Engine): QaService {
  const vocab = (w: string): boolean => engine.stats.df.has(w);
  return {
    ask: (q, opts) => ask(engine, q, opts),
    language: (q) => detectLang(q, vocab),
    documents: () => engine.corpus.documents.map((d) => d.meta),
    quote(source, from, to) {
      const d = engine.docs.get(source);
      if (!d || from < 1 || to < from || to > d.lines.length) return null;
      return { document: d.meta.title, locality: d.meta.locality ?? '', quote: joinClean(d.lines.slice(from - 1, to).filter(Boolean)).text };
    },
    indicators(text) {
      const found = indicatorsIn(foldFlat(text), text.toLowerCase());
      if (found.length) return found;
      const f = fold(text).trim().replace(/\s+/g, '_');
      const byKey = f ? INDICATORS.filter((d) => d.key === f || d.key.startsWith(f)).map((d) => d.key) : [];
      if (byKey.length) return byKey;
      // Named the way the plans word their targets ("bảo hiểm y tế", "nhà ở xã hội"): the indicators whose targets it covers.
      const keys: string[] = [];
      for (const c of gatherTargets(engine, understand(engine, text))) if (c.score >= 0.99 && !keys.includes(c.t.indicator)) keys.push(c.t.indicator);
      return keys.slice(0, 3);
    },
    targetYears(indicator, localities = []) {
      const places = new Set(localities.map((l) => fold(l)));
      const years = engine.corpus.targets.filter((t) => t.indicator === indicator && (!places.size || places.has(fold(t.locality ?? '')))).map((t) => t.year);
      return [...new Set(years)].sort();
    },
    compare: (indicator, locality) => targetsFor(engine, indicator).filter((t) => !locality || fold(t.locality ?? '') === fold(locality)),
    indicatorLabel(key, lang) {
      const d = INDICATOR_BY_KEY.get(key);
      return d ? (lang === 'en' ? d.en : d.vi) : key;
    },
    localities(text) {
      return engine.places.known((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((raw) => ({ raw, f: fold(raw) })));
    },
  };
}
