/**
 * npx tsx test/bank/generate.ts — the generated half of the question bank.
 *
 * One or more questions per extracted target, responsibility, deadline, document fact and
 * outline heading of index/, worded many ways (Vietnamese with and without diacritics, English,
 * abbreviations, chat style, a typo now and then) by a seeded RNG, plus comparisons and
 * near-miss questions the corpus does not answer. Every gold quote is cut from the scorer's view
 * of the cited source lines and must be unique in its document; rows whose fact cannot be found
 * in those lines are dropped (and counted in the summary printed at the end).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalSetSchema, type EvalItem } from '../../src/evaluation/score.js';
import { foldVi, goldProblems } from '../../src/evaluation/bank.js';
import type { DocMeta, Responsibility, SectionInfo, Target } from '../../src/types.js';
import { ROOT } from '../../src/store.js';
import { clean, count, cut, findIn, growUnique, sourceView, span, type SourceView } from './source.js';
import { INDICATOR_WORDS, OFF_TOPIC, OTHER_PLACES, ROLE_WORDS, UNASSIGNED_AGENCIES } from './vocab.js';

type Lang = 'vi' | 'vi-noaccent' | 'en';
interface Expect {
  source: string;
  quote: string;
  answer_contains: string[];
}

// ---------- seeded randomness ----------
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20241124);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const chance = (p: number): boolean => rand() < p;
function pickLang(w = { vi: 0.5, 'vi-noaccent': 0.25, en: 0.25 }): Lang {
  const r = rand();
  return r < w.vi ? 'vi' : r < w.vi + w['vi-noaccent'] ? 'vi-noaccent' : 'en';
}

// ---------- data ----------
const corpus = JSON.parse(readFileSync(join(ROOT, 'index', 'corpus.json'), 'utf8')) as {
  documents: { meta: DocMeta; sections: SectionInfo[] }[];
};
const targets = JSON.parse(readFileSync(join(ROOT, 'index', 'targets.json'), 'utf8')) as Target[];
const resps = JSON.parse(readFileSync(join(ROOT, 'index', 'responsibilities.json'), 'utf8')) as Responsibility[];
const rawOf = new Map<string, string>();
const views = new Map<string, SourceView>();
for (const d of corpus.documents) {
  const raw = readFileSync(join(ROOT, 'seeds', d.meta.source), 'utf8');
  rawOf.set(d.meta.source, raw);
  views.set(d.meta.source, sourceView(d.meta.source, raw));
}
const metaOf = new Map(corpus.documents.map((d) => [d.meta.source, d.meta]));

const dropped: Record<string, string[]> = {};
function drop(kind: string, why: string): null {
  (dropped[kind] ??= []).push(why);
  return null;
}

// ---------- wording helpers ----------
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** How a person names the plan's place: "huyện Tuy Phước", "Tuy Phước", "TX Đức Phổ", "tỉnh Tây Ninh". */
function placeVi(m: DocMeta): string {
  const loc = m.locality ?? '';
  const lv = m.level ?? '';
  const forms: string[] = [loc];
  if (lv === 'huyện') forms.push(`huyện ${loc}`, `huyện ${loc}`, `H. ${loc}`);
  if (lv === 'thị xã') forms.push(`thị xã ${loc}`, `thị xã ${loc}`, `TX ${loc}`);
  if (lv === 'thành phố') forms.push(`thành phố ${loc}`, `TP ${loc}`);
  if (lv === 'tỉnh') forms.push(`tỉnh ${loc}`, `tỉnh ${loc}`);
  if (lv === 'MTTQ tỉnh') forms.push(`tỉnh ${loc}`, `MTTQ tỉnh ${loc}`, `Mặt trận tỉnh ${loc}`);
  return pick(forms);
}

function placeEn(m: DocMeta): string {
  const loc = chance(0.3) ? foldVi(m.locality ?? '') : (m.locality ?? '');
  const lv = m.level ?? '';
  const forms = [loc, loc];
  if (lv === 'huyện') forms.push(`${loc} district`);
  if (lv === 'thị xã') forms.push(`${loc} town`);
  if (lv === 'tỉnh') forms.push(`${loc} province`);
  if (lv === 'MTTQ tỉnh') forms.push(`the ${loc} Fatherland Front`, `${loc} province`);
  return pick(forms);
}

function kindVi(m: DocMeta): string {
  return pick(m.kind === 'Chương trình hành động' ? ['chương trình hành động', 'chương trình', 'CTHĐ', 'văn bản'] : ['kế hoạch', 'kế hoạch', 'KH', 'văn bản']);
}
function kindEn(m: DocMeta): string {
  return m.kind === 'Chương trình hành động' ? pick(['action programme', 'programme', 'plan']) : 'plan';
}
const RES_VI = ['Nghị quyết 42', 'NQ 42', 'nghị quyết 42', 'NQ42', 'Nghị quyết số 42-NQ/TW'];
const RES_EN = ['Resolution 42', 'Resolution 42-NQ/TW', 'NQ 42'];

/** One typo: two neighbouring letters swapped inside a longer word that is not a name. */
function typo(q: string, keep: string[]): string {
  const words = q.split(' ');
  const keepLower = keep.join(' ').toLowerCase();
  const idx = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{Ll}{5,}$/u.test(w) && !keepLower.includes(w.toLowerCase()));
  if (!idx.length) return q;
  const [w, i] = pick(idx);
  const j = 1 + Math.floor(rand() * (w.length - 3));
  words[i] = w.slice(0, j) + (w[j + 1] ?? '') + (w[j] ?? '') + w.slice(j + 2);
  return words.join(' ');
}

/** Finish a Vietnamese question in the language asked: as is, or folded (often lower-cased, no '?'). */
function finish(q: string, lang: Lang, keep: string[], typoP = 0.08): string {
  let out = q.replace(/\s+/g, ' ').trim();
  if (lang === 'vi-noaccent') {
    out = foldVi(out);
    if (chance(0.6)) out = out.toLowerCase();
    if (chance(0.4)) out = out.replace(/\?$/, '');
  }
  if (lang !== 'en' && chance(typoP)) out = typo(out, keep.map(foldVi).concat(keep));
  return out;
}

// ---------- gold cutting ----------
function valueForms(v: string): string[] {
  return [v, v.replace(/(\d)%/, '$1 %'), v.replace(/(\d)-(\d)/, '$1 - $2'), v.replace(/(\d) ?- ?(\d)/, '$1-$2')];
}

interface TargetGold {
  t: Target;
  meta: DocMeta;
  expect: Expect;
}

function targetGold(t: Target): TargetGold | null {
  const v = views.get(t.source);
  const meta = metaOf.get(t.source);
  if (!v || !meta) return drop('target', `${t.id}: unknown source`);
  const [s0, e0] = span(v, t.lines[0], t.lines[1]);
  const clause = clean(t.text).replace(/[.;,]+$/, '');
  const at = findIn(v, clause, s0, e0);
  if (at < 0) return drop('target', `${t.id}: clause "${clause.slice(0, 60)}" not in lines ${t.lines.join('-')}`);
  let vAt = -1;
  let vText = '';
  for (const f of valueForms(t.valueText)) {
    vAt = findIn(v, f, at, at + clause.length);
    if (vAt >= 0) {
      vText = v.text.slice(vAt, vAt + f.length);
      break;
    }
  }
  if (vAt < 0) return drop('target', `${t.id}: value "${t.valueText}" not in its clause`);
  // The clause, or a window of it around the value when it is long; then unique in the document.
  let s = at;
  let e = at + clause.length;
  if (e - s > 110) {
    s = Math.max(at, vAt - 45);
    e = Math.min(at + clause.length, vAt + vText.length + 60);
  }
  const g = growUnique(v, s, e, s0, e0, 220);
  if (!g) return drop('target', `${t.id}: no unique quote around "${clause.slice(0, 50)}"`);
  return { t, meta, expect: { source: t.source, quote: cut(v, g[0], g[1]), answer_contains: [vText] } };
}

/** The agency as a person would expect it named: the first body of a long list. */
function shortAgency(a: string): string {
  let x = a.split(';')[0]!.trim();
  if (x.length > 40 && x.includes(',')) x = x.split(',')[0]!.trim();
  const [head] = x.split(/ và các /u);
  if (head && head !== x && head.split(' ').length >= 3) x = head;
  return x;
}

function respGold(r: Responsibility): { r: Responsibility; meta: DocMeta; expect: Expect; unique: boolean } | null {
  const v = views.get(r.source);
  const meta = metaOf.get(r.source);
  if (!v || !meta) return drop('responsibility', `${r.id}: unknown source`);
  if (clean(r.agency).split(" ").length < 3 || /^(các )?(cơ quan|đơn vị)$/iu.test(clean(r.agency))) return drop('responsibility', `${r.id}: agency "${r.agency}" is not a body's name (cut short?)`);
  const [s0, e0] = span(v, r.lines[0], r.lines[1]);
  const at = findIn(v, r.agency, s0, e0);
  const lo = s0;
  if (at < 0) {
    // A heading that names the agency above its tasks ("1. Ban Tuyên giáo Tỉnh ủy" then the task lines).
    const heading = clean(r.section.split(' > ').pop() ?? '').replace(/^[\dIVX]+[.)]?\s*/, '');
    if (heading.toLowerCase() !== clean(r.agency).toLowerCase()) return drop('responsibility', `${r.id}: agency "${r.agency.slice(0, 50)}" not in lines ${r.lines.join('-')} nor their heading`);
    const head = clean(r.task).split(' ').slice(0, 5).join(' ');
    const tAt = findIn(v, head, s0, e0);
    const g0 = tAt >= 0 ? tAt : s0;
    const g = growUnique(v, g0, Math.min(e0, g0 + 40), g0, e0, 160);
    if (!g) return drop('responsibility', `${r.id}: task lines not unique`);
    const agency = shortAgency(clean(r.agency));
    if (count(v, agency) === 0) return drop('responsibility', `${r.id}: agency not in the text`);
    return { r, meta, expect: { source: r.source, quote: cut(v, g[0], g[1]), answer_contains: [agency] }, unique: true };
  }
  // The agency stands alone on a heading line above the task ("4. Ban cán sự đảng …"): quote the
  // task lines below it, as a citation of the task bullet would.
  for (let n = r.lines[0]; n < r.lines[1]; n++) {
    const [ls, le] = v.line(n);
    if (!(at >= ls && at < le)) continue;
    if (clean(v.text.slice(ls, le)).replace(/^[\dIVX]+[.)]\s*/, '').toLowerCase() !== clean(r.agency).toLowerCase()) break;
    const [ts, te] = span(v, n + 1, r.lines[1]);
    const head = clean(r.task).split(' ').slice(0, 5).join(' ');
    const tAt = findIn(v, head, ts, te);
    const g0 = tAt >= 0 ? tAt : ts;
    const g = te > ts ? growUnique(v, g0, Math.min(te, g0 + 40), g0, te, 160) : null;
    if (!g) break;
    return { r, meta, expect: { source: r.source, quote: cut(v, g[0], g[1]), answer_contains: [shortAgency(clean(r.agency))] }, unique: true };
  }
  const agency = shortAgency(v.text.slice(at, at + clean(r.agency).length));
  let e = at + clean(r.agency).length;
  for (let k = 0; k < 4 && e < e0; k++) {
    const nx = v.text.indexOf(' ', e + 1);
    e = nx < 0 || nx > e0 ? e0 : nx;
  }
  const g = growUnique(v, at, e, lo, e0, 200);
  const [gs, ge] = g ?? [at, e];
  return { r, meta, expect: { source: r.source, quote: cut(v, gs, ge), answer_contains: [agency] }, unique: !!g };
}

/**
 * Gold for a deadline: the sentence that states it, when it is unique in the document; else that
 * sentence plus a unique piece of the task's own lines (both must be cited, so a citation of
 * another task that shares the deadline wording does not pass); else the bare sentence (`unique`
 * false: the caller keeps only a couple of those).
 */
function deadlineGold(rows: Responsibility[]): { expects: Expect[]; unique: boolean } | null {
  const r = rows[0]!;
  const v = views.get(r.source);
  if (!v || !r.deadline || !r.deadlineLines) return null;
  if (r.deadlineLines[1] < r.lines[0]) return drop('deadline', `${r.id}: deadline at lines ${r.deadlineLines.join('-')} stands before the task (lines ${r.lines.join('-')}): belongs to another item`);
  const [s0, e0] = span(v, r.deadlineLines[0], r.deadlineLines[1]);
  const dl = clean(r.deadline.text);
  const at = findIn(v, dl, s0, e0);
  if (at < 0) return drop('deadline', `${r.id}: deadline "${dl}" not in lines ${r.deadlineLines.join('-')}`);
  const answer = v.text.slice(at, at + dl.length).replace(/^trong /i, '');
  const whole = e0 - s0 < 100;
  const [ws, we] = whole ? [s0, e0] : [at, at + dl.length];
  const own = growUnique(v, ws, we, s0, e0, 200, 'left');
  if (own) return { expects: [{ source: r.source, quote: cut(v, own[0], own[1]), answer_contains: [answer] }], unique: true };
  const sentence: Expect = { source: r.source, quote: cut(v, ws, we), answer_contains: [answer] };
  for (const x of rows) {
    // The task's last line first (the bullet under a heading), then its whole lines.
    const [a0, a1] = span(v, x.lines[0], x.lines[1]);
    const l0 = span(v, x.lines[1], x.lines[1])[0];
    const g = growUnique(v, l0, Math.min(a1, l0 + 40), l0, a1, 160) ?? growUnique(v, a0, Math.min(a1, a0 + 40), a0, a1, 160);
    if (g) return { expects: [sentence, { source: r.source, quote: cut(v, g[0], g[1]), answer_contains: [] }], unique: true };
  }
  return { expects: [sentence], unique: false };
}

// ---------- items ----------
const items: EvalItem[] = [];
const seen = new Set<string>();
function add(intent: string, lang: Lang, make: () => string, expect: EvalItem['expect'], expect_all?: Expect[]): void {
  for (let k = 0; k < 8; k++) {
    // "thực hiện thực hiện", "việc việc": a role word meeting the same word at the task's start.
    const q = make().replace(/(^|\s)(\p{L}+(?: \p{L}+)?) \2(?=[\s?,.]|$)/gu, '$1$2');
    const key = foldVi(q.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const it: EvalItem = { id: '', question: q, lang, intent, ...(expect ? { expect } : {}), ...(expect_all ? { expect_all } : {}) };
    items.push(it);
    return;
  }
}

function indicatorName(key: string, lang: Lang, chat = false): string {
  const w = INDICATOR_WORDS[key];
  if (!w) throw new Error(`no words for indicator ${key}`);
  if (lang === 'en') return pick(w.en);
  if (w.abbr && chance(chat ? 0.6 : 0.3)) return pick(w.abbr);
  return pick(w.vi);
}

// Targets
const targetGolds = targets.filter((t) => !t.vision).map(targetGold).filter((g): g is TargetGold => !!g);
function targetQuestion(g: TargetGold, lang: Lang): string {
  const m = g.meta;
  const pct = g.t.unit === '%';
  if (lang === 'en') {
    const P = placeEn(m);
    const I = indicatorName(g.t.indicator, 'en');
    return pick([
      `What is ${P}'s ${I} target for ${g.t.year}?`,
      `What ${I} does ${P} aim for by ${g.t.year}?`,
      `${cap(I)} target in ${P}?`,
      `How high should ${I} be in ${P} by ${g.t.year}?`,
      `Under ${pick(RES_EN)}, what target did ${P} set for ${I}?`,
      `What does the ${P} ${kindEn(m)} say about ${I}?`,
      `In ${P}, what is the goal for ${I}?`,
      `${P}: ${I} by ${g.t.year}?`,
    ]);
  }
  const chat = chance(0.2);
  const P = placeVi(m);
  const I = indicatorName(g.t.indicator, lang, chat);
  const K = kindVi(m);
  const Y = pick([`${g.t.year}`, `năm ${g.t.year}`, `đến ${g.t.year}`, `đến năm ${g.t.year}`]);
  if (chat) return pick([`${I} ${P} ${g.t.year}?`, `${I} ${P} bao nhiêu`, `chỉ tiêu ${I} ${P}`, `${I} ở ${P} bn?`, `${P} ${I} mục tiêu?`]).toLowerCase();
  return pick([
    `${cap(P)} đặt chỉ tiêu ${I} ${Y} là bao nhiêu?`,
    `Chỉ tiêu ${I} của ${P} ${Y}?`,
    `${cap(Y)}, ${I} ở ${P} phấn đấu đạt mức nào?`,
    `${cap(K)} của ${P} đề ra mục tiêu gì về ${I}?`,
    `Cho mình hỏi ${P} phấn đấu ${I} đạt bao nhiêu vào ${g.t.year}?`,
    `Theo ${pick(RES_VI)}, ${P} đặt mục tiêu ${I} thế nào?`,
    `Mục tiêu về ${I} trong ${K} thực hiện ${pick(RES_VI)} của ${P} là gì?`,
    pct ? `${cap(P)} muốn ${I} đạt bao nhiêu phần trăm?` : `${cap(P)} đặt mục tiêu ${I} là bao nhiêu?`,
    `Trong ${K} của ${P}, ${I} được đặt ở mức nào?`,
    `${cap(P)}: ${I} ${Y} bao nhiêu?`,
    `Ở ${P}, ${I} phải đạt bao nhiêu ${Y}?`,
  ]);
}
for (const g of targetGolds) {
  const langs: Lang[] = [pickLang()];
  if (chance(0.45)) {
    let l2 = pickLang();
    if (l2 === langs[0]) l2 = langs[0] === 'en' ? 'vi' : 'en';
    langs.push(l2);
  }
  for (const lang of langs) {
    add('target', lang, () => finish(targetQuestion(g, lang), lang, [g.meta.locality ?? '']), g.expect);
  }
}

// Compare: one expect per locality that sets the indicator (its first target).
const byIndicator = new Map<string, TargetGold[]>();
for (const g of targetGolds) {
  const list = byIndicator.get(g.t.indicator) ?? [];
  if (!list.some((x) => x.t.locality === g.t.locality)) list.push(g);
  byIndicator.set(g.t.indicator, list);
}
for (const [key, list] of byIndicator) {
  if (list.length < 2) continue;
  const all = list.map((g) => g.expect);
  const lang = pickLang({ vi: 0.5, 'vi-noaccent': 0.2, en: 0.3 });
  add('compare', lang, () => {
    if (lang === 'en') {
      const I = indicatorName(key, 'en');
      return pick([`Compare the ${I} targets of all localities.`, `Which locality set the highest ${I} target?`, `How do the plans differ on ${I}?`, `${cap(I)} targets across the plans?`]);
    }
    const I = indicatorName(key, lang);
    return finish(pick([`So sánh chỉ tiêu ${I} giữa các địa phương`, `Địa phương nào đặt chỉ tiêu ${I} cao nhất?`, `Các kế hoạch đặt ${I} khác nhau thế nào?`, `${cap(I)} của các tỉnh, huyện đặt bao nhiêu?`, `so sánh ${I} các địa phương`]), lang, []);
  }, undefined, all);
  if (list.length >= 3 && chance(0.7)) {
    const [a, b] = [...list].sort(() => rand() - 0.5);
    if (!a || !b) continue;
    const l2 = pickLang({ vi: 0.55, 'vi-noaccent': 0.2, en: 0.25 });
    add('compare', l2, () => {
      if (l2 === 'en') return pick([`Compare ${indicatorName(key, 'en')} in ${placeEn(a.meta)} and ${placeEn(b.meta)}.`, `Is the ${indicatorName(key, 'en')} target higher in ${placeEn(a.meta)} or ${placeEn(b.meta)}?`]);
      const I = indicatorName(key, l2);
      return finish(pick([`So sánh ${I} của ${placeVi(a.meta)} và ${placeVi(b.meta)}`, `${cap(I)}: ${placeVi(a.meta)} hay ${placeVi(b.meta)} đặt cao hơn?`, `${placeVi(a.meta)} với ${placeVi(b.meta)}, nơi nào đặt ${I} cao hơn?`]), l2, [a.meta.locality ?? '', b.meta.locality ?? '']);
    }, undefined, [a.expect, b.expect]);
  }
}

// Responsibilities
/** A short task phrase a person would type, from the extracted task: whole clauses, no dangling word. */
const LEAD_IN = [
  /^(chủ trì|phối hợp|tham mưu|giao|lãnh đạo|chỉ đạo|tăng cường lãnh đạo)(,? (chủ trì|phối hợp|chỉ đạo|lãnh đạo|tham mưu))*( với (các |chi bộ)?[^;]*?(liên quan|thành viên|cùng cấp|chi bộ))?[, ]*/iu,
  /^(lồng ghép với nhiệm vụ của [^,]+|căn cứ (chức năng, nhiệm vụ|tình hình thực tế)|theo chức năng, nhiệm vụ|tập trung)[, ]*/iu,
];
const DANGLING = /\s+(và|của|về|với|các|cho|trong|để|nhằm|việc|đến|từ|theo|tại|là|có|được|những|một|đề)$/iu;

/**
 * The first whole clauses of a text, about `max` words at most: the whole text when short, else
 * up to a comma, else up to a function word (never through the middle of a compound word).
 */
const FUNCTION_WORD = /^(và|của|về|với|trong|theo|để|cho|tại|nhằm|đến|từ|trên|đối|gắn)$/iu;
export function clausePrefix(text: string, max = 12): string {
  const words = text.split(/\s+/).filter(Boolean);
  let out = words;
  if (words.length > max + 8) {
    let cutAt = -1;
    for (let i = 3; i < Math.min(words.length, max + 2); i++) if (/[,;]$/.test(words[i] ?? '')) cutAt = i + 1;
    if (cutAt < 0) {
      for (let i = Math.min(words.length, max + 6) - 1; i >= 5; i--) {
        if (FUNCTION_WORD.test(words[i] ?? '')) {
          cutAt = i;
          break;
        }
      }
    }
    out = words.slice(0, cutAt > 0 ? cutAt : max);
  }
  let p = out.join(' ').replace(/[,;:.]$/, '');
  for (let k = 0; k < 3; k++) p = p.replace(DANGLING, '');
  return p;
}

function taskPhrase(r: Responsibility): string | null {
  let t = r.task.includes(' > ') ? (r.task.split(' > ').pop() ?? '') : r.task;
  t = t.replace(/^\d+(\.\d+)*\.?\s+/, '').replace(/…$/, '').replace(/\s*\([^)]*\)/g, '');
  const before = t;
  for (let k = 0; k < 3; k++) for (const re of LEAD_IN) t = t.replace(re, '');
  // "Phối hợp với Ban X …": the partner is the point of the task; keep the verb with it.
  if (/^với\s/iu.test(t)) t = before.replace(/^[^,]*?(?=với\s)/iu, (m) => m.trim() + ' ');
  t = t.replace(/^việc\s+/iu, '');
  t = (t.split(/[;.(:]/)[0] ?? '').trim();
  const p = clausePrefix(t);
  if (p.split(' ').length < 3) return null;
  return /^\p{Lu}\p{Ll}/u.test(p) ? p.charAt(0).toLowerCase() + p.slice(1) : p;
}
/** Whether the phrase starts with a body being directed ("UBND thị xã xây dựng…") rather than a verb. */
const startsWithBody = (task: string): boolean => /^(ủy ban|ubnd|hội đồng|ban |các |mặt trận|đảng)/iu.test(task);

const TOPICS_EN: [RegExp, string][] = [
  [/tuyên truyền|quán triệt|học tập|nhận thức/i, 'communication and study of the resolution'],
  [/người có công/i, 'policies for people with meritorious service'],
  [/giảm nghèo|người nghèo/i, 'poverty reduction'],
  [/phản biện/i, 'social criticism of draft policies'],
  [/giám sát/i, 'supervision of social policy'],
  [/báo cáo/i, 'reporting results'],
  [/an sinh/i, 'the social security system'],
  [/thị trường lao động|việc làm|nhân lực/i, 'the labour market and jobs'],
  [/phúc lợi|dịch vụ xã hội/i, 'social welfare and services'],
  [/hợp tác|nguồn lực/i, 'mobilising resources and cooperation'],
  [/quản lý nhà nước/i, 'state management of social policy'],
  [/kế hoạch/i, 'drawing up the implementation plan'],
  [/nhà ở/i, 'housing'],
  [/môi trường/i, 'environmental protection'],
  [/thông tin/i, 'access to information'],
  [/tín dụng/i, 'policy credit'],
  [/giáo dục|đào tạo/i, 'education and training'],
  [/trợ giúp xã hội|trẻ em|người khuyết tật/i, 'social assistance services'],
];
function topicEn(phrase: string): string | null {
  for (const [re, en] of TOPICS_EN) if (re.test(phrase)) return en;
  return null;
}
/**
 * An English name for the task when it names one body's task in that document; otherwise the
 * Vietnamese phrase in quotes (as an English-speaking user reading the plan would paste it).
 */
function taskEn(phrase: string, r: Responsibility): string {
  const topic = topicEn(phrase);
  if (!topic) return `"${phrase}"`;
  if (r.role === 'report') return `"${phrase}"`;
  // Any role: neutral questions ("who is responsible for …") must still have one answer.
  const bodies = new Set(resps.filter((x) => x.source === r.source && topicEn(taskPhrase(x) ?? '') === topic).map((x) => shortAgency(clean(x.agency))));
  return bodies.size === 1 ? topic : `"${phrase}"`;
}

const respGolds = resps.map(respGold).filter((g): g is NonNullable<ReturnType<typeof respGold>> => !!g);
const nonUniqueSeen = new Map<string, number>();
for (const g of respGolds) {
  const { r, meta } = g;
  const task = taskPhrase(r);
  if (!task) {
    drop('responsibility', `${r.id}: no usable task phrase in "${r.task.slice(0, 50)}"`);
    continue;
  }
  if (/^giao\s/iu.test(clean(r.task))) {
    drop('responsibility', `${r.id}: a delegation ("${r.task.slice(0, 40)}"), not a task`);
    continue;
  }
  if (!g.unique) {
    // The same sentence assigns the same agency to many tasks (e.g. "Cơ quan chỉ đạo: …"):
    // such a gold cannot tell tasks apart, so keep only a couple of them.
    const k = `${r.source}|${g.expect.quote.toLowerCase()}`;
    const n = nonUniqueSeen.get(k) ?? 0;
    nonUniqueSeen.set(k, n + 1);
    if (n >= 2) continue;
  }
  const sameTask = resps.filter((x) => x.source === r.source && x.task === r.task);
  const neutralOk = sameTask.length === 1 && !startsWithBody(task);
  const n = chance(0.35) ? 2 : 1;
  for (let k = 0; k < n; k++) {
    const lang = pickLang();
    add('responsibility', lang, () => {
      const rw = ROLE_WORDS[r.role] ?? ROLE_WORDS.execute!;
      if (lang === 'en') {
        const P = placeEn(meta);
        const T = taskEn(task, r);
        const R = pick(rw.en);
        
        return pick([
          `Which agency ${R} ${T} in ${P}?`,
          `In ${P}, who ${R} ${T}?`,
          `Who ${R} ${T} under the ${P} ${kindEn(meta)}?`,
          ...(neutralOk ? [`Who is responsible for ${T} in ${P}?`] : []),
        ]);
      }
      const P = placeVi(meta);
      const R = pick(rw.vi);
      const chat = chance(0.15);
      const q = chat
        ? pick([`ai ${R} ${task} ${P}`, `${task} ${P} ai ${R}?`, `cơ quan ${R} ${task} ở ${P}?`]).toLowerCase()
        : pick([
            `Cơ quan nào ${R} ${task} ở ${P}?`,
            `Ở ${P}, ai ${R} việc ${task}?`,
            `Đơn vị nào ${R} ${task} theo ${kindVi(meta)} của ${P}?`,
            `${cap(P)} giao cho cơ quan nào ${R} ${task}?`,
            `Việc ${task} ở ${P} do cơ quan nào ${R}?`,
            `Theo ${kindVi(meta)} thực hiện ${pick(RES_VI)} của ${P}, ai ${R} ${task}?`,
            ...(neutralOk ? [`Ai chịu trách nhiệm ${task} tại ${P}?`, `Ở ${P}, ai lo việc ${task}?`] : []),
          ]);
      return finish(q, lang, [meta.locality ?? '']);
    }, g.expect);
  }
}

// Deadlines: one per task and deadline line (rows of one task share it).
const deadlineDone = new Set<string>();
for (const r of resps) {
  if (!r.deadline || !r.deadlineLines) continue;
  const key = `${r.source}|${r.deadlineLines.join('-')}|${r.task}`;
  if (deadlineDone.has(key)) continue;
  deadlineDone.add(key);
  const rows = resps.filter((x) => `${x.source}|${x.deadlineLines?.join('-')}|${x.task}` === key);
  const g = deadlineGold(rows);
  if (!g) continue;
  if (!g.unique) {
    const k = `${r.source}|${g.expects[0]!.quote.toLowerCase()}`;
    const n = nonUniqueSeen.get(k) ?? 0;
    nonUniqueSeen.set(k, n + 1);
    if (n >= 2) {
      drop('deadline', `${r.id}: deadline sentence "${g.expects[0]!.quote}" closes several tasks and their lines are alike (kept 2)`);
      continue;
    }
  }
  const [single, ...rest] = g.expects;
  const e = rest.length ? undefined : single;
  const all = rest.length ? g.expects : undefined;
  const meta = metaOf.get(r.source)!;
  const task = taskPhrase(r);
  if (!task) {
    drop('deadline', `${r.id}: no usable task phrase`);
    continue;
  }
  const n = chance(0.5) ? 2 : 1;
  for (let k = 0; k < n; k++) {
    const lang = pickLang();
    add('deadline', lang, () => {
      if (lang === 'en') {
        const P = placeEn(meta);
        const T = taskEn(task, r);
        return pick([`When must ${P} complete ${T}?`, `What is the deadline for ${T} in ${P}?`, `By when should ${T} be done in ${P}?`, `Timeline for ${T} in the ${P} ${kindEn(meta)}?`]);
      }
      const P = placeVi(meta);
      const q = pick([
        `Khi nào ${P} phải hoàn thành việc ${task}?`,
        `Thời hạn ${task} ở ${P} là khi nào?`,
        `Thời gian thực hiện nhiệm vụ ${task} của ${P}?`,
        `Mốc thời gian cho việc ${task} trong ${kindVi(meta)} của ${P}?`,
        `${task} ${P} hạn khi nào`,
        `Ở ${P}, việc ${task} phải xong khi nào?`,
        `${cap(kindVi(meta))} của ${P} giao thời hạn nào cho việc ${task}?`,
      ]);
      return finish(q, lang, [meta.locality ?? '']);
    }, e, all);
  }
}

// Document facts: signer, number, issuer, date, kind, references.
function metaExpect(m: DocMeta, fact: string, lines?: [number, number], answer = fact, maxLine = 60): Expect | null {
  const v = views.get(m.source)!;
  const [s0, e0] = lines ? span(v, lines[0], lines[1]) : span(v, 1, Math.min(maxLine, v.lineCount));
  const at = findIn(v, fact, s0, e0);
  if (at < 0) return drop('metadata', `${m.source}: "${fact}" not in the text`);
  const g = growUnique(v, at, at + clean(fact).length, s0, e0, 160);
  const [s, e] = g ?? [at, at + clean(fact).length];
  const ans = findIn(v, answer, s, e) >= 0 ? v.text.slice(findIn(v, answer, s, e), findIn(v, answer, s, e) + clean(answer).length) : answer;
  return { source: m.source, quote: cut(v, s, e), answer_contains: [ans] };
}

function metaItems(m: DocMeta): void {
  const loc = m.locality ?? '';
  const ask = (e: Expect | null, vi: string[], en: string[], n = 2): void => {
    if (!e) return;
    for (let k = 0; k < n; k++) {
      const lang = pickLang();
      add('metadata', lang, () => {
        if (lang === 'en') return pick(en).replace(/\{P\}/g, placeEn(m)).replace(/\{K\}/g, kindEn(m));
        return finish(pick(vi).replace(/\{P\}/g, placeVi(m)).replace(/\{K\}/g, kindVi(m)).replace(/\{N\}/g, pick(RES_VI)), lang, [loc]);
      }, e);
    }
  };
  if (m.signer && m.signerLines && m.origin.signer === 'text') {
    ask(metaExpect(m, m.signer, m.signerLines), ['Ai ký {K} thực hiện {N} của {P}?', 'Người ký ban hành {K} của {P} là ai?', '{K} {P} do ai ký', 'Đồng chí nào ký {K} về chính sách xã hội ở {P}?'], ['Who signed the {P} {K}?', 'Whose signature is on the {P} {K}?'], 3);
  }
  if (m.number && m.origin.number === 'text') {
    ask(metaExpect(m, m.number), ['{K} của {P} có số hiệu là gì?', 'Số của {K} thực hiện {N} ở {P}?', '{K} {P} số mấy?'], ['What is the number of the {P} {K}?', 'Which document number does the {P} {K} carry?']);
  }
  if (m.issuingBody && m.origin.issuingBody === 'text') {
    ask(metaExpect(m, m.issuingBody, undefined, m.issuingBody, m.lineCount), ['Cơ quan nào ban hành {K} thực hiện {N} của {P}?', '{K} về chính sách xã hội của {P} do ai ban hành?', 'Ai ban hành {K} của {P}?'], ['Which body issued the {P} {K}?', 'Who issued the {K} of {P}?']);
  }
  if (m.date && m.origin.date === 'text') {
    const [y, mo, d] = m.date.split('-').map(Number);
    const forms = d ? [`${d}/${mo}/${y}`, `ngày ${d} tháng ${mo} năm ${y}`] : mo ? [`tháng ${mo} năm ${y}`, `${mo}/${y}`] : [`${y}`];
    const v = views.get(m.source)!;
    const form = forms.find((f) => findIn(v, f, 0, v.text.length) >= 0);
    const e = form ? metaExpect(m, form, undefined, form, m.lineCount) : drop('metadata', `${m.source}: date ${m.date} not written in the text`);
    ask(e, ['{K} của {P} ban hành khi nào?', '{K} thực hiện {N} của {P} ra ngày nào?', 'Thời điểm ban hành {K} của {P}?'], ['When was the {P} {K} issued?', 'What is the date of the {P} {K}?']);
  }
  const header = metaExpect(m, m.kind.toUpperCase(), undefined, m.kind, 20);
  if (header) {
    header.answer_contains = [m.kind];
    ask(header, ['{P} ban hành loại văn bản gì để thực hiện {N}?', 'Văn bản thực hiện {N} của {P} là kế hoạch hay chương trình?'], ['What kind of document did {P} issue to implement Resolution 42?'], 1);
  }
  for (const ref of m.references) {
    const v = views.get(m.source)!;
    let e = findIn(v, ref.text, ...span(v, ref.lines[0], ref.lines[1])) >= 0 ? metaExpect(m, ref.text, ref.lines, ref.number) : null;
    if (!e && count(v, ref.number) > 0) {
      // The number is hard-wrapped at its lines ("19-" / "KH/TW"): quote what follows it.
      const tail = ref.text.slice(ref.text.indexOf(ref.number) + ref.number.length).trim();
      e = tail ? metaExpect(m, tail, ref.lines, tail) : null;
      if (e) e.answer_contains = [ref.number];
    }
    if (!e) {
      drop('metadata', `${m.source}: reference "${ref.text}" not quotable`);
      continue;
    }
    const by = (ref.text.split(' của ')[1] ?? '').trim();
    const kindRef = ref.text.split(' số ')[0] ?? 'văn bản';
    ask(e, [`{K} của {P} thực hiện văn bản nào của ${by}?`, `{P} căn cứ ${kindRef.toLowerCase()} số mấy của ${by}?`, `Văn bản của ${by} mà {K} {P} triển khai là văn bản nào?`], [`Which document of ${foldVi(by)} does the {P} {K} implement?`, `The {P} {K} implements which ${by} document?`]);
  }
}
for (const d of corpus.documents) metaItems(d.meta);

// Outline: headed sections (not the running text of an item) → "what is section X about".
for (const d of corpus.documents) {
  const m = d.meta;
  const v = views.get(m.source)!;
  for (const s of d.sections) {
    if (!s.label || ['preamble', 'recipients', 'signature'].includes(s.kind)) continue;
    const [s0, e0] = span(v, s.lines[0], Math.min(s.lines[0] + 3, s.lines[1]));
    const first = clean(v.text.slice(...span(v, s.lines[0], s.lines[0]))).replace(/^[\dIVX.\s-]+/, '');
    const title = clean(s.title).replace(/…$/, '');
    // A paragraph item ("2. Ban Tuyên giáo … chủ trì, …"), not a heading.
    if (first.length > title.length + 3 || title.split(' ').length > 22 || /[.;]$/.test(title)) continue;
    const shortTitle = clausePrefix(title, 12);
    const at = findIn(v, shortTitle, s0, e0);
    if (at < 0) {
      drop('content', `${m.source} §${s.path.slice(0, 40)}: title not found at its lines`);
      continue;
    }
    // Quote the heading as it stands ("II. MỤC TIÊU"), never running into the next heading.
    const lineStart = span(v, s.lines[0], s.lines[0])[0];
    const g =
      growUnique(v, at, at + shortTitle.length, at, at + title.length, 200) ??
      (at - lineStart < 12 ? growUnique(v, lineStart, at + shortTitle.length, lineStart, at + title.length, 200, 'left') : null);
    if (!g) {
      drop('content', `${m.source} §${s.label} ${shortTitle}: title not unique`);
      continue;
    }
    const answer = v.text.slice(at, at + shortTitle.length);
    const parent = s.parent !== null ? d.sections.find((x) => x.id === s.parent) : undefined;
    const top = !parent || parent.kind === 'preamble';
    const lang = pickLang({ vi: 0.55, 'vi-noaccent': 0.2, en: 0.25 });
    const expect = { source: m.source, quote: cut(v, g[0], g[1]), answer_contains: [answer] };
    add('content', lang, () => {
      const L = s.label;
      if (lang === 'en') {
        const P = placeEn(m);
        return top
          ? pick([`What is part ${L} of the ${P} ${kindEn(m)} about?`, `Title of section ${L} in the ${P} ${kindEn(m)}?`])
          : pick([`In the ${P} ${kindEn(m)}, what is item ${L} under "${parent?.title.slice(0, 40) ?? ''}"?`, `What is point ${L} of part ${parent?.label ?? ''} in the ${P} ${kindEn(m)}?`]);
      }
      const P = placeVi(m);
      const K = kindVi(m);
      const q = top
        ? pick([`Mục ${L} của ${K} ${P} nói về gì?`, `Phần ${L} trong ${K} của ${P} có tiêu đề là gì?`, `${cap(K)} ${P} phần ${L} là gì?`])
        : pick([`Trong ${K} của ${P}, mục ${parent?.label ?? ''}.${L} là nội dung gì?`, `Ý ${L} phần ${parent?.label ?? ''} ${K} ${P} nói gì?`, `Nhiệm vụ thứ ${L} trong mục ${parent?.label ?? ''} của ${K} ${P} là gì?`]);
      return finish(q, lang, [m.locality ?? '']);
    }, expect);
  }
}

// Near misses the corpus does not answer.
const abstain = { abstain: true as const };
const indicatorKeys = [...byIndicator.keys()];
for (const place of [...OTHER_PLACES.districts, ...OTHER_PLACES.provinces]) {
  const district = OTHER_PLACES.districts.includes(place);
  const key = pick(indicatorKeys);
  const lang = pickLang();
  add('out_of_scope', lang, () => {
    if (lang === 'en') return pick([`What is the ${indicatorName(key, 'en')} target of ${place}${district ? ' district' : ' province'}?`, `${cap(indicatorName(key, 'en'))} target in ${place} by 2030?`]);
    const P = district ? pick([`huyện ${place}`, place]) : pick([`tỉnh ${place}`, place]);
    return finish(pick([`Chỉ tiêu ${indicatorName(key, lang)} của ${P} đến 2030?`, `${cap(P)} đặt mục tiêu ${indicatorName(key, lang)} bao nhiêu?`, `Ở ${P}, cơ quan nào chủ trì tuyên truyền Nghị quyết 42?`, `${indicatorName(key, lang, true)} ${P} 2030?`]), lang, [place]);
  }, abstain);
}
const metas = corpus.documents.map((d) => d.meta);
for (const year of [2026, 2027, 2028, 2035, 2040]) {
  for (let k = 0; k < 2; k++) {
    const m = pick(metas);
    const key = pick(indicatorKeys);
    const lang = pickLang();
    add('out_of_scope', lang, () => {
      if (lang === 'en') return `What ${indicatorName(key, 'en')} target did ${placeEn(m)} set for ${year}?`;
      return finish(pick([`Chỉ tiêu ${indicatorName(key, lang)} của ${placeVi(m)} năm ${year} là bao nhiêu?`, `Đến năm ${year}, ${placeVi(m)} đặt ${indicatorName(key, lang)} bao nhiêu?`]), lang, [m.locality ?? '']);
    }, abstain);
  }
}
for (const ag of UNASSIGNED_AGENCIES) {
  const m = pick(metas);
  const lang = pickLang();
  add('out_of_scope', lang, () => {
    if (lang === 'en') return pick([`What task does ${ag.en} of ${placeEn(m)} lead under the ${kindEn(m)}?`, `Which duty is assigned to ${ag.en} in ${placeEn(m)}?`]);
    return finish(pick([`${ag.vi} ${placeVi(m)} được giao chủ trì nhiệm vụ gì trong ${kindVi(m)}?`, `${kindVi(m)} của ${placeVi(m)} giao ${ag.vi} làm gì?`, `Nhiệm vụ của ${ag.vi} ở ${placeVi(m)} theo ${pick(RES_VI)}?`]), lang, [m.locality ?? '']);
  }, abstain);
}
const offTopic = [...OFF_TOPIC.vi.map((q) => ['vi', q] as const), ...OFF_TOPIC.en.map((q) => ['en', q] as const)];
for (const [base, tpl] of offTopic) {
  const m = pick(metas);
  const lang: Lang = base === 'en' ? 'en' : chance(0.3) ? 'vi-noaccent' : 'vi';
  add('out_of_scope', lang, () => {
    const q = tpl.replace('{p}', base === 'en' ? placeEn(m) : placeVi(m));
    return base === 'en' ? q : finish(q, lang, [m.locality ?? '']);
  }, abstain);
}

// ---------- output ----------
items.forEach((it, i) => (it.id = `g${String(i + 1).padStart(4, '0')}`));
const parsed = EvalSetSchema.parse(items);
const problems = goldProblems(parsed, rawOf);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(join(ROOT, 'test', 'bank', 'generated.json'), `${JSON.stringify(parsed, null, 1)}\n`);
const tally = (f: (i: EvalItem) => string): string =>
  Object.entries(parsed.reduce<Record<string, number>>((a, i) => ((a[f(i)] = (a[f(i)] ?? 0) + 1), a), {}))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
console.log(`generated ${parsed.length} items → test/bank/generated.json`);
console.log(`by intent: ${tally((i) => i.intent)}`);
console.log(`by language: ${tally((i) => i.lang)}`);
for (const [k, list] of Object.entries(dropped)) {
  console.log(`dropped ${k}: ${list.length}`);
  if (process.argv.includes('--verbose')) for (const w of list) console.log(`  ${w}`);
}
