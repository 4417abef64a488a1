/**
 * The answer engine: question → answer object with verbatim citations. Pure (no I/O,
 * no HTTP): adapters give it the loaded index and a question, and get an Answer back.
 */
import type { RawData } from '@orama/orama';
import type { Corpus, CorpusDocument } from '../ingest/corpus.js';
import { joinClean } from '../ingest/lines.js';
import { loadChunkDb } from '../search/orama.js';
import { readPostings, topChunks, type Postings } from '../search/postings.js';
import { STOPWORDS, syllableStream } from '../search/tokenizer.js';
import { accentedSyllables, fold, hasDiacritics, squash } from '../text.js';
import { SECTION_KINDS, type Answer, type Chunk, type Citation, type Responsibility, type Target } from '../types.js';
import { analyze, type Analysis } from './analyze.js';
import { createFeatures, type Features } from './features.js';
import { createGazetteer, type Gazetteer } from './gazetteer.js';
import { THRESHOLDS } from './config.js';
import { createLru, type Lru } from './lru.js';
import { chunkRangesOf, createLookup, documentsOf, inCorpusOrder, type Lookup } from './lookup.js';
import { coverage, termSet, weight, type Idf } from './scoring.js';
import * as say from './phrases.js';

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
    places: createGazetteer(corpus.documents.flatMap((d) => [d.meta.locality, d.meta.province]).filter((x): x is string => Boolean(x))),
    answers: createLru<Answer>(options.cacheSize ?? 1000),
    cacheSize: options.cacheSize ?? 1000,
  };
}

export interface AskOptions {
  id?: string;
  /** Restrict to one locality (display name, with or without diacritics). */
  locality?: string;
  /** At most this many citations (default 3; a comparison cites one per locality). */
  limit?: number;
}

export const MAX_QUESTION_CHARS = 1000;

function citation(engine: Engine, source: string, section: string, lines: [number, number]): Citation {
  const doc = engine.docs.get(source);
  const [a, b] = lines;
  const parts = doc ? doc.lines.slice(a - 1, b).filter(Boolean) : [];
  return {
    source,
    document: doc?.meta.title ?? source,
    locality: doc?.meta.locality ?? '',
    section,
    lines,
    quote: joinClean(parts).text,
  };
}

/** Documents the question is about: named localities, a district over its province. */
function scopeSources(engine: Engine, a: Analysis, forced?: string): string[] {
  const { lookup } = engine;
  let names = forced ? [forced] : a.localities;
  if (!names.length) return engine.corpus.documents.map((d) => d.meta.source);
  const f = (s: string | null): string => (s ? fold(s) : '');
  if (a.intent !== 'compare' && names.length > 1) {
    // "Tuy Phước … Tỉnh ủy Bình Định": the district is the subject, its province context.
    const districts = names.filter((n) =>
      (lookup.byLocality.get(f(n)) ?? []).some((d) => d.province && f(d.province) !== f(n) && names.some((m) => f(m) === f(d.province))),
    );
    if (districts.length) names = districts;
  }
  const out = new Set<string>();
  for (const n of names) for (const d of documentsOf(lookup, n)) out.add(d.source);
  return [...out];
}

/** Question and function words that make a pair noise ("giải pháp gì", "những giải"); "nhà ở" stays. */
const BIGRAM_NOISE = new Set('nao gi ai nhieu sao chua nhung cac cua la va'.split(' '));

/** Verbs that frame a question rather than name its topic ("đề ra những giải pháp gì"). */
const QUESTION_FRAME = new Set(['de_ra', 'dat_ra', 'neu_ra', 'the_nao', 'nhu_the', 'la_gi']);

/** How strongly two syllables stick together in the corpus (cosine of their chunk sets). */
function stickiness(stats: Idf, a: string, b: string): number {
  const n = stats.df.get(`${a}_${b}`) ?? 0;
  if (!n) return 0;
  return n / Math.sqrt((stats.df.get(a) ?? n) * (stats.df.get(b) ?? n));
}

/**
 * Question terms: content syllables, plus the two-syllable words found by segmenting the
 * question into the non-overlapping pairs the corpus uses most ("chủ trì | công tác |
 * tuyên truyền"), so that chance pairs across words ("trì công") do not count.
 */
export function queryTerms(engine: Engine, a: Pick<Analysis, 'searchText'>, keepPlaces = false): string[] {
  const syl = syllableStream(a.searchText);
  // A question's places select documents; a free-text search keeps them as words.
  const isPlace = (x: string): boolean => !keepPlaces && engine.places.has(x);
  const pairOk = (x: string, y: string): number =>
    BIGRAM_NOISE.has(x) || BIGRAM_NOISE.has(y) || QUESTION_FRAME.has(`${x}_${y}`) || (isPlace(x) && isPlace(y)) ? 0 : stickiness(engine.stats, x, y);
  // best[i]: best total stickiness of pairs chosen among the first i syllables.
  const best: number[] = [0];
  const took: boolean[] = [false];
  for (let i = 1; i <= syl.length; i++) {
    const skip = best[i - 1] ?? 0;
    const s = i >= 2 ? pairOk(syl[i - 2] ?? '', syl[i - 1] ?? '') : 0;
    const pair = s > 0.02 ? (best[i - 2] ?? 0) + s : -1;
    best.push(Math.max(skip, pair));
    took.push(pair > skip);
  }
  const out = new Set<string>();
  const framed = new Set<string>();
  const paired = new Set<number>();
  for (let i = syl.length; i >= 1; ) {
    if (took[i]) {
      out.add(`${syl[i - 2]}_${syl[i - 1]}`);
      paired.add(i - 2).add(i - 1);
      i -= 2;
    } else i -= 1;
  }
  // Two adjacent content syllables that pair with nothing and that the corpus never puts
  // together ("giao thông", "xử phạt") are a word the documents do not use: keep it as a
  // term no passage has, so it counts against coverage.
  for (let i = 0; i + 1 < syl.length; i++) {
    const x = syl[i] ?? '';
    const y = syl[i + 1] ?? '';
    if (paired.has(i) || paired.has(i + 1) || STOPWORDS.has(x) || STOPWORDS.has(y) || BIGRAM_NOISE.has(x) || BIGRAM_NOISE.has(y)) continue;
    if (isPlace(x) || isPlace(y) || /\d/.test(x + y) || engine.stats.df.has(`${x}_${y}`)) continue;
    out.add(`${x}_${y}`);
    paired.add(i).add(i + 1);
  }
  for (let i = 0; i + 1 < syl.length; i++) {
    const b = `${syl[i]}_${syl[i + 1]}`;
    if (QUESTION_FRAME.has(b)) framed.add(syl[i] ?? '').add(syl[i + 1] ?? '');
  }
  for (const u of syl) if (!STOPWORDS.has(u) && !isPlace(u) && !framed.has(u)) out.add(u);
  return [...out];
}

function abstain(question: string, reason: string, id?: string): Answer {
  return {
    ...(id ? { id } : {}),
    question,
    answer: reason,
    intent: 'out_of_scope',
    abstained: true,
    citations: [],
  };
}

interface Ctx {
  engine: Engine;
  question: string;
  a: Analysis;
  sources: string[];
  q: string[];
  /** Corpus statistics with this question's document-naming terms down-weighted. */
  stats: Idf;
  /** Syllables the user typed with diacritics: folded → accented. */
  wanted: Map<string, string>;
  limit: number;
  id?: string;
}

function makeCtx(engine: Engine, question: string, a: Analysis, sources: string[], limit: number, id?: string): Ctx {
  const q = queryTerms(engine, a);
  // Words that name the chosen documents ("Fatherland Front plan" for the MTTQ plan) pick
  // the document, not the passage: they weigh like frame terms.
  const named = new Set<string>(engine.stats.frame ?? []);
  if (sources.length < engine.corpus.documents.length) {
    for (const s of sources) {
      const m = engine.docs.get(s)?.meta;
      if (m) for (const t of termSet(`${m.title} ${m.issuingBody ?? ''} ${m.kind}`)) named.add(t);
    }
  }
  const wanted = new Map<string, string>();
  if (a.lang === 'vi') {
    for (const w of accentedSyllables(question)) if (hasDiacritics(w)) wanted.set(fold(w), w);
  }
  return { engine, question, a, sources, q, stats: { ...engine.stats, frame: named }, wanted, limit, ...(id ? { id } : {}) };
}

function done(ctx: Ctx, intent: Answer['intent'], lines: string[], citations: Citation[]): Answer {
  return {
    ...(ctx.id ? { id: ctx.id } : {}),
    question: ctx.question,
    answer: lines.join('\n'),
    intent,
    abstained: false,
    citations,
  };
}

/** Words that ask about a role ("cơ quan tham mưu, thực hiện") rather than name the task. */
const ROLE_TERMS = new Set(
  'co quan co_quan tham muu tham_muu thuc hien thuc_hien chu tri chu_tri nhiem vu nhiem_vu don vi don_vi giao phu trach phu_trach lanh dao lanh_dao chi dao chi_dao phoi hop phoi_hop trach nhiem trach_nhiem'.split(' '),
);

function rankResponsibilities(ctx: Ctx, needDeadline: boolean): Array<{ r: Responsibility; score: number }> {
  const { engine, a } = ctx;
  const topic = ctx.q.filter((t) => !ROLE_TERMS.has(t));
  const q = topic.length ? topic : ctx.q;
  const out: Array<{ r: Responsibility; score: number }> = [];
  for (const source of inCorpusOrder(engine.lookup, ctx.sources)) {
    for (const r of engine.lookup.rowsBySource.get(source) ?? []) {
      if (needDeadline && !r.deadline) continue;
      const f = engine.features.row(r);
      out.push({ r, score: coverage(ctx.stats, q, f.terms, f.agency, { wanted: ctx.wanted, has: f.accents }) });
    }
  }
  // The question names the role ("cơ quan nào chủ trì"): a row in that role that covers
  // the task answers it before any row in another role.
  const roleOk = (x: { r: Responsibility; score: number }): boolean => a.roles.includes(x.r.role) && x.score >= THRESHOLDS.responsibility;
  return out.sort((x, y) => Number(roleOk(y)) - Number(roleOk(x)) || y.score - x.score);
}

function answerResponsibility(ctx: Ctx, needDeadline: boolean): Answer | null {
  const ranked = rankResponsibilities(ctx, needDeadline);
  const best = ranked[0];
  if (!best || best.score < THRESHOLDS.responsibility) return null;
  const inRole = (x: { r: Responsibility }): boolean => ctx.a.roles.includes(x.r.role);
  const picked = [best];
  for (const x of ranked.slice(1)) {
    if (picked.length >= Math.min(ctx.limit, 3)) break;
    if (inRole(x) !== inRole(best) || x.score < best.score * 0.92) continue;
    if (!picked.some((p) => p.r.agencyKey === x.r.agencyKey && p.r.task === x.r.task)) picked.push(x);
  }
  const lines: string[] = [];
  const cites: Citation[] = [];
  for (const { r } of picked) {
    const doc = ctx.engine.docs.get(r.source);
    lines.push(say.responsibility(ctx.a.lang, r, doc?.meta.locality ?? null, needDeadline));
    let span = r.lines;
    if (r.deadline && r.deadlineLines) {
      const [a, b] = r.deadlineLines;
      // Keep the task and its "Thời gian …" line in one quote when they are close.
      if (a > span[1] && a - span[1] <= 8) span = [span[0], b];
      else if (needDeadline && (a !== span[0] || b !== span[1])) cites.push(citation(ctx.engine, r.source, r.section, r.deadlineLines));
    }
    cites.unshift(citation(ctx.engine, r.source, r.section, span));
  }
  return done(ctx, needDeadline ? 'deadline' : 'responsibility', lines, dedupe(cites));
}

function dedupe(cites: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cites.filter((c) => {
    const k = `${c.source}:${c.lines[0]}-${c.lines[1]}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Each source's first stated target for an indicator (the 2045 vision kept apart), in corpus order. */
export function targetsFor(engine: Engine, indicator: string): Target[] {
  return [...(engine.lookup.firstTargets.get(indicator)?.values() ?? [])];
}

function targetRows(ctx: Ctx, sources: string[]): Target[] {
  const first = ctx.a.indicators.map((k) => ctx.engine.lookup.firstTargets.get(k));
  return sources.flatMap((s) => first.flatMap((bySource) => bySource?.get(s) ?? []));
}

function answerTargets(ctx: Ctx, intent: 'target' | 'compare'): Answer | null {
  const rows = targetRows(ctx, ctx.sources);
  if (!rows.length) return null;
  const limit = intent === 'compare' ? Math.max(ctx.limit, ctx.sources.length) : Math.max(ctx.limit, ctx.a.indicators.length);
  const shown = rows.slice(0, Math.max(limit, 1) * Math.max(1, ctx.a.indicators.length));
  const lines = shown.map((t) => say.target(ctx.a.lang, t, ctx.engine.docs.get(t.source)?.meta.locality ?? null));
  if (intent === 'compare') {
    const covered = new Set(shown.map((t) => t.source));
    const missing = ctx.sources.filter((s) => !covered.has(s)).map((s) => ctx.engine.docs.get(s)?.meta.locality ?? s);
    if (missing.length && ctx.a.localities.length) lines.push(say.missingTargets(ctx.a.lang, missing));
  }
  const cites = dedupe(shown.map((t) => citation(ctx.engine, t.source, t.section, t.lines)));
  return done(ctx, intent, [say.targetHeader(ctx.a.lang, intent), ...lines], cites);
}

function findLine(doc: CorpusDocument, needle: string): [number, number] | null {
  const f = fold(needle);
  const i = doc.lines.findIndex((l) => l && fold(l).includes(f));
  return i >= 0 ? [i + 1, i + 1] : null;
}

function answerMetadata(ctx: Ctx): Answer | null {
  const { engine, a } = ctx;
  const fq = fold(ctx.question);
  let docs = ctx.sources.map((s) => engine.docs.get(s)).filter((d): d is CorpusDocument => Boolean(d));
  const byNumber = engine.corpus.documents.filter((d) => d.meta.number && fq.includes(fold(d.meta.number)));
  if (byNumber.length) docs = byNumber;
  const lines: string[] = [];
  const cites: Citation[] = [];
  for (const d of docs.slice(0, Math.max(ctx.limit, 5))) {
    const m = d.meta;
    const sec = (n: number): string => d.sections.filter((s) => s.lines[0] <= n && n <= s.lines[1]).pop()?.path ?? '';
    switch (a.metaField) {
      case 'signer':
        if (m.signer && m.signerLines) {
          lines.push(say.signer(a.lang, m));
          cites.push(citation(engine, m.source, sec(m.signerLines[0]), m.signerLines));
        }
        break;
      case 'references': {
        const others = ctx.a.localities.map(fold);
        const refs = [...m.references].sort((x, y) => Number(others.some((o) => fold(y.text).includes(o))) - Number(others.some((o) => fold(x.text).includes(o))));
        const top = refs.slice(0, 2);
        if (top.length) lines.push(say.references(a.lang, m, top.map((r) => r.text)));
        for (const r of top) cites.push(citation(engine, m.source, sec(r.lines[0]), r.lines));
        break;
      }
      default: {
        const value =
          a.metaField === 'number' ? m.number : a.metaField === 'date' ? m.date : a.metaField === 'status' ? m.status : m.issuingBody;
        if (!value) break;
        lines.push(say.metaField(a.lang, m, a.metaField ?? 'issuer', value));
        const needle = a.metaField === 'status' ? (m.status === 'draft' ? 'DỰ THẢO' : m.kind.toUpperCase()) : a.metaField === 'date' ? 'ngày' : value;
        const at = findLine(d, needle);
        if (at) cites.push(citation(engine, m.source, sec(at[0]), at));
      }
    }
  }
  if (!lines.length) return null;
  return done(ctx, 'metadata', lines, dedupe(cites));
}

/** Sentences of a passage that carry the most question terms. */
function bestSentences(ctx: Ctx, text: string): string {
  const sentences = text.split(/(?<=[.;!?])\s+(?=\p{Lu}|-)/u).filter(Boolean);
  if (sentences.length <= 1) return text;
  const scored = sentences.map((s, i) => ({ s, i, score: coverage(ctx.stats, ctx.q, termSet(s)) }));
  const top = [...scored].sort((x, y) => y.score - x.score).slice(0, 2).sort((x, y) => x.i - y.i);
  return top.map((x) => x.s).join(' … ');
}

/** Passages a content answer may quote: not the distribution list nor the signature block. */
const CONTENT_KINDS = new Set<string>(SECTION_KINDS.filter((k) => k !== 'recipients' && k !== 'signature'));

/** "Về nhà ở: …" — a passage whose lead-in label is what the question asks about. */
function leadInBonus(ctx: Ctx, text: string): number {
  const m = /^(?:[-+•]\s*)?([^:.;]{2,40}):\s/u.exec(text);
  if (!m?.[1]) return 0;
  const label = [...termSet(m[1])].filter((t) => !STOPWORDS.has(t));
  return label.length && label.every((t) => ctx.q.includes(t) || STOPWORDS.has(t.split('_')[0] ?? '')) ? 0.15 : 0;
}

interface RankedPassage {
  c: Chunk;
  cov: number;
  score: number;
}

/** Candidate passages: the best by BM25 among the question's documents. */
function candidates(ctx: Ctx): Array<{ c: Chunk; score: number }> {
  const { corpus, postings } = ctx.engine;
  const accept = (i: number): boolean => CONTENT_KINDS.has(corpus.chunks[i]?.sectionKind ?? '');
  const ranges = ctx.sources.length < corpus.documents.length ? chunkRangesOf(ctx.engine.lookup, ctx.sources) : undefined;
  return topChunks(postings, { terms: ctx.q, accept, limit: 40, ...(ranges ? { ranges } : {}) }).hits.flatMap(({ chunk, score }) => {
    const c = corpus.chunks[chunk];
    return c ? [{ c, score }] : [];
  });
}

/** Passages ranked for a content answer, and the question coverage the best one reaches. */
function rankPassages(ctx: Ctx): { ranked: RankedPassage[]; confidence: number } {
  const { engine, a } = ctx;
  if (!ctx.q.length) return { ranked: [], confidence: 0 };
  const hits = candidates(ctx);
  const maxScore = hits[0]?.score || 1;
  const ranked = hits
    .map(({ c, score }) => {
      const f = engine.features.chunk(c);
      const cov = coverage(ctx.stats, ctx.q, f.terms, f.section, { wanted: ctx.wanted, has: f.accents });
      return { c, cov, score: cov * 0.75 + (score / maxScore) * 0.25 + leadInBonus(ctx, c.text) };
    })
    .sort((x, y) => y.score - x.score);
  const penalty = a.unknownEnglish * THRESHOLDS.unknownEnglishWeight;
  const total = ctx.q.reduce((sum, t) => sum + weight(ctx.stats, t), 0);
  const maxCov = Math.max(0, ...ranked.map((x) => x.cov));
  // Rank on the blended score, but only among passages that cover the question nearly as well as the best.
  return { ranked: ranked.filter((x) => x.cov >= maxCov * 0.85), confidence: total > 0 ? (maxCov * total) / (total + penalty) : 0 };
}

function answerContent(ctx: Ctx): Answer | null {
  const { engine, a } = ctx;
  const { ranked, confidence } = rankPassages(ctx);
  const best = ranked[0];
  if (!best || confidence < THRESHOLDS.content) return null;
  const picked = [best, ...ranked.slice(1).filter((x) => x.cov >= best.cov * 0.95 && x.c.source !== best.c.source)].slice(0, Math.min(ctx.limit, 3));
  const lines = picked.map((x) => say.passage(a.lang, x.c, engine.docs.get(x.c.source)?.meta ?? null, bestSentences(ctx, x.c.text)));
  return done(ctx, 'content', lines, picked.map((x) => citation(engine, x.c.source, x.c.section, x.c.lines)));
}


export function ask(engine: Engine, question: string, opts: AskOptions = {}): Answer {
  const key = `${opts.locality ?? ''}\u0001${opts.limit ?? ''}\u0001${question}`;
  const hit = engine.answers.get(key);
  if (hit) return opts.id ? { id: opts.id, ...hit } : hit;
  const answer = answerQuestion(engine, question, { ...opts, id: undefined });
  engine.answers.set(key, answer);
  return opts.id ? { id: opts.id, ...answer } : answer;
}

function answerQuestion(engine: Engine, question: string, opts: AskOptions): Answer {
  const clean = squash(question.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ')).slice(0, MAX_QUESTION_CHARS);
  const id = opts.id;
  if (!/[\p{L}\p{N}]/u.test(clean)) return abstain(question, say.empty('vi'), id);
  const a = analyze(clean, engine.places, (w) => engine.stats.df.has(w));
  const forced = opts.locality ? engine.places.places.find((p) => fold(p.name) === fold(opts.locality ?? ''))?.name : undefined;
  if (opts.locality && !forced) return abstain(question, say.unknownPlace(a.lang, [opts.locality]), id);
  if (!forced && !a.localities.length && a.unknownPlaces.length) return abstain(question, say.unknownPlace(a.lang, a.unknownPlaces), id);
  const sources = scopeSources(engine, a, forced);
  const ctx = makeCtx(engine, clean, a, sources, Math.min(Math.max(opts.limit ?? 3, 1), 10), id);

  let out: Answer | null = null;
  switch (a.intent) {
    case 'compare':
      out = answerTargets(ctx, 'compare');
      break;
    case 'target':
      out = answerTargets(ctx, 'target');
      break;
    case 'metadata':
      out = answerMetadata(ctx);
      break;
    case 'deadline':
      out = answerResponsibility(ctx, true);
      break;
    case 'responsibility':
      out = answerResponsibility(ctx, false);
      break;
    default:
      break;
  }
  out ??= answerContent(ctx);
  return out ?? abstain(question, say.notFound(a.lang), id);
}

/** What the engine saw and weighed: for `ask --explain` and threshold calibration. */
export function explain(engine: Engine, question: string): {
  analysis: Analysis;
  sources: string[];
  terms: Array<[string, number]>;
  responsibilities: Array<{ agency: string; lines: [number, number]; score: number }>;
  passages: Array<{ id: string; coverage: number; score: number }>;
  confidence: number;
} {
  const a = analyze(question, engine.places, (w) => engine.stats.df.has(w));
  const sources = scopeSources(engine, a);
  const ctx = makeCtx(engine, question, a, sources, 3);
  const { ranked, confidence } = rankPassages(ctx);
  return {
    analysis: a,
    sources,
    terms: ctx.q.map((t) => [t, Number(weight(ctx.stats, t).toFixed(2))]),
    responsibilities: rankResponsibilities(ctx, a.intent === 'deadline')
      .slice(0, 5)
      .map((x) => ({ agency: x.r.agency, lines: x.r.lines, score: Number(x.score.toFixed(3)) })),
    passages: ranked.slice(0, 5).map((x) => ({ id: x.c.id, coverage: Number(x.cov.toFixed(3)), score: Number(x.score.toFixed(3)) })),
    confidence: Number(confidence.toFixed(3)),
  };
}
