/**
 * Gather stage: every kind of candidate answer, each with a score in its own terms —
 * target rows and who-does-what rows covering the question's topic, metadata facts, and
 * passages. Nothing is decided here: rank.ts weighs the kinds against each other.
 */
import type { CorpusDocument } from '../ingest/corpus.js';
import { topChunks } from '../search/postings.js';
import { STOPWORDS } from '../search/tokenizer.js';
import { INDICATOR_BY_KEY } from '../domain/indicators.js';
import { fold } from '../text.js';
import { SECTION_KINDS, type Chunk, type Reference, type Responsibility, type Target } from '../types.js';
import { THRESHOLDS } from './config.js';
import type { Engine } from './engine.js';
import { askedDeadline, DOC_NUMBER, DOCUMENT_NOUNS, MONEY, statesIndicatorIn, TIME } from './constraints.js';
import { dateElsewhere, dateLine, findLine, issuerLines, issuerOfReference, recipients, signatureBlock, titleBlock } from './meta-lines.js';
import { chunkRangesOf, inCorpusOrder } from './lookup.js';
import { coverBits, termBits } from './inverted.js';
import { cover, prepare, termSet, weight } from './scoring.js';
import type { SectionCandidate } from './sections.js';
import type { Understanding } from './understand.js';

export interface TargetCandidate {
  kind: 'target';
  t: Target;
  /** Share of the topic the target's wording covers (1 when the question names its indicator). */
  score: number;
  /** Share of the target's label the question covers: "bảo hiểm y tế" fits "dân số tham gia bảo hiểm y tế" best. */
  fit: number;
}
export interface RowCandidate {
  kind: 'row';
  r: Responsibility;
  score: number;
}
export interface MetaCandidate {
  kind: 'meta';
  doc: CorpusDocument;
  field: NonNullable<Understanding['a']['metaField']>;
  value: string;
  lines: [number, number] | null;
  ref?: Reference;
  score: number;
}
export interface PassageCandidate {
  kind: 'passage';
  c: Chunk;
  cov: number;
  score: number;
}
export type Candidate = TargetCandidate | RowCandidate | MetaCandidate | PassageCandidate | SectionCandidate;
export type { SectionCandidate };

const YEAR = /\b(20[2-5]\d)\b/g;

/** The years a question asks about ("đến năm 2045"). */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
}

/** Beyond this many documents in scope, rows and targets are read only from documents with a passage on the topic. */
const SCAN_ALL = 24;

/** The question's documents, or, in a large corpus, those whose passages match its topic best. */
function topicSources(engine: Engine, u: Understanding): string[] {
  if (u.sources.length <= SCAN_ALL || !u.topic.length) return inCorpusOrder(engine.lookup, u.sources);
  const ranges = u.sources.length < engine.corpus.documents.length ? chunkRangesOf(engine.lookup, u.sources) : undefined;
  const hits = topChunks(engine.postings, { terms: u.topic, limit: 60, ...(ranges ? { ranges } : {}) }).hits;
  return inCorpusOrder(engine.lookup, hits.flatMap(({ chunk }) => engine.corpus.chunks[chunk]?.source ?? []));
}

/** The least share of the topic's weight a listed part must carry to count as a topic of its own. */
const PART_SHARE = 0.2;

/** Targets of the question's topic; `anyYear` ignores the year the question asks for. */
export function gatherTargets(engine: Engine, u: Understanding, anyYear = false): TargetCandidate[] {
  // A year asked for that a plan does not set a target for is not answered with another year's.
  const years = anyYear ? [] : yearsIn(u.question);
  const q = new Set(u.terms);
  const topic = prepare(u.stats, u.topic, u.wanted);
  // A part of a listed topic ("bác sĩ, dược sĩ") is a topic of its own, if it weighs enough to name one.
  const parts = u.parts.map((p) => prepare(u.stats, p, u.wanted)).filter((p) => p.total >= topic.total * PART_SHARE);
  const unknown = unknownFactor(u);
  const money = u.a.asksMoney;
  const out: TargetCandidate[] = [];
  for (const source of topicSources(engine, u)) {
    const rows = engine.lookup.targetsBySource.get(source) ?? [];
    // Coverage of the topic and share of the label the question names, for all the document's targets at once.
    const scorer = engine.features.targetScorer(source, rows);
    const covers = scorer.cover(topic);
    const partCovers = parts.map((p) => scorer.cover(p));
    const fits = scorer.fit(q);
    rows.forEach((t, j) => {
      if (years.length ? !years.includes(t.year) : t.vision) return;
      // "Bao nhiêu tiền?": a share or a count does not answer a question about money.
      if (money && !MONEY.test(t.valueText)) return;
      if ((u.a.asksFigure && t.comparator === 'state') || u.a.asksPresent || (u.a.asksCount && t.unit === '%')) return;
      const named = u.a.indicators.includes(t.indicator);
      const cov = Math.max(covers[j] ?? 0, ...partCovers.map((c) => c[j] ?? 0)) * unknown;
      // A named indicator is a strong hint, not the answer: wording that fits better still wins;
      // one of several indicators the question lists ("bác sĩ, dược sĩ") is asked for as much as the others.
      const hint = u.a.indicators.length > 1 ? 1 : Math.max(0.7, Math.min(1, cov + 0.3));
      out.push({ kind: 'target', t, score: named ? hint : cov, fit: fits[j] ?? 0 });
    });
  }
  return out.sort((x, y) => y.score - x.score || y.fit - x.fit);
}

/** English words with no gloss are words no document has: they weigh against a match. */
export function unknownFactor(u: Understanding, terms: string[] = u.terms): number {
  const total = terms.reduce((sum, t) => sum + weight(u.stats, t), 0);
  return total > 0 ? total / (total + u.a.unknownEnglish * THRESHOLDS.unknownEnglishWeight) : 0;
}

/** The least score of a row of the agency a question asks about. */
const OWN_ROW = 0.75;

export function gatherRows(engine: Engine, u: Understanding, needDeadline: boolean): RowCandidate[] {
  const out: RowCandidate[] = [];
  const asked = askedDeadline(engine, u);
  const named = u.agencies;
  const topic = prepare(u.stats, u.topic, u.wanted);
  const unknown = unknownFactor(u);
  for (const source of topicSources(engine, u)) {
    const rows = engine.lookup.rowsBySource.get(source) ?? [];
    const covers = engine.features.rowScorer(source, rows).cover(topic, 0.75);
    for (const [j, r] of rows.entries()) {
      let score = (covers[j] ?? 0) * unknown;
      const own = named.length > 0 && named.some((n) => engine.features.row(r).agencyKey.includes(` ${n} `));
      // "Ban nào phối hợp với Ban X …?": X is given, the answer is another agency.
      if (own && u.a.asksWho) score *= 0.5;
      // "Ban Tuyên giáo được giao nhiệm vụ gì?": every task of the named agency answers; the topic orders them.
      if (own && !u.a.asksWho) score = Math.min(1, u.a.intent === 'content' || u.a.intent === 'responsibility' ? Math.max(score + 0.25, OWN_ROW) : score + 0.25);
      if (needDeadline && !r.deadline) score *= 0.4;
      // "Giao ai chủ trì …": a row in another role is weaker evidence of who holds that role.
      if (u.a.roles.length && !u.a.roles.includes(r.role)) score *= 0.75;
      if (asked) score = r.deadline?.normalized.startsWith(asked.when) ? (asked.only ? 1 : score) : score * 0.6;
      out.push({ kind: 'row', r, score });
    }
  }
  // The question names the role ("cơ quan nào chủ trì"): a row in that role that covers
  // the task answers it before any row in another role.
  const roleOk = (x: RowCandidate): number => Number(u.a.roles.includes(x.r.role) && x.score >= THRESHOLDS.responsibility);
  return out.sort((x, y) => roleOk(y) - roleOk(x) || y.score - x.score);
}

export function gatherMeta(engine: Engine, u: Understanding): MetaCandidate[] {
  return u.a.metaFields.flatMap((field) => gatherMetaField(engine, u, field));
}

function gatherMetaField(engine: Engine, u: Understanding, field: MetaCandidate['field']): MetaCandidate[] {
  const out: MetaCandidate[] = [];
  if (u.referenced.length) {
    // A document the corpus only refers to: its number, date and issuer are all that is known.
    if (field !== 'issuer' && field !== 'date' && field !== 'number') return [];
    for (const { source, ref } of u.referenced) {
      const doc = engine.docs.get(source);
      const value = field === 'issuer' ? issuerOfReference(ref.text) : field === 'date' ? (/ngày\s+([\d/]+)/u.exec(ref.text)?.[1] ?? null) : ref.number;
      if (doc && value) out.push({ kind: 'meta', doc, field, value, lines: ref.lines, ref, score: 1 });
    }
    return out.slice(0, 1);
  }
  // "Văn bản … nào", "kế hoạch … nào" name the kind of document asked for, not its subject; "mà" joins clauses.
  const subject = prepare(u.stats, u.topic.filter((t) => !u.stats.frame?.has(t) && !DOCUMENT_NOUNS.has(t)), u.wanted);
  for (const s of u.sources) {
    const doc = engine.docs.get(s);
    if (!doc) continue;
    const m = doc.meta;
    if (field === 'signer') {
      if (m.signer) out.push({ kind: 'meta', doc, field, value: m.signer, lines: m.signerLines && signatureBlock(doc, m.signerLines), score: 1 });
    } else if (field === 'recipients') {
      const list = recipients(doc);
      if (list) out.push({ kind: 'meta', doc, field, value: list.names.join('; '), lines: list.lines, score: 1 });
    } else if (field === 'references') {
      const others = u.a.localities.map(fold);
      const refs = [...m.references].sort((x, y) => Number(others.some((o) => fold(y.text).includes(o))) - Number(others.some((o) => fold(x.text).includes(o))));
      // "… nghị quyết nào về chuyển đổi số?": a topic the basis documents do not name is asked of the text.
      for (const ref of refs.slice(0, 2)) out.push({ kind: 'meta', doc, field, value: ref.text, lines: ref.lines, ref, score: subject.total ? cover(subject, termSet(ref.text)) : 1 });
    } else {
      const value = field === 'number' ? m.number : field === 'date' ? m.date : field === 'status' ? m.status : field === 'kind' ? m.kind : m.issuingBody;
      if (!value) continue;
      const needle = field === 'status' || field === 'kind' ? (m.status === 'draft' && field === 'status' ? 'DỰ THẢO' : m.kind.toUpperCase()) : value;
      if (field === 'issuer') {
        for (const lines of issuerLines(doc, value)) out.push({ kind: 'meta', doc, field, value, lines, score: 1 });
        continue;
      }
      // A date is quoted where the plan states it, shown as written ("tháng 3 năm 2024"), its normalised form beside it;
      // else where another plan states it; else (the catalog's) unquoted, never from a line that states another date.
      const dated = field === 'date' ? dateLine(doc, value) : null;
      const elsewhere = field === 'date' && !dated && m.number ? dateElsewhere(engine.corpus.documents, m.number) : null;
      if (elsewhere) {
        out.push({ kind: 'meta', doc: elsewhere.doc, field, value: elsewhere.date, lines: elsewhere.ref.lines, ref: elsewhere.ref, score: 1 });
        continue;
      }
      const at = field === 'date' ? (dated?.lines ?? null) : findLine(doc, needle);
      const written = dated?.written;
      // The kind heading is half of the title: "KẾ HOẠCH" / "Thực hiện Nghị quyết …" is quoted whole.
      out.push({ kind: 'meta', doc, field, value: written && written !== value ? `${written} (${value})` : value, lines: at && (field === 'kind' || field === 'status') ? titleBlock(doc, at) : at, score: 1 });
    }
  }
  return out;
}

/** Passages a content answer may quote: not the distribution list nor the signature block. */
const CONTENT_KINDS = new Set<string>(SECTION_KINDS.filter((k) => k !== 'recipients' && k !== 'signature'));

/** "Về nhà ở: …" — a passage whose lead-in label (its content terms, see features) is what the question asks about. */
function leadInBonus(q: string[], label: string[] | null): number {
  if (!label) return 0;
  return label.length && label.every((t) => q.includes(t) || STOPWORDS.has(t.split('_')[0] ?? '')) ? 0.15 : 0;
}

/** Heading words by section path, per corpus (its df): the same for every question, so worked out once. */
const headingWords = new WeakMap<Map<string, number>, Map<string, string[]>>();

/** Is the passage's own heading (the last part of its path) made of the question's words? */
function headingIsTopic(stats: Understanding['stats'], q: string[], section: string): boolean {
  let known = headingWords.get(stats.df);
  if (!known) headingWords.set(stats.df, (known = new Map()));
  let label = known.get(section);
  if (!label) {
    const own = section.split(' > ').pop()?.replace(/^[\dIVXLC.\s]+/u, '') ?? '';
    // Words most passages hold ("năm" of "đến năm 2045") name no topic.
    label = [...termSet(own)].filter((t) => !STOPWORDS.has(t) && !/\d/.test(t) && !t.includes('_') && (stats.df.get(t) ?? 0) < stats.n * 0.3);
    if (known.size >= 20_000) known.clear();
    known.set(section, label);
  }
  return label.length > 0 && label.length <= 6 && label.every((t) => q.includes(t));
}

/** Passages ranked by coverage of the question (BM25 picks the candidates), and the best coverage reached. */

export function gatherPassages(engine: Engine, u: Understanding, q: string[], needsNumber = false): { ranked: PassageCandidate[]; confidence: number } {
  // A year the question asks about must be in the passage ("năm 2025" is not answered by 2030's figures).
  const years = yearsIn(u.question).map(String);
  if (!q.length) return { ranked: [], confidence: 0 };
  const { corpus, postings } = engine;
  // "Hiện nay còn bao nhiêu …": what a plan aims for is not what is.
  const accept = (i: number): boolean => CONTENT_KINDS.has(corpus.chunks[i]?.sectionKind ?? '') && !(u.a.asksPresent && /^(?:targets|goals|vision)$/.test(corpus.chunks[i]?.sectionKind ?? ''));
  const ranges = u.sources.length < corpus.documents.length ? chunkRangesOf(engine.lookup, u.sources) : undefined;
  const hits = topChunks(postings, { terms: q, accept, limit: 40, masks: true, ...(ranges ? { ranges } : {}) }).hits;
  const maxScore = hits[0]?.score || 1;
  const query = prepare(u.stats, q, u.wanted);
  // The postings' masks say which terms a passage's text and section hold (the same terms as its features).
  const bits = termBits(query);
  const ranked: PassageCandidate[] = [];
  const named = u.a.indicators.flatMap((k) => INDICATOR_BY_KEY.get(k) ?? []);
  const wantsDocuments = !u.a.metaField && u.a.asksDocuments;
  const money = u.a.asksMoney;
  for (const { chunk, score, text, section } of hits) {
    const c = corpus.chunks[chunk];
    // A question about a quantity is not answered by a passage that states none.
    // The year may be in the heading the passage sits under ("Tầm nhìn đến năm 2045").
    if (!c || (needsNumber && !engine.features.quantity(c)) || years.some((y) => !c.text.includes(y) && !c.section.includes(y))) continue;
    if (money && !MONEY.test(c.text)) continue;
    // "By when …?": a passage that names no time does not say when.
    if (u.a.intent === 'deadline' && !TIME.test(c.text)) continue;
    // A figure asked for a named indicator comes from a passage that states that indicator
    // ("thất nghiệp … thành thị"), not one that shares a word with it in another clause.
    if (needsNumber && named.length && !named.some((d) => statesIndicatorIn(d, engine.features.clauses(c)))) continue;
    // "Gắn với những nghị quyết, chỉ thị nào?": documents are asked for, so a passage must name one by number.
    if (wantsDocuments && !DOC_NUMBER.test(c.text)) continue;
    const f = engine.features.chunk(c);
    // A passage under a heading that is the question's topic ("Tầm nhìn đến năm 2045") holds its heading's words fully.
    const extra = headingIsTopic(u.stats, q, c.section) ? 1 : 0.5;
    const cov = bits && text !== undefined ? coverBits(query, bits, text, section ?? 0, f.accents, extra) : cover(query, f.terms, f.section, f.accents, extra);
    ranked.push({ kind: 'passage', c, cov, score: cov * 0.75 + (score / maxScore) * 0.25 + leadInBonus(q, f.leadIn) });
  }
  ranked.sort((x, y) => y.score - x.score);
  const maxCov = Math.max(0, ...ranked.map((x) => x.cov));
  // Rank on the blended score, but only among passages that cover the question nearly as well as the best.
  return { ranked: ranked.filter((x) => x.cov >= maxCov * (wantsDocuments ? 0.6 : 0.85)), confidence: maxCov * unknownFactor(u, q) };
}
