/**
 * Conversation state (pure, no I/O): what earlier turns established — localities, cited
 * documents, indicator, role, year, intent — carried into elliptical follow-ups ("còn Tây
 * Ninh thì sao?", "ai phối hợp?", "năm 2045 thì sao?", "and in Tay Ninh?", "so sánh với
 * Bình Định"). A follow-up is rewritten deterministically into a full question from the
 * previous turn's resolved question, and the engine answers that; the answer says how it
 * read the follow-up (`reading`), so a wrong reading is visible. Only the service's own
 * knowledge is used (localities, indicators, language): nothing about its internals.
 */
import { fold } from '../text.js';
import type { Answer, Intent } from '../types.js';
import type { Lang } from '../answer/analyze.js';
import type { AskOptions } from '../answer/engine.js';
import type { QaService } from '../answer/service.js';

/** What one turn established; kept by the caller (a conversation store) between turns. */
export interface Turn {
  /** The text as the user typed it. */
  asked: string;
  /** The full question the engine answered (equal to `asked` for a fresh question). */
  resolved: string;
  lang: Lang;
  /** Localities the resolved question names. */
  localities: string[];
  /** Localities of the documents the answer cites (the documents it settled on). */
  cited: string[];
  indicators: string[];
  role: RoleKey | null;
  year: number | null;
  intent: Intent;
  abstained: boolean;
}

/** A short clarifying option: a label to show and the full question it stands for. */
export interface Choice {
  label: string;
  question: string;
}

export interface ConversationAnswer extends Answer {
  /** "Hiểu câu hỏi là: …" / "Read as: …" — present when a follow-up was rewritten. */
  reading?: string;
  /** The full question that was answered (present when a follow-up was rewritten). */
  resolved?: string;
  /** A short clarifying prompt, with `choices`, when the question was ambiguous. */
  clarify?: string;
  choices?: Choice[];
  /** 2–4 follow-ups worth asking next, in the question's language. */
  suggestions?: string[];
}

export type FollowUpKind = 'fresh' | 'locality' | 'year' | 'role' | 'deadline' | 'compare' | 'topic' | 'meta';

export interface Reading {
  kind: FollowUpKind;
  /** The question to ask the engine. */
  question: string;
}

type RoleKey = 'lead' | 'coordinate' | 'advise' | 'direct' | 'execute' | 'monitor' | 'report';

/** Role phrases (folded Vietnamese, English) and how a rewrite writes them. */
const ROLES: Array<{ key: RoleKey; vi: RegExp; en: RegExp; viWord: string; enWord: string }> = [
  { key: 'lead', vi: /\bchu tri\b/, en: /\b(?:leads?|leading|in charge)\b/, viWord: 'chủ trì', enWord: 'leads' },
  { key: 'coordinate', vi: /\bphoi hop\b/, en: /\bcoordinat(?:es?|ing)\b/, viWord: 'phối hợp', enWord: 'coordinates' },
  { key: 'advise', vi: /\btham muu\b/, en: /\badvis(?:es?|ing)\b/, viWord: 'tham mưu', enWord: 'advises' },
  { key: 'direct', vi: /\b(?:chi dao|lanh dao)\b/, en: /\bdirect(?:s|ing)?\b/, viWord: 'chỉ đạo', enWord: 'directs' },
  { key: 'execute', vi: /\bthuc hien\b/, en: /\b(?:implements?|carr(?:y|ies) out)\b/, viWord: 'thực hiện', enWord: 'implements' },
  { key: 'monitor', vi: /\b(?:giam sat|kiem tra)\b/, en: /\b(?:monitors?|supervises?)\b/, viWord: 'giám sát', enWord: 'monitors' },
  { key: 'report', vi: /\bbao cao\b/, en: /\breports?\b/, viWord: 'báo cáo', enWord: 'reports' },
];

/** Openers of an elliptical follow-up. */
const MARKER_VI = /^\s*(?:the con|vay con|va con|con ve|con o|con|va o)\b/;
const MARKER_EN = /^\s*(?:and|what about|how about|what of|same for|then|also)\b/;
const DEADLINE_VI = /\b(?:khi nao|bao gio|thoi han|han chot|thoi gian nao|luc nao|thoi gian hoan thanh|truoc ngay nao)\b/;
const DEADLINE_EN = /\b(?:when|deadline|by when|by what date|how soon|time frame)\b/;
const COMPARE_VI = /\b(?:so sanh|so voi|doi chieu)\b/;
const COMPARE_EN = /\b(?:compare[ds]?|comparison|versus|vs)\b/;
const META_VI = /\b(?:ai ky|nguoi ky|ky|ban hanh|so hieu|so ky hieu|can cu|du thao)\b/;
const META_EN = /\b(?:signed|signer|issued|document number|based on|draft)\b/;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * Words that frame a follow-up rather than name a topic (folded). What remains after these,
 * the places and the years, is the follow-up's own topic.
 */
const FRAME_WORDS = new Set(
  (
    'con the thi sao vay nao a nhi nhe ha o tai cua va voi ve day do kia nua gi la the_nao ' +
    'ai co quan don vi ban nganh khi bao gio thoi han han chot gian luc hoan thanh truoc ngay nam den ' +
    'chu tri phoi hop tham muu chi dao lanh dao thuc hien giam sat kiem tra bao cao ' +
    'so sanh doi chieu tinh huyen thi xa thanh pho ' +
    'ky nguoi ban hanh hieu can cu du thao ' +
    'and what about how of in for at the then also same who which agency body office when deadline by date soon ' +
    'time frame year is are does do it there compare compared with versus vs to leads lead leading coordinates coordinate ' +
    'advises directs implements reports monitors province district town city signed signer issued number based draft'
  ).split(' '),
);

const isEn = (lang: Lang): boolean => lang === 'en';

/** Folded words of a text ("Thế còn Đức Phổ?" → ["the", "con", "duc", "pho"]). */
function foldedWords(s: string): string[] {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);
}

/** Start and end (in `text`) of each run of words whose folded form is `name` folded. */
function spansOf(text: string, name: string): Array<[number, number]> {
  const target = foldedWords(name).join(' ');
  if (!target) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ f: fold(m[0]), a: m.index ?? 0, b: (m.index ?? 0) + m[0].length }));
  const n = target.split(' ').length;
  const out: Array<[number, number]> = [];
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n);
    if (run.map((w) => w.f).join(' ') === target) out.push([run[0]?.a ?? 0, run[n - 1]?.b ?? 0]);
  }
  return out;
}

/** Replace [a, b) spans (non-overlapping) of `text`, last first so offsets hold. */
function splice(text: string, edits: Array<{ a: number; b: number; by: string }>): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.a - x.a)) out = out.slice(0, e.a) + e.by + out.slice(e.b);
  return out.replace(/\s+([,.?!])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

function joinNames(names: string[], lang: Lang): string {
  return names.join(isEn(lang) ? ' and ' : ' và ');
}

/** The question without its final punctuation, to extend it. */
function stem(q: string): { body: string; end: string } {
  const m = /^(.*?)([\s?.!]*)$/su.exec(q.trim());
  return { body: m?.[1] ?? q.trim(), end: m?.[2]?.includes('?') ? '?' : m?.[2]?.trim() ?? '' };
}

function roleOf(text: string, lang: Lang): RoleKey | null {
  const f = ` ${foldedWords(text).join(' ')} `;
  for (const r of ROLES) if ((isEn(lang) ? r.en : r.vi).test(isEn(lang) ? text.toLowerCase() : f)) return r.key;
  return null;
}

function yearOf(text: string): number | null {
  const ys = text.match(YEAR);
  return ys?.length ? Number(ys[ys.length - 1]) : null;
}

/** What a follow-up says, by slot. */
interface Slots {
  lang: Lang;
  marker: boolean;
  localities: string[];
  indicators: string[];
  year: number | null;
  role: RoleKey | null;
  deadline: boolean;
  compare: boolean;
  meta: boolean;
  /** Words left once frame words, places and years are gone: the follow-up's own topic. */
  topic: string[];
}

function slots(service: QaService, text: string): Slots {
  const lang = service.language(text);
  const flat = ` ${foldedWords(text).join(' ')} `;
  const lower = text.toLowerCase();
  const en = isEn(lang);
  const localities = service.localities(text);
  const placeWords = new Set(localities.flatMap(foldedWords));
  const topic = foldedWords(text).filter((w) => !FRAME_WORDS.has(w) && !placeWords.has(w) && !/^\d+$/.test(w));
  return {
    lang,
    marker: (en ? MARKER_EN : MARKER_VI).test(en ? lower : flat) || MARKER_VI.test(flat),
    localities,
    indicators: service.indicators(text),
    year: yearOf(text),
    role: roleOf(text, lang),
    deadline: (en ? DEADLINE_EN : DEADLINE_VI).test(en ? lower : flat),
    compare: (en ? COMPARE_EN : COMPARE_VI).test(en ? lower : flat),
    meta: (en ? META_EN : META_VI).test(en ? lower : flat),
    topic,
  };
}

/** Localities to carry: those the last question named, else the one document it cited. */
function carried(prev: Turn): string[] {
  if (prev.localities.length) return prev.localities;
  return prev.cited.length === 1 ? prev.cited : [];
}

/** Put `names` where the previous question named its localities, or add them. */
/** "109-KH/TU", "số 133-KH/HU": a document number pins one place's document. */
const DOC_NUMBER = /\s*(?:số\s+|so\s+|no\.?\s+)?\b\d+[-/][\p{L}\d/-]*\p{L}[\p{L}\d/-]*/giu;

function withLocalities(q: string, old: string[], names: string[], lang: Lang): string {
  // Another place's document, not this one: drop the number that named it.
  if (names.length && old.length) q = q.replace(DOC_NUMBER, '');
  const edits: Array<{ a: number; b: number; by: string }> = [];
  let first = true;
  for (const o of old) {
    for (const [a, b] of spansOf(q, o)) {
      // "huyện Tuy Phước" → "Tây Ninh": the level word belonged to the old place.
      const before = q.slice(0, a);
      const level = /(?:\b|^)((?:huyện|tỉnh|thị xã|thành phố|huyen|tinh|thi xa|thanh pho)\s+)$/iu.exec(before);
      edits.push({ a: level ? a - (level[1]?.length ?? 0) : a, b, by: first ? joinNames(names, lang) : '' });
      first = false;
    }
  }
  if (edits.length) return splice(q, edits).replace(/\s+(?:và|and|,)\s*(?=[?.!]?$)/u, '');
  const { body, end } = stem(q);
  return `${body} ${isEn(lang) ? 'in' : 'ở'} ${joinNames(names, lang)}${end}`;
}

function withYear(q: string, year: number, lang: Lang): string {
  if (new RegExp(YEAR.source).test(q)) return q.replace(YEAR, String(year));
  const { body, end } = stem(q);
  return `${body} ${isEn(lang) ? 'by' : 'đến năm'} ${year}${end}`;
}

/** Suffixes this module adds for a deadline follow-up; a role follow-up drops them. */
const DEADLINE_SUFFIX = /,\s*(?:thời hạn khi nào|and by when)\s*\??$/u;

/** Each role phrase anchored, to test a run of words exactly. */
const ROLE_EXACT = ROLES.map((r) => ({ key: r.key, vi: new RegExp(`^${r.vi.source}$`), en: new RegExp(`^${r.en.source}$`) }));

function withRole(q: string, role: RoleKey, lang: Lang, followUp: string, old: RoleKey | null): string {
  const base = q.replace(DEADLINE_SUFFIX, '?');
  const def = ROLES.find((r) => r.key === role);
  if (!def) return base;
  const en = isEn(lang);
  const words = [...base.matchAll(/[\p{L}\p{N}]+/gu)];
  // Find the old role phrase (the one the last turn asked about first; one word, then two)
  // on folded words, and swap it in place.
  const order = [...ROLE_EXACT.filter((r) => r.key === old), ...ROLE_EXACT.filter((r) => r.key !== old)];
  for (const r of order) {
    for (const n of [1, 2]) {
      for (let i = 0; i + n <= words.length; i++) {
        const run = words.slice(i, i + n);
        const f = run.map((w) => (en ? w[0].toLowerCase() : fold(w[0]))).join(' ');
        if (!(en ? r.en : r.vi).test(f)) continue;
        const last = run[n - 1];
        return splice(base, [{ a: run[0]?.index ?? 0, b: (last?.index ?? 0) + (last?.[0].length ?? 0), by: en ? def.enWord : def.viWord }]);
      }
    }
  }
  // No role phrase to swap: ask the follow-up about the previous question's subject.
  const { body } = stem(base);
  const ask = stem(followUp).body.replace(/^\s*(?:the con|vay con|thế còn|vậy còn|còn|con|and|what about)\s+/iu, '');
  return `${ask.charAt(0).toUpperCase()}${ask.slice(1)}: ${body}?`;
}

function withDeadline(q: string, lang: Lang): string {
  if (DEADLINE_SUFFIX.test(q)) return q;
  const { body } = stem(q);
  return `${body}, ${isEn(lang) ? 'and by when' : 'thời hạn khi nào'}?`;
}

function withCompare(q: string, old: string[], names: string[], lang: Lang): string {
  const en = isEn(lang);
  const added = names.filter((n) => !old.some((o) => fold(o) === fold(n)));
  let out = q.replace(DEADLINE_SUFFIX, '?');
  const spans = old.flatMap((o) => spansOf(out, o)).sort((x, y) => y[1] - x[1]);
  const last = spans[0];
  if (last) out = splice(out, [{ a: last[1], b: last[1], by: ` ${en ? 'with' : 'với'} ${joinNames(added, lang)}` }]);
  else {
    const { body, end } = stem(out);
    out = `${body} ${en ? 'in' : 'ở'} ${joinNames(added, lang)}${end}`;
  }
  if ((en ? COMPARE_EN : COMPARE_VI).test(en ? out.toLowerCase() : ` ${foldedWords(out).join(' ')} `)) return out;
  // "What is the … target in X with Y?" → "Compare the … target in X with Y?"
  if (en) out = out.replace(/^\s*(?:what|which|how (?:many|much))\s+(?:is|are|was|were)\s+/i, '');
  return `${en ? 'Compare' : 'So sánh'} ${out.charAt(0).toLowerCase()}${out.slice(1)}`;
}

/**
 * How to read `text` after `prev`: a fresh question, or a follow-up rewritten into a full one.
 * Deterministic: the same history and text always give the same reading.
 */
export function readFollowUp(service: QaService, prev: Turn | undefined, text: string): Reading {
  const fresh: Reading = { kind: 'fresh', question: text };
  if (!prev) return fresh;
  const s = slots(service, text);
  const lang = prev.lang;
  const old = carried(prev);
  const elliptical = s.topic.length === 0 && s.indicators.length === 0;
  if (elliptical) {
    if (s.compare && s.localities.length) return { kind: 'compare', question: withCompare(prev.resolved, old, s.localities, lang) };
    let q = prev.resolved;
    let kind: FollowUpKind | null = null;
    if (s.localities.length) {
      q = withLocalities(q, old.length ? old : prev.localities, s.localities, lang);
      kind = 'locality';
    }
    if (s.year !== null && s.year !== prev.year) {
      q = withYear(q, s.year, lang);
      kind ??= 'year';
    }
    if (s.role && (s.role !== prev.role || DEADLINE_SUFFIX.test(q))) {
      q = withRole(q, s.role, lang, text, prev.role);
      kind ??= 'role';
    } else if (s.deadline) {
      q = withDeadline(q, lang);
      kind ??= 'deadline';
    }
    if (kind) return { kind, question: q };
    if (s.meta && old.length) return { kind: 'meta', question: withLocalities(stem(text).body + '?', [], old, s.lang) };
    return fresh;
  }
  // "còn nhà ở xã hội thì sao?": a new topic in the same place (and year, for a target).
  if (s.marker && !s.localities.length) {
    const body = stem(text).body.replace(/^\s*(?:thế còn|vậy còn|the con|vay con|còn về|con ve|còn|con|and|what about|how about)\s+/iu, '').replace(/\s+(?:thì sao|thi sao|thế nào|the nao)\s*$/iu, '');
    const en = isEn(s.lang);
    const role = ROLES.find((r) => r.key === prev.role);
    let q = body;
    if (s.indicators.length && !/\b(?:chỉ tiêu|chi tieu|target)\b/iu.test(body)) q = `${en ? 'Target for' : 'Chỉ tiêu'} ${body}`;
    // "Who leads X?" then "what about Y?": the same question about Y.
    else if (role && (prev.intent === 'responsibility' || prev.intent === 'deadline')) q = en ? `Which agency ${role.enWord} ${body}` : `Cơ quan nào ${role.viWord} ${body}`;
    q = `${q.charAt(0).toUpperCase()}${q.slice(1)}`;
    if (old.length) q += ` ${en ? 'in' : 'ở'} ${joinNames(old, s.lang)}`;
    const year = s.year ?? (s.indicators.length ? prev.year : null);
    if (year !== null && s.year === null) q += en ? ` by ${year}` : ` đến năm ${year}`;
    return { kind: 'topic', question: `${q}?` };
  }
  return fresh;
}

/** What a turn established, from the question asked and the engine's answer. */
export function turnOf(service: QaService, asked: string, resolved: string, answer: Answer): Turn {
  const lang = service.language(resolved);
  const cited = [...new Set(answer.citations.map((c) => c.locality).filter(Boolean))];
  return {
    asked,
    resolved,
    lang,
    localities: service.localities(resolved),
    cited,
    indicators: service.indicators(resolved),
    role: roleOf(resolved, lang),
    year: yearOf(resolved),
    intent: answer.intent,
    abstained: answer.abstained,
  };
}

const SAY = {
  reading: { vi: 'Hiểu câu hỏi là: ', en: 'Read as: ' },
  clarify: {
    vi: 'Câu hỏi chưa nêu địa phương, nên đã trả lời cho tất cả. Bạn muốn xem riêng địa phương nào?',
    en: 'The question names no locality, so this answers for all. Which locality do you mean?',
  },
} as const;

const langKey = (lang: Lang): 'vi' | 'en' => (isEn(lang) ? 'en' : 'vi');

/** Localities in corpus order, without repeats. */
function corpusLocalities(service: QaService): string[] {
  return [...new Set(service.documents().map((d) => d.locality).filter((x): x is string => Boolean(x)))];
}

/** 2–4 follow-ups worth asking next, in the question's language; none after an abstention. */
export function suggest(service: QaService, turn: Turn): string[] {
  if (turn.abstained) return [];
  const en = isEn(turn.lang);
  const here = new Set([...turn.localities, ...turn.cited].map(fold));
  let others = corpusLocalities(service).filter((l) => !here.has(fold(l)));
  const ind = turn.indicators[0];
  if (ind) {
    // Only places that set the same indicator: the follow-up then has an answer.
    const setting = new Set(service.compare(ind).map((t) => fold(t.locality ?? '')));
    others = others.filter((l) => setting.has(fold(l)));
  }
  const out: string[] = [];
  const place = others[0];
  const scoped = turn.localities.length > 0 || turn.cited.length === 1;
  if (place && scoped) out.push(en ? `And in ${place}?` : `Còn ${place} thì sao?`);
  if ((turn.intent === 'target' || turn.intent === 'compare') && ind) {
    const other = others[1] ?? others[0];
    if (other && scoped) out.push(en ? `Compare with ${other}` : `So sánh với ${other}`);
    // Only a year some plan of these places sets: the follow-up then has an answer.
    if (turn.year !== 2045 && service.targetYears(ind, [...turn.localities, ...turn.cited]).includes(2045)) out.push(en ? 'What about 2045?' : 'Năm 2045 thì sao?');
  }
  if (turn.intent === 'responsibility' || turn.intent === 'deadline') {
    if (turn.role !== 'coordinate') out.push(en ? 'Who coordinates?' : 'Ai phối hợp?');
    else out.push(en ? 'Who leads?' : 'Ai chủ trì?');
    if (turn.intent !== 'deadline') out.push(en ? 'When is the deadline?' : 'Thời hạn khi nào?');
  }
  if (turn.intent === 'content' && scoped) out.push(en ? 'Who leads this?' : 'Ai chủ trì việc này?');
  if (out.length < 2 && others[1] && scoped) out.push(en ? `And in ${others[1]}?` : `Còn ${others[1]} thì sao?`);
  return out.slice(0, 4);
}

/**
 * Localities to choose from when the question named none and the answer covers several
 * places (a topic several plans set): the choices are the same question in each place.
 */
export function choicesFor(turn: Turn, answer: Answer): Choice[] {
  if (answer.abstained || turn.localities.length || turn.cited.length < 2) return [];
  return turn.cited.map((l) => ({ label: l, question: withLocalities(turn.resolved, [], [l], turn.lang) }));
}

export interface ConverseResult {
  answer: ConversationAnswer;
  turn: Turn;
}

/**
 * Answer `text` in the light of `history` (oldest first): read it (fresh or a rewritten
 * follow-up), ask the engine, and return the answer with its reading, clarifying choices and
 * suggestions, plus the turn to remember.
 */
export function converse(service: QaService, history: readonly Turn[], text: string, opts: AskOptions = {}): ConverseResult {
  const prev = history[history.length - 1];
  // A caller's explicit locality scopes the question: no carrying over.
  const reading = opts.locality ? { kind: 'fresh' as const, question: text } : readFollowUp(service, prev, text);
  const answer = service.ask(reading.question, opts);
  const turn = turnOf(service, text, reading.question, answer);
  const lang = langKey(reading.kind === 'fresh' ? turn.lang : service.language(text));
  const out: ConversationAnswer = { ...answer };
  if (reading.kind !== 'fresh') {
    out.question = text;
    out.resolved = reading.question;
    out.reading = `${SAY.reading[lang]}${reading.question}`;
  }
  const choices = choicesFor(turn, answer);
  if (choices.length) {
    out.clarify = SAY.clarify[langKey(turn.lang)];
    out.choices = choices;
  }
  const suggestions = suggest(service, turn);
  if (suggestions.length >= 2) out.suggestions = suggestions;
  return { answer: out, turn };
}
