/**
 * Study pack for trainers, generated from the index and tables only: document card,
 * outline, targets, who-does-what, comparison with other localities, and a deterministic
 * multiple-choice quiz whose every answer is found verbatim in its cited lines.
 */
import { targetsFor, type Engine } from '../answer/engine.js';
import type { CorpusDocument } from '../ingest/corpus.js';
import { docId } from '../ingest/document.js';
import { joinClean } from '../ingest/lines.js';
import { INDICATOR_BY_KEY } from '../domain/indicators.js';
import { escapeRegExp, fold, hash32 } from '../text.js';
import type { Citation, DocMeta, Responsibility, Role, SectionInfo, Target } from '../types.js';

export interface QuizItem {
  n: number;
  question: string;
  options: string[];
  answerIndex: number;
  answer: string;
  citation: Citation;
}

export interface StudyPack {
  id: string;
  meta: DocMeta;
  outline: SectionInfo[];
  targets: Target[];
  responsibilities: Responsibility[];
  comparison: Array<{ indicator: string; label: string; own: Target; others: Target[] }>;
  quiz: QuizItem[];
}

const ROLE_QUESTION: Partial<Record<Role, string>> = {
  lead: 'chủ trì',
  direct: 'chỉ đạo',
  advise_execute: 'tham mưu, thực hiện',
  monitor: 'giám sát',
  report: 'báo cáo',
  coordinate: 'phối hợp',
  execute: 'thực hiện',
};
const STRICT_ROLES = new Set<Role>(['lead', 'direct', 'advise_execute', 'monitor', 'report']);

/** Documents for an id, a source name or a locality (with or without diacritics). */
export function studySources(engine: Engine, key: string): CorpusDocument[] {
  const k = fold(key.trim());
  const docs = engine.corpus.documents;
  const byId = docs.filter((d) => fold(d.meta.source) === k || fold(docId(d.meta.source)) === k);
  if (byId.length) return byId;
  return docs.filter((d) => fold(d.meta.locality ?? '') === k);
}

function cite(doc: CorpusDocument, section: string, lines: [number, number]): Citation {
  return {
    source: doc.meta.source,
    document: doc.meta.title,
    locality: doc.meta.locality ?? '',
    section,
    lines,
    quote: joinClean(doc.lines.slice(lines[0] - 1, lines[1]).filter(Boolean)).text,
  };
}

/** Seeded shuffle: the same index gives the same quiz. */
function shuffle<T>(items: T[], seed: string): T[] {
  let s = Number.parseInt(hash32(seed), 16) || 1;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The value as the source writes it, with its comparator: "trên 96%", "35 - 40%", "12.900 căn". */
export function verbatimValue(quote: string, t: Target): string {
  const first = /^[\d.,]+/.exec(t.valueText)?.[0] ?? t.valueText;
  const unit = t.unit === '%' ? String.raw`\s*%` : ` ${escapeRegExp(t.valueText.replace(/^[\d.,\s-]+/, ''))}`;
  const re = new RegExp(String.raw`(?:(?:trên|dưới|ít nhất|tối thiểu|tối đa|khoảng)\s+)?${escapeRegExp(first)}(?:\s*[-–]\s*[\d.,]+)?${unit}`, 'iu');
  return re.exec(quote)?.[0] ?? t.valueText;
}

function formatVi(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function distractorValues(t: Target, correct: string, others: string[]): string[] {
  const out = [...new Set(others.filter((o) => fold(o) !== fold(correct)))];
  const prefix = /^\D*/.exec(correct)?.[0] ?? '';
  const suffix = t.unit === '%' ? '%' : ` ${t.valueText.replace(/^[\d.,\s-]+/, '')}`;
  for (const delta of [5, -5, 10, -10, 2, -2, 20]) {
    if (out.length >= 3) break;
    const v = t.value + (t.unit === '%' ? delta : Math.round((t.value * delta) / 20) || delta);
    if (v <= 0 || (t.unit === '%' && v > 100)) continue;
    const s = `${prefix}${formatVi(v)}${suffix}`;
    if (fold(s) !== fold(correct) && !out.some((o) => fold(o) === fold(s))) out.push(s);
  }
  return out.slice(0, 3);
}

function mcq(question: string, answer: string, distractors: string[], citation: Citation): Omit<QuizItem, 'n'> {
  const options = shuffle([answer, ...distractors.slice(0, 3)], question);
  return { question, options, answerIndex: options.indexOf(answer), answer, citation };
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

/**
 * Lines to cite for an agency's task: the task's own lines, or from the heading above that
 * names the agency ("1. Ban Tuyên giáo Tỉnh ủy" … "Chủ trì, …"), so the answer is in the quote.
 */
function spanNaming(doc: CorpusDocument, agency: string, lines: [number, number]): [number, number] | null {
  const a = fold(agency);
  const has = (from: number, to: number): boolean => fold(joinClean(doc.lines.slice(from - 1, to).filter(Boolean)).text).includes(a);
  if (has(lines[0], lines[1])) return lines;
  for (let from = lines[0] - 1; from >= Math.max(1, lines[0] - 30); from--) if (has(from, lines[1])) return [from, lines[1]];
  return null;
}

export function buildStudyPack(engine: Engine, doc: CorpusDocument): StudyPack {
  const m = doc.meta;
  const src = m.source;
  const where = m.locality ?? m.title;
  const targets = engine.corpus.targets.filter((t) => t.source === src);
  const responsibilities = engine.corpus.responsibilities.filter((r) => r.source === src);

  const comparison: StudyPack['comparison'] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.vision || t.indicator.startsWith('other:') || seen.has(t.indicator)) continue;
    seen.add(t.indicator);
    const firstPerSource = targetsFor(engine, t.indicator).filter((o) => o.source !== src);
    if (firstPerSource.length) comparison.push({ indicator: t.indicator, label: INDICATOR_BY_KEY.get(t.indicator)?.vi ?? t.label, own: t, others: firstPerSource });
  }

  const quiz: Array<Omit<QuizItem, 'n'>> = [];
  const docOf = (source: string): CorpusDocument | undefined => engine.docs.get(source);
  const usedIndicators = new Set<string>();
  for (const t of targets) {
    if (quiz.length >= 14) break;
    const def = INDICATOR_BY_KEY.get(t.indicator);
    if (!def || t.vision || usedIndicators.has(t.indicator)) continue;
    usedIndicators.add(t.indicator);
    const c = cite(doc, t.section, t.lines);
    const answer = verbatimValue(c.quote, t);
    const others = engine.corpus.targets
      .filter((o) => o.indicator === t.indicator && o.source !== src && !o.vision)
      .map((o) => {
        const od = docOf(o.source);
        return od ? verbatimValue(cite(od, o.section, o.lines).quote, o) : o.valueText;
      });
    quiz.push(mcq(`Chỉ tiêu “${def.vi}” của ${where} đến năm ${t.year} là bao nhiêu?`, answer, distractorValues(t, answer, others), c));
  }

  const agencies = [...new Set(responsibilities.map((r) => r.agency))];
  const asked = new Set<string>();
  // Named roles and other agencies first; the issuer's own coordinating tasks fill up a short pack.
  const strict = (r: Responsibility): boolean => STRICT_ROLES.has(r.role) && r.agency !== m.issuingBody;
  for (const r of [...responsibilities.filter(strict), ...responsibilities.filter((x) => !strict(x))]) {
    if (quiz.length >= 24) break;
    const verb = ROLE_QUESTION[r.role];
    const key = fold(r.task).slice(0, 80);
    if (!verb || asked.has(key)) continue;
    asked.add(key);
    const others = shuffle(agencies.filter((a) => a !== r.agency), key);
    const span = spanNaming(doc, r.agency, r.lines);
    if (others.length < 2 || !span) continue;
    quiz.push(mcq(`Theo văn bản của ${where}, cơ quan nào ${verb} nhiệm vụ: “${clip(r.task, 160)}”?`, r.agency, others, cite(doc, r.section, span)));
  }

  const deadlines = [...new Set(engine.corpus.responsibilities.filter((r) => r.deadline).map((r) => r.deadline?.text ?? ''))];
  const askedDl = new Set<string>();
  for (const r of responsibilities) {
    if (quiz.length >= 28) break;
    if (!r.deadline || !r.deadlineLines || askedDl.has(r.deadline.text)) continue;
    askedDl.add(r.deadline.text);
    const lines: [number, number] = [Math.min(r.lines[0], r.deadlineLines[0]), Math.max(r.lines[1], r.deadlineLines[1])];
    const span: [number, number] = lines[1] - lines[0] <= 8 ? lines : r.deadlineLines;
    const others = shuffle(deadlines.filter((d) => fold(d) !== fold(r.deadline?.text ?? '')), r.id);
    quiz.push(mcq(`Thời hạn của nhiệm vụ “${clip(r.task, 120)}” (${r.agency}) là khi nào?`, r.deadline.text, others, cite(doc, r.section, span)));
  }

  const sectionAt = (n: number): string => doc.sections.filter((s) => s.lines[0] <= n && n <= s.lines[1]).pop()?.path ?? '';
  const signers = engine.corpus.documents.map((d) => d.meta.signer).filter((s): s is string => Boolean(s) && s !== m.signer);
  if (m.signer && m.signerLines && signers.length >= 2) quiz.push(mcq(`Ai ký ${m.title}?`, m.signer, shuffle(signers, src), cite(doc, sectionAt(m.signerLines[0]), m.signerLines)));
  const ref = m.references[0];
  const refs = engine.corpus.documents.flatMap((d) => d.meta.references.map((r) => r.text)).filter((t) => ref && t !== ref.text);
  if (ref && refs.length >= 2) quiz.push(mcq(`Văn bản của ${where} được ban hành để thực hiện văn bản nào?`, ref.text, shuffle([...new Set(refs)], src), cite(doc, sectionAt(ref.lines[0]), ref.lines)));

  return {
    id: docId(src),
    meta: m,
    outline: doc.sections.filter((s) => s.id !== 0),
    targets,
    responsibilities,
    comparison,
    quiz: quiz.slice(0, 30).map((q, i) => ({ ...q, n: i + 1 })),
  };
}
