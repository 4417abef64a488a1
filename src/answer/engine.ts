/**
 * The answer engine: question → answer object with verbatim citations. Pure (no I/O,
 * no HTTP): adapters give it the loaded index and a question, and get an Answer back.
 */
import type { RawData } from '@orama/orama';
import type { Corpus, CorpusDocument } from '../ingest/corpus.js';
import { loadChunkDb } from '../search/orama.js';
import { readPostings, type Postings } from '../search/postings.js';
import { fold, squash } from '../text.js';
import type { Answer, Target } from '../types.js';
import { citeTarget, compose } from './compose.js';
import { splitCompound } from './compound.js';
import { dedupeCitations } from './cite.js';
import { gatherTargets, yearsIn } from './gather.js';
import { createFeatures, type Features } from './features.js';
import { createGazetteer, type Gazetteer } from './gazetteer.js';
import { ROLE_TERMS } from './roles.js';
import { createLru, type Lru } from './lru.js';
import { createLookup, type Lookup } from './lookup.js';
import * as say from './phrases.js';
import { rank } from './rank.js';
import type { Idf } from './scoring.js';
import { queryTerms } from './terms.js';
import { understand, type Understanding } from './understand.js';

export interface Engine {
  corpus: Corpus;
  /** The Orama index flattened for scoring; chunk numbers index `corpus.chunks`. */
  postings: Postings;
  docs: Map<string, CorpusDocument>;
  /** Documents, rows, targets and chunk ranges by place, source and indicator. */
  lookup: Lookup;
  features: Features;
  stats: Idf;
  places: Gazetteer;
  /** Agency names the documents use, folded, by their first two words (longest first): how questions name agencies. */
  agencyNames: Map<string, string[]>;
  /** Answers by normalised question and options (without the caller's id). */
  answers: Lru<Answer>;
  cacheSize: number;
}

export interface EngineOptions {
  /** Answers and searches remembered (0 turns caching off, for benchmarks). */
  cacheSize?: number;
}

/** The index as the engine takes it: the stored postings (readIndex, the Worker), or Orama's saved index to derive them from. */
export type EngineData = { corpus: Corpus } & ({ postings: Postings } | { orama: RawData });

export function createEngine(data: EngineData, options: EngineOptions = {}): Engine {
  const { corpus } = data;
  // Stored postings are used as they are; from Orama's saved index they are derived once (its database is not kept).
  const postings = 'postings' in data ? data.postings : readPostings(loadChunkDb(data.orama), corpus.chunks.map((c) => c.id));
  const features = createFeatures(corpus, postings);
  return {
    corpus,
    postings,
    docs: new Map(corpus.documents.map((d) => [d.meta.source, d])),
    lookup: createLookup(corpus),
    features,
    stats: features.stats,
    places: createGazetteer(
      corpus.documents.flatMap((d) => [d.meta.locality, d.meta.province]).filter((x): x is string => Boolean(x)),
      (w) => features.stats.df.has(w),
    ),
    agencyNames: agencyNames(corpus),
    answers: createLru<Answer>(options.cacheSize ?? 1000),
    cacheSize: options.cacheSize ?? 1000,
  };
}

/** Agency names of the who-does-what rows, split at ";" and "và", folded, by first two words, longest first. */
function agencyNames(corpus: Corpus): Map<string, string[]> {
  const names = new Set<string>();
  for (const r of corpus.responsibilities) {
    for (const part of r.agency.split(/;|,| và /u)) {
      const f = fold(part).replace(/[^a-z0-9]+/g, ' ').trim();
      if (f.split(' ').length >= 3 && !/^cac\b/.test(f)) names.add(f);
    }
  }
  const out = new Map<string, string[]>();
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    const key = n.split(' ').slice(0, 2).join(' ');
    const list = out.get(key);
    if (list) list.push(n);
    else out.set(key, [n]);
  }
  return out;
}

export interface AskOptions {
  id?: string;
  /** Restrict to one locality (display name, with or without diacritics). */
  locality?: string;
  /** At most this many rows or passages shown (default 5; a comparison shows every locality). */
  limit?: number;
}

export const MAX_QUESTION_CHARS = 1000;

const HEADER_FIELDS = new Set(['signer', 'date', 'number']);

/** Free-text search terms (places kept as words). */
export function searchTerms(engine: Engine, text: string): string[] {
  return queryTerms(engine.stats, fold(text));
}

function abstain(question: string, reason: string, id?: string): Answer {
  return { ...(id ? { id } : {}), question, answer: reason, intent: 'out_of_scope', abstained: true, citations: [] };
}

/** Each source's first stated target for an indicator (the 2045 vision kept apart), in corpus order. */
export function targetsFor(engine: Engine, indicator: string): Target[] {
  return [...(engine.lookup.firstTargets.get(indicator)?.values() ?? [])];
}

export function ask(engine: Engine, question: string, opts: AskOptions = {}): Answer {
  const key = `${opts.locality ?? ''}\u0001${opts.limit ?? ''}\u0001${question}`;
  const hit = engine.answers.get(key);
  if (hit) return opts.id ? { id: opts.id, ...hit } : hit;
  const answer = answerCompound(engine, question, { ...opts, id: undefined }) ?? answerQuestion(engine, question, { ...opts, id: undefined });
  engine.answers.set(key, answer);
  return opts.id ? { id: opts.id, ...answer } : answer;
}

/** Two questions in one line: each answered, the place named in the first holding for the second. */
function answerCompound(engine: Engine, question: string, opts: AskOptions): Answer | null {
  const parts = splitCompound(clean(question));
  if (!parts) return null;
  // Each part is understood once; a part asked with the caller's place is understood with it.
  const first = opts.locality ? undefined : understand(engine, parts[0]);
  const second = opts.locality ? undefined : understand(engine, parts[1]);
  // "… do sở nào chủ trì, những đơn vị nào phối hợp?": a part with no words but who and in what role asks about the first part's task.
  if (second && second.terms.every((t) => ROLE_TERMS.has(t))) return null;
  const place = second && !second.a.localities.length && !second.namedDocs.length ? first?.a.localities[0] : undefined;
  const one = answerQuestion(engine, parts[0], opts, first);
  const two = place ? answerQuestion(engine, parts[1], { ...opts, locality: place }) : answerQuestion(engine, parts[1], opts, second);
  const answered = [one, two].filter((x) => !x.abstained);
  const lead = answered[0];
  // Neither part found: the first part's not-found says so.
  if (!lead) return { ...one, question };
  return { question, answer: `${one.answer}\n\n${two.answer}`, intent: lead.intent, abstained: false, citations: dedupeCitations(answered.flatMap((x) => x.citations)), lang: lead.lang };
}

function clean(question: string): string {
  return squash(question.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ')).slice(0, MAX_QUESTION_CHARS);
}

/** `understood`: the question already understood without a forced place (a part of a compound question). */
function answerQuestion(engine: Engine, question: string, opts: AskOptions, understood?: Understanding): Answer {
  const text = clean(question);
  const id = opts.id;
  if (!/[\p{L}\p{N}]/u.test(text)) return abstain(question, say.empty('vi'), id);
  const forced = opts.locality ? engine.places.places.find((p) => fold(p.name) === fold(opts.locality ?? ''))?.name : undefined;
  const u = understood ?? understand(engine, text, forced);
  const { a } = u;
  if (opts.locality && !forced) return abstain(question, say.unknownPlace(a.lang, [opts.locality]), id);
  const missing = [...a.unknownPlaces, ...u.unknownLocal.map((p) => p.name)];
  if (!forced && !a.localities.length && !u.namedDocs.length && missing.length) return abstain(question, say.unknownPlace(a.lang, missing), id);
  if (u.unknownAgencies.length) return abstain(question, say.unknownAgency(a.lang, u.unknownAgencies), id);
  if (u.outOfScope.length) return abstain(question, say.agencyNotInScope(a.lang, u.outOfScope, forced ? [forced] : a.localities), id);
  const r = rank(engine, u);
  // A document the corpus only refers to, asked about what only that document says.
  if (u.referenced.length && a.metaField && !r.meta.length) return abstain(question, say.notFound(a.lang), id);
  // … or asked what it says ("KH 19-KH/TW giao Ban Tuyên giáo TW làm gì?"): only a plan of the place named says how it is carried out there.
  if (u.referenced.length && !a.metaField && !a.localities.some((l) => engine.lookup.byLocality.get(fold(l))?.length)) return abstain(question, say.notFound(a.lang), id);
  // Who signed, when, under which number: facts of the header and signature only; a plan that
  // does not state them (a draft) does not answer with something else.
  if (a.intent === 'metadata' && HEADER_FIELDS.has(a.metaField ?? '') && !r.meta.length) return abstain(question, say.notFound(a.lang), id);
  if (!r.winner) {
    // No target for the year asked, but for another: say so, and show what the plan does set.
    const years = yearsIn(text).map(String);
    const other = years.length ? gatherTargets(engine, u, true).filter((x) => x.score >= 0.99).slice(0, 3) : [];
    if (!other.length) return abstain(question, say.notFound(a.lang), id);
    const lines = [say.noTargetForYear(a.lang, years), ...other.map((x) => say.target(a.lang, x.t, engine.docs.get(x.t.source)?.meta.locality ?? null))];
    return { ...abstain(question, lines.join('\n'), id), citations: dedupeCitations(other.map((x) => citeTarget(engine, x.t))), lang: a.lang };
  }
  // "Kể đủ", "list every", "ở từng địa phương": up to 10 shown unless the caller says otherwise.
  const out = compose(engine, u, r, r.winner, Math.min(Math.max(opts.limit ?? (a.many ? 10 : 5), 1), 10));
  if (!out.lines.length) return abstain(question, say.notFound(a.lang), id);
  const lines = [...out.lines];
  if (out.more > 0) lines.push(say.moreRows(a.lang, out.more));
  if (missing.length) lines.push(say.notCovered(a.lang, missing));
  return {
    ...(id ? { id } : {}),
    question,
    answer: lines.join('\n'),
    intent: out.intent,
    abstained: false,
    citations: out.citations,
    lang: a.lang,
    ...(out.more > 0 ? { more: out.more } : {}),
  };
}

/** What each stage saw and weighed: for `ask --explain` and threshold calibration. */
export function explain(engine: Engine, question: string) {
  const u = understand(engine, clean(question));
  const r = rank(engine, u);
  const w = (x: number): number => Number(x.toFixed(3));
  return {
    understand: {
      lang: u.a.lang,
      intent: u.a.intent,
      localities: u.a.localities,
      unknownPlaces: [...u.a.unknownPlaces, ...u.unknownLocal.map((p) => `${p.name} (${p.province})`)],
      namedDocs: u.namedDocs,
      referenced: u.referenced.map((x) => x.ref.text),
      indicators: u.a.indicators,
      roles: u.a.roles,
      asksWho: u.a.asksWho,
      agencies: u.agencies,
      officesNotInScope: [...u.unknownAgencies, ...u.outOfScope],
      parts: u.parts,
      metaField: u.a.metaField,
      sources: u.sources,
      terms: u.terms,
      topic: u.topic,
    },
    gather: {
      targets: r.targets.slice(0, 5).map((x) => ({ source: x.t.source, indicator: x.t.indicator, value: x.t.valueText, lines: x.t.lines, score: w(x.score), fit: w(x.fit) })),
      rows: r.rows.slice(0, 5).map((x) => ({ agency: x.r.agency, role: x.r.role, lines: x.r.lines, score: w(x.score) })),
      meta: r.meta.map((x) => ({ field: x.field, value: x.value })),
      passages: r.passages.slice(0, 5).map((x) => ({ id: x.c.id, coverage: w(x.cov), score: w(x.score) })),
    },
    rank: { strength: Object.fromEntries(Object.entries(r.strength).map(([k, v]) => [k, w(v)])), winner: r.winner, confidence: w(r.confidence) },
  };
}
