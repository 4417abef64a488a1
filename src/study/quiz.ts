/**
 * The study pack's multiple-choice quiz, built from the corpus only: targets (distractors are
 * other plans' real values, else plausible nearby ones), and the tasks themselves — which
 * agency leads or coordinates a task, which measure belongs to a task group, which programme,
 * fund or movement a group names — from the who-does-what rows and the task passages. Every
 * answer is verbatim in its cited lines; options are distinct after normalisation.
 */
import type { Engine } from '../answer/engine.js';
import type { CorpusDocument } from '../ingest/corpus.js';
import { INDICATOR_BY_KEY } from '../domain/indicators.js';
import { escapeRegExp, fold, hash32 } from '../text.js';
import type { Citation, Responsibility, Role, SectionInfo, Target } from '../types.js';
import { distinctOptions, nearbyValues, optionKey, sameOption } from './options.js';
import { capitalise, clauses, namedItems, passage, spanOf, taskExcerpt, type Clause, type Named } from './passages.js';

export const QUIZ_KINDS = ['target', 'agency', 'assignment', 'measure', 'programme', 'deadline', 'signer', 'reference'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
/** Questions on the tasks and solutions themselves. */
export const TASK_KINDS: ReadonlySet<QuizKind> = new Set(['agency', 'assignment', 'measure', 'programme']);

export interface QuizItem {
  n: number;
  kind: QuizKind;
  question: string;
  options: string[];
  answerIndex: number;
  answer: string;
  citation: Citation;
  /** For a target question: the indicator asked about. */
  indicator?: string;
}

type Draft = Omit<QuizItem, 'n'>;

const ROLE_QUESTION: Partial<Record<Role, string>> = {
  lead: 'chủ trì',
  direct: 'chỉ đạo',
  advise_execute: 'tham mưu, thực hiện',
  monitor: 'giám sát',
  report: 'báo cáo',
  coordinate: 'phối hợp thực hiện',
  execute: 'thực hiện',
};
const STRICT_ROLES = new Set<Role>(['lead', 'direct', 'advise_execute', 'monitor', 'report']);

const LIMITS = { target: 10, agency: 8, assignment: 5, measure: 7, programme: 3, deadline: 3, total: 30 };
/** The same agency is the answer at most this often (plans repeat "Ban Thường vụ … chỉ đạo"). */
const SAME_ANSWER = 2;

export function cite(doc: CorpusDocument, section: string, lines: [number, number]): Citation {
  return { source: doc.meta.source, document: doc.meta.title, locality: doc.meta.locality ?? '', section, lines, quote: passage(doc, lines[0], lines[1]).text };
}

/** Seeded shuffle: the same index gives the same quiz. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
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

/** Three or four distinct options with the answer among them, or null when too few. */
function mcq(kind: QuizKind, question: string, answer: string, distractors: string[], citation: Citation): Draft | null {
  const options = distinctOptions([answer, ...distractors], 4);
  if (options.length < 3) return null;
  const shuffled = shuffle(options, question);
  return { kind, question, options: shuffled, answerIndex: shuffled.indexOf(answer), answer, citation };
}

/** The value as the source writes it, with its comparator: "trên 96%", "35 - 40%", "12.900 căn". */
export function verbatimValue(quote: string, t: Target): string {
  const first = /^[\d.,]+/.exec(t.valueText)?.[0] ?? t.valueText;
  const unit = t.unit === '%' ? String.raw`\s*%` : ` ${escapeRegExp(t.valueText.replace(/^[\d.,\s-]+/, ''))}`;
  const re = new RegExp(String.raw`(?:(?:trên|dưới|ít nhất|tối thiểu|tối đa|khoảng)\s+)?${escapeRegExp(first)}(?:\s*[-–]\s*[\d.,]+)?${unit}`, 'iu');
  return re.exec(quote)?.[0] ?? t.valueText;
}

/** Other plans' values count as distractors when on the same scale (a province's 12.900 homes is no distractor for a town's 300). */
export function realValueFits(other: number, v: number, unit: string): boolean {
  return unit === '%' || (other >= v / 3 && other <= v * 3);
}

function targetQuestions(engine: Engine, doc: CorpusDocument, where: string): Draft[] {
  const out: Draft[] = [];
  const used = new Set<string>();
  for (const t of engine.corpus.targets) {
    if (out.length >= LIMITS.target) break;
    const def = INDICATOR_BY_KEY.get(t.indicator);
    if (t.source !== doc.meta.source || !def || t.vision || t.comparator === 'state' || used.has(t.indicator)) continue;
    used.add(t.indicator);
    const c = cite(doc, t.section, t.lines);
    const answer = verbatimValue(c.quote, t);
    const real = engine.corpus.targets
      .filter((o) => o.indicator === t.indicator && o.source !== t.source && !o.vision && o.comparator !== 'state' && o.unit === t.unit && realValueFits(o.value, t.value, t.unit))
      .map((o) => {
        const od = engine.docs.get(o.source);
        return od ? verbatimValue(cite(od, o.section, o.lines).quote, o) : o.valueText;
      });
    const label = def.vi.replace(/\s*…\s*/g, ' ');
    const q = mcq('target', `Theo văn bản của ${where}, chỉ tiêu ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)} đến năm ${t.year} là bao nhiêu?`, answer, [...shuffle(distinctOptions(real), t.id), ...nearbyValues(answer, t.unit)], c);
    if (q) out.push({ ...q, indicator: t.indicator });
  }
  return out;
}

/** Lines that name the agency and hold its task (a heading above may name it), or null. */
function spanNaming(doc: CorpusDocument, agency: string, lines: [number, number]): [number, number] | null {
  const a = fold(agency);
  const has = (from: number): boolean => fold(passage(doc, from, lines[1]).text).includes(a);
  for (let from = lines[0]; from >= Math.max(1, lines[0] - 30); from--) if (has(from)) return [from, lines[1]];
  return null;
}

/**
 * The task as the stem quotes it: the document's own words (a group title the extractor adds
 * in brackets is dropped), whole or cut after a clause; null when neither is possible.
 */
function quotedTask(doc: CorpusDocument, task: string, lines: [number, number], max: number): string | null {
  if (task.includes(' > ')) return null;
  const here = fold(passage(doc, lines[0], lines[1]).text);
  for (const t of [task, task.replace(/\s*\([^()]*\)\s*$/, '')]) {
    const quoted = taskExcerpt(t, max);
    if (quoted && here.includes(fold(quoted.replace(/\s*…$/, '')))) return quoted;
  }
  return null;
}

const sameTask = (a: Responsibility, b: Responsibility): boolean => fold(a.task).slice(0, 60) === fold(b.task).slice(0, 60);

/** A bare collective noun ("Các cơ quan") is not an agency a trainer can offer. */
const namesAgency = (a: string): boolean => !/^cac (co quan|don vi|nganh|cap)$/.test(fold(a));

/**
 * Agencies of other plans for a short list: never one this plan names, nor one tied to
 * another place ("… tỉnh Tuyên Quang" is no distractor in a Bình Định plan); same level first.
 */
function otherPlansAgencies(engine: Engine, doc: CorpusDocument, own: string[]): string[] {
  const ownKeys = new Set(own.map(optionKey));
  const places = [...new Set(engine.corpus.documents.flatMap((d) => [d.meta.locality, d.meta.province]))]
    .filter((x): x is string => Boolean(x) && x !== doc.meta.locality && x !== doc.meta.province)
    .map(fold);
  const rows = engine.corpus.responsibilities.filter((r) => r.source !== doc.meta.source && !ownKeys.has(optionKey(r.agency)) && namesAgency(r.agency));
  const free = rows.filter((r) => !places.some((p) => fold(r.agency).includes(p)));
  const level = (r: Responsibility): number => (engine.docs.get(r.source)?.meta.level === doc.meta.level ? 0 : 1);
  return distinctOptions(shuffle(free, doc.meta.source).sort((a, b) => level(a) - level(b)).map((r) => r.agency));
}

function agencyQuestions(engine: Engine, doc: CorpusDocument, where: string, rows: Responsibility[]): Draft[] {
  const out: Draft[] = [];
  const agencies = distinctOptions(rows.map((r) => r.agency)).filter(namesAgency);
  const elsewhere = otherPlansAgencies(engine, doc, rows.map((r) => r.agency));
  const asked = new Set<string>();
  const perAnswer = new Map<string, number>();
  // Named roles of other agencies first; the issuer's own rows fill up a short pack.
  const strict = (r: Responsibility): boolean => STRICT_ROLES.has(r.role) && r.agency !== doc.meta.issuingBody;
  for (const r of [...rows.filter(strict), ...rows.filter((x) => !strict(x))]) {
    if (out.length >= LIMITS.agency) break;
    const verb = ROLE_QUESTION[r.role];
    const span = spanNaming(doc, r.agency, r.lines);
    const task = span && quotedTask(doc, r.task, span, 220);
    const key = optionKey(r.agency);
    if (!verb || !span || !task || asked.has(fold(task)) || (perAnswer.get(key) ?? 0) >= SAME_ANSWER) continue;
    // A distractor neither holds the same task nor names (or is named in) the answer.
    const a = fold(r.agency);
    const others = agencies.filter((o) => {
      const f = fold(o);
      return !f.includes(a) && !a.includes(f) && !rows.some((x) => sameOption(x.agency, o) && sameTask(x, r));
    });
    const q = mcq('agency', `Theo văn bản của ${where}, cơ quan nào ${verb} nhiệm vụ “${task}”?`, r.agency, [...shuffle(others, r.id), ...elsewhere], cite(doc, r.section, span));
    if (!q) continue;
    asked.add(fold(task));
    perAnswer.set(key, (perAnswer.get(key) ?? 0) + 1);
    out.push(q);
  }
  return out;
}

/** Task groups: sections under a tasks heading, with a title short enough to quote whole. */
function taskGroups(doc: CorpusDocument): SectionInfo[] {
  const isTask = (s: SectionInfo | undefined): boolean => s?.kind === 'tasks';
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  return doc.sections.filter((s) => isTask(s) && s.parent !== null && isTask(byId.get(s.parent)) && s.title.length <= 200 && !s.title.includes('…'));
}

const clauseCache = new WeakMap<CorpusDocument, Map<number, Clause[]>>();

/** A section's clauses without its heading; computed once per document and section. */
function bodyClauses(doc: CorpusDocument, s: SectionInfo): Clause[] {
  let byId = clauseCache.get(doc);
  if (!byId) clauseCache.set(doc, (byId = new Map()));
  let out = byId.get(s.id);
  if (!out) {
    const title = fold(s.title).slice(0, 30);
    out = clauses(passage(doc, s.lines[0], s.lines[1])).filter((c) => !fold(c.text).includes(title));
    byId.set(s.id, out);
  }
  return out;
}

/** A clause a trainer can offer as an option: a whole statement of a measure. */
function measureLike(c: Clause): boolean {
  return c.text.length >= 40 && c.text.length <= 170 && /^\p{L}/u.test(c.text) && !/[:…]/.test(c.text) && !/["“][^"”]*$/.test(c.text);
}

const optionText = (c: Clause): string => capitalise(c.text.replace(/[./;]+$/, ''));

function measureQuestions(doc: CorpusDocument, where: string): Draft[] {
  const groups = taskGroups(doc);
  const text = new Map(groups.map((g) => [g.id, fold(passage(doc, g.lines[0], g.lines[1]).text)]));
  const out: Draft[] = [];
  for (const g of groups) {
    if (out.length >= LIMITS.measure) break;
    const own = bodyClauses(doc, g).filter(measureLike);
    const pick = shuffle(own, `${doc.meta.source}:${g.id}`)[0];
    if (!pick) continue;
    const inGroup = text.get(g.id) ?? '';
    // Measures of unrelated groups (not this group's parent or child) that this group does not state.
    const related = (h: SectionInfo): boolean => h.id === g.id || h.parent === g.id || g.parent === h.id;
    const foreign = groups.filter((h) => !related(h)).flatMap((h) => bodyClauses(doc, h).filter(measureLike).filter((c) => !inGroup.includes(fold(c.text.replace(/[.;]$/, '')))));
    const near = shuffle(foreign, pick.text).sort((x, y) => Math.abs(x.text.length - pick.text.length) - Math.abs(y.text.length - pick.text.length));
    const q = mcq('measure', `Theo văn bản của ${where}, biện pháp nào sau đây thuộc nhóm nhiệm vụ “${g.title}”?`, optionText(pick), near.map(optionText), cite(doc, g.path, pick.lines));
    if (q) out.push(q);
  }
  return out;
}

/** "Which task is given to agency X": the assignment sections ("IV. NHIỆM VỤ CỤ THỂ > 1. Ban Tuyên giáo Tỉnh ủy"). */
function assignmentQuestions(doc: CorpusDocument, where: string, rows: Responsibility[]): Draft[] {
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const assigned = doc.sections.filter((s) => s.kind === 'specific-assignments' && s.parent !== null && byId.get(s.parent)?.kind === 'specific-assignments' && s.title.length <= 150);
  const body = new Map(assigned.map((s) => [s.id, bodyClauses(doc, s).filter(measureLike)]));
  const out: Draft[] = [];
  for (const s of assigned) {
    if (out.length >= LIMITS.assignment) break;
    const pick = shuffle(body.get(s.id) ?? [], `${doc.meta.source}:${s.id}`)[0];
    if (!pick) continue;
    const agency = s.title.replace(/[\s:.]+$/, '');
    // The who-does-what rows decide when a section holds another agency's paragraph.
    const isAgency = (a: string): boolean => fold(a).includes(fold(agency)) || fold(agency).includes(fold(a));
    const rowsAt = (c: Clause): Responsibility[] => rows.filter((r) => r.lines[0] <= c.lines[1] && c.lines[0] <= r.lines[1]);
    if (rowsAt(pick).some((r) => !isAgency(r.agency))) continue;
    const own = fold(passage(doc, s.lines[0], s.lines[1]).text);
    const others = assigned
      .filter((o) => o.id !== s.id)
      .flatMap((o) => (body.get(o.id) ?? []).filter((c) => !own.includes(fold(c.text.replace(/[.;]$/, ''))) && !rowsAt(c).some((r) => isAgency(r.agency))));
    const q = mcq('assignment', `Theo văn bản của ${where}, nhiệm vụ nào sau đây được giao cho ${agency.replace(/^Các /, 'các ')}?`, optionText(pick), shuffle(others, pick.text).map(optionText), cite(doc, s.path, pick.lines));
    if (q) out.push(q);
  }
  return out;
}

const namedCache = new WeakMap<Engine, Named[]>();

function programmeQuestions(engine: Engine, doc: CorpusDocument, where: string): Draft[] {
  let pool = namedCache.get(engine);
  if (!pool) namedCache.set(engine, (pool = engine.corpus.documents.flatMap((d) => taskGroups(d).flatMap((g) => namedItems(passage(d, g.lines[0], g.lines[1]).text)))));
  const bare = (s: string): string => fold(s).replace(/["“”*]/g, '').replace(/\s+/g, ' ');
  const out: Draft[] = [];
  for (const g of taskGroups(doc)) {
    if (out.length >= LIMITS.programme) break;
    const p = passage(doc, g.lines[0], g.lines[1]);
    const first = namedItems(p.text)[0];
    if (!first) continue;
    const here = bare(p.text);
    // Distractors: names this group does not mention at all, one per name.
    const seen = new Set<string>();
    const others = pool.filter((n) => !here.includes(bare(n.name)) && !seen.has(bare(n.name)) && Boolean(seen.add(bare(n.name)))).map((n) => capitalise(n.text));
    const q = mcq(
      'programme',
      `Theo văn bản của ${where}, chương trình, phong trào hoặc quỹ nào được nêu trong nhóm nhiệm vụ “${g.title}”?`,
      capitalise(first.text),
      shuffle(distinctOptions(others), first.text),
      cite(doc, g.path, spanOf(p, first.start, first.end)),
    );
    if (q) out.push(q);
  }
  return out;
}

function deadlineQuestions(engine: Engine, doc: CorpusDocument, where: string, rows: Responsibility[]): Draft[] {
  const pool = engine.corpus.responsibilities.flatMap((r) => (r.deadline ? [r.deadline] : []));
  const out: Draft[] = [];
  const asked = new Set<string>();
  for (const r of rows) {
    if (out.length >= LIMITS.deadline) break;
    const task = quotedTask(doc, r.task, r.lines, 140);
    if (!r.deadline || !r.deadlineLines || !task || asked.has(r.deadline.normalized)) continue;
    // One distractor per distinct deadline meaning ("Hằng năm" and "Định kỳ 1 năm" are one).
    const seen = new Set([r.deadline.normalized]);
    const others: string[] = [];
    for (const d of shuffle(pool, r.id)) {
      if (seen.has(d.normalized)) continue;
      seen.add(d.normalized);
      others.push(d.text);
    }
    const lines: [number, number] = [Math.min(r.lines[0], r.deadlineLines[0]), Math.max(r.lines[1], r.deadlineLines[1])];
    const span: [number, number] = lines[1] - lines[0] <= 8 ? lines : r.deadlineLines;
    const q = mcq('deadline', `Theo văn bản của ${where}, nhiệm vụ “${task}” (${r.agency}) có thời hạn nào?`, r.deadline.text, others, cite(doc, r.section, span));
    if (!q) continue;
    asked.add(r.deadline.normalized);
    out.push(q);
  }
  return out;
}

function documentQuestions(engine: Engine, doc: CorpusDocument, where: string): Draft[] {
  const m = doc.meta;
  const sectionAt = (n: number): string => doc.sections.filter((s) => s.lines[0] <= n && n <= s.lines[1]).pop()?.path ?? '';
  const out: Array<Draft | null> = [];
  const signers = engine.corpus.documents.map((d) => d.meta.signer).filter((s): s is string => Boolean(s) && s !== m.signer);
  if (m.signer && m.signerLines) out.push(mcq('signer', `Ai là người ký ${m.title}?`, m.signer, shuffle(signers, m.source), cite(doc, sectionAt(m.signerLines[0]), m.signerLines)));
  const ref = m.references[0];
  if (ref) {
    const own = m.references.map((r) => optionKey(r.number));
    const refs = engine.corpus.documents.flatMap((d) => d.meta.references).filter((r) => !own.includes(optionKey(r.number)));
    out.push(mcq('reference', `Văn bản của ${where} được ban hành để thực hiện văn bản nào?`, ref.text, shuffle(refs.map((r) => r.text), m.source), cite(doc, sectionAt(ref.lines[0]), ref.lines)));
  }
  return out.filter((q): q is Draft => q !== null);
}

/**
 * Drop value questions from the end until the tasks make up at least a third, keeping a few
 * (MIN_TARGETS) so that a plan with hardly any task text still gets a usable quiz.
 */
const MIN_TARGETS = 4;
function balance(targets: Draft[], tasks: Draft[], rest: Draft[]): Draft[] {
  const kept = [...targets];
  while (kept.length > MIN_TARGETS && tasks.length * 3 < kept.length + tasks.length + rest.length) kept.pop();
  return [...kept, ...tasks, ...rest];
}

export function buildQuiz(engine: Engine, doc: CorpusDocument): QuizItem[] {
  const where = doc.meta.locality ?? doc.meta.title;
  const rows = engine.corpus.responsibilities.filter((r) => r.source === doc.meta.source);
  const tasks = [...agencyQuestions(engine, doc, where, rows), ...assignmentQuestions(doc, where, rows), ...measureQuestions(doc, where), ...programmeQuestions(engine, doc, where)];
  const rest = [...deadlineQuestions(engine, doc, where, rows), ...documentQuestions(engine, doc, where)];
  const all = balance(targetQuestions(engine, doc, where), tasks, rest);
  return all.slice(0, LIMITS.total).map((q, i) => ({ ...q, n: i + 1 }));
}
