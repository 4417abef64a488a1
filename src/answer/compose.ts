/**
 * Compose stage: the winning kind's candidates become a complete answer — every row that
 * answers (all targets on the topic in a plan, every agency in the role, every locality
 * of a comparison), grouped by locality, the limit applied to what is shown and the rest
 * counted — with a citation per fact, in the question's language.
 */
import type { Answer, Citation } from '../types.js';
import { squash } from '../text.js';
import { cite, dedupeCitations } from './cite.js';
import type { Engine } from './engine.js';
import { DOC_NUMBER } from './constraints.js';
import type { MetaCandidate, PassageCandidate, RowCandidate, SectionCandidate, TargetCandidate } from './gather.js';
import * as say from './phrases.js';
import type { Kind, Ranked } from './rank.js';
import { bestSentences } from './sentences.js';
import type { Understanding } from './understand.js';

export interface Composed {
  intent: Answer['intent'];
  lines: string[];
  citations: Citation[];
  more: number;
}

function docOf(engine: Engine, source: string) {
  const d = engine.docs.get(source);
  if (!d) throw new Error(`unknown source ${source}`);
  return d;
}

/** Targets that answer: per plan, every target about as close to the topic as the best one. */
function pickTargets(list: TargetCandidate[], compare: boolean, many: boolean, named: string[] = []): TargetCandidate[] {
  const top = list[0];
  if (!top) return [];
  // "Every housing target", "các chỉ tiêu về giáo dục": all targets of the field, not the closest one.
  const keep = list.filter((x) => x.score >= Math.max(0.6, top.score * (many && !compare ? 0.6 : 0.9)));
  if (!compare) return keep;
  // A comparison sets one indicator side by side — the one that fits the question best —
  // for every plan that states it, however each plan words it.
  // The indicator the question names, when it names one ("tỷ lệ thất nghiệp" is not unemployment insurance).
  const key = named.length ? keep.find((x) => named.includes(x.t.indicator))?.t.indicator : [...keep].sort((x, y) => y.fit - x.fit)[0]?.t.indicator;
  const seen = new Set<string>();
  // A figure compares; a plan's stated aim without one ("xóa bỏ hoàn toàn nhà tạm") stands in only where no plan gives a figure.
  const figures = list.some((x) => x.t.indicator === key && x.t.comparator !== 'state');
  return list.filter((x) => x.t.indicator === key && !(figures && x.t.comparator === 'state') && !seen.has(x.t.source) && seen.add(x.t.source));
}

/** A target quoted as the sentence that states it. */
export function citeTarget(engine: Engine, t: TargetCandidate['t']): Citation {
  return cite(docOf(engine, t.source), t.section, t.lines, [t.text]);
}

function composeTargets(engine: Engine, u: Understanding, r: Ranked, limit: number): Composed {
  const compare = u.a.intent === 'compare' || (u.sources.length > 1 && u.a.localities.length !== 1);
  const picked = pickTargets(r.targets, compare, u.a.many, u.a.indicators);
  // Nothing of the indicator asked for: no answer, not an empty list.
  if (!picked.length) return { intent: 'target', lines: [], citations: [], more: 0 };
  // Within a plan the best-fitting indicator first; a comparison ranks localities by value.
  const ordered = compare
    ? [...picked].sort((x, y) => y.t.value - x.t.value)
    : [...picked].sort((x, y) => y.score - x.score || y.fit - x.fit);
  const cap = compare ? Math.max(limit, 10) : limit;
  const shown = ordered.slice(0, cap);
  const lines = [say.targetHeader(u.a.lang, compare ? 'compare' : 'target')];
  let lastLocality = '';
  for (const { t } of shown) {
    const { meta } = docOf(engine, t.source);
    // A central plan has no locality: it is named by its issuer.
    const locality = meta.locality ?? meta.issuingBody ?? meta.title;
    lines.push(say.target(u.a.lang, t, locality, locality === lastLocality));
    lastLocality = locality;
  }
  if (compare && shown.length > 1 && shown[0]?.t.comparator !== 'state') lines.push(say.highest(u.a.lang, docOf(engine, shown[0]?.t.source ?? '').meta.locality ?? '', shown[0]?.t.valueText ?? ''));
  const citations = dedupeCitations(shown.map(({ t }) => citeTarget(engine, t)));
  return { intent: compare ? 'compare' : 'target', lines, citations, more: ordered.length - shown.length };
}

function pickRows(list: RowCandidate[], u: Understanding): RowCandidate[] {
  const best = list[0];
  if (!best) return [];
  const inRole = (x: RowCandidate): boolean => u.a.roles.includes(x.r.role);
  const out: RowCandidate[] = [];
  // "Những đơn vị nào …? kể đủ": every agency that answers about as well, each once.
  const listing = u.a.many && u.a.asksWho;
  for (const x of list) {
    if (x.score < best.score * (listing ? 0.6 : 0.92) || inRole(x) !== inRole(best)) continue;
    if (!out.some((p) => p.r.agencyKey === x.r.agencyKey && (listing || p.r.task === x.r.task))) out.push(x);
  }
  return out;
}

function composeRows(engine: Engine, u: Understanding, r: Ranked, limit: number): Composed {
  const needDeadline = u.a.intent === 'deadline';
  const picked = pickRows(r.rows, u);
  const shown = picked.slice(0, limit);
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const { r: row } of shown) {
    const doc = docOf(engine, row.source);
    lines.push(say.responsibility(u.a.lang, row, doc.meta.locality, needDeadline));
    let span = row.lines;
    const facts = [row.agency, row.task];
    if (row.deadline && row.deadlineLines) {
      const [a, b] = row.deadlineLines;
      // Keep the task and its "Thời gian …" line in one quote when they are close.
      if (a > span[1] && a - span[1] <= 8) span = [span[0], b];
      else if (needDeadline && (a !== span[0] || b !== span[1])) citations.push(cite(doc, row.section, row.deadlineLines, [row.deadline.text]));
      facts.push(row.deadline.text);
    }
    citations.unshift(cite(doc, row.section, span, facts));
  }
  return { intent: needDeadline ? 'deadline' : 'responsibility', lines, citations: dedupeCitations(citations), more: picked.length - shown.length };
}

/** The signer's position: the capitalised line just above the name in the signature block ("PHÓ BÍ THƯ"). */
function positionOf(m: MetaCandidate): string | undefined {
  if (!m.lines || m.lines[0] === m.lines[1]) return undefined;
  const above = m.doc.lines.slice(m.lines[0] - 1, m.lines[1] - 1).map((l) => l.replace(/[*_#]/g, '').trim()).filter(Boolean);
  const line = above[above.length - 1];
  return line && !/^(?:T\/M|TM\.?|KT\.?|Q\.)/u.test(line) ? line : undefined;
}

function composeMeta(u: Understanding, list: MetaCandidate[], limit: number): Composed {
  const shown = list.slice(0, Math.max(limit, 5));
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const m of shown) {
    // One fact may be cited where it is stated twice (the issuer's header and its issuing sentence).
    const line = say.metaFact(u.a.lang, m.doc.meta, m.field, m.value, m.ref?.text, m.field === 'signer' ? positionOf(m) : undefined);
    if (!lines.includes(line)) lines.push(line);
    if (m.lines) {
      const sec = m.doc.sections.filter((s) => m.lines && s.lines[0] <= m.lines[0] && m.lines[0] <= s.lines[1]).pop()?.path ?? '';
      citations.push(cite(m.doc, sec, m.lines, [m.ref?.text ?? m.value]));
    }
  }
  return { intent: 'metadata', lines, citations: dedupeCitations(citations), more: list.length - shown.length };
}

function composePassages(engine: Engine, u: Understanding, list: PassageCandidate[], limit: number): Composed {
  const best = list[0];
  if (!best) return { intent: 'content', lines: [], citations: [], more: 0 };
  // Every passage covering the question as well as the best answers a "list every …" question.
  const all = [best, ...list.slice(1).filter((x) => x.cov >= best.cov * (u.a.asksDocuments ? 0.6 : 0.85))];
  const shown = all.slice(0, Math.min(limit, 4));
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const x of shown) {
    const doc = docOf(engine, x.c.source);
    const excerpt = bestSentences(u, x.c.text, u.a.asksDocuments ? DOC_NUMBER : undefined);
    lines.push(say.passage(u.a.lang, x.c, doc.meta, excerpt.join(' … ')));
    citations.push(cite(doc, x.c.section, x.c.lines, excerpt));
  }
  return { intent: 'content', lines, citations: dedupeCitations(citations), more: all.length - shown.length };
}

function composeSections(engine: Engine, u: Understanding, list: SectionCandidate[], limit: number): Composed {
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const { doc, section } of list.slice(0, 3)) {
    const children = doc.sections.filter((s) => s.parent === section.id && s.title);
    lines.push(say.sectionTitle(u.a.lang, doc.meta, section, children));
    citations.push(cite(doc, say.fullPath(section), [section.lines[0], section.lines[0]], [section.title]));
    if (children.length) continue;
    // A section of items with no titles of their own is answered by what it says, item by item.
    const chunks = (engine.lookup.chunkRanges.get(doc.meta.source) ?? []).flatMap(([a, b]) => engine.corpus.chunks.slice(a, b)).filter((c) => c.sectionId === section.id);
    for (const c of chunks.slice(0, Math.min(limit, 4))) {
      lines.push(`- ${squash(c.text).replace(/^[-+•]\s*/u, '')}`);
      citations.push(cite(doc, c.section, c.lines, [c.text]));
    }
  }
  return { intent: 'content', lines, citations: dedupeCitations(citations), more: Math.max(0, list.length - 3) };
}

export function compose(engine: Engine, u: Understanding, r: Ranked, winner: Kind, limit: number): Composed {
  switch (winner) {
    case 'target':
      return composeTargets(engine, u, r, limit);
    case 'row':
      return composeRows(engine, u, r, limit);
    case 'meta':
      return composeMeta(u, r.meta, limit);
    case 'section':
      return composeSections(engine, u, r.sections, limit);
    default:
      return composePassages(engine, u, r.passages, limit);
  }
}
