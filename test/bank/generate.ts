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
import { goldCutter, type Expect, type TargetGold } from './gold.js';
import { clean, count, cut, findIn, growUnique, sourceView, span, type SourceView } from './source.js';
import { OFF_TOPIC, OTHER_PLACES, ROLE_WORDS, UNASSIGNED_AGENCIES } from './vocab.js';
import {
  cap,
  chance,
  clausePrefix,
  finish,
  indicatorName,
  kindEn,
  kindVi,
  pick,
  pickLang,
  placeEn,
  placeVi,
  rand,
  RES_EN,
  RES_VI,
  startsWithBody,
  taskEn,
  taskPhrase,
  type Lang,
} from './words.js';

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
const { targetGold, respGold, deadlineGold, metaExpect } = goldCutter({ views, metaOf, drop });

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
        const T = taskEn(task, r, resps);
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
        const T = taskEn(task, r, resps);
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
      // "2.1" under "2" is named as is; "3" under "III" as "III.3".
      const nested = L.includes('.');
      const ref = nested ? L : `${parent?.label ?? ''}.${L}`;
      const inTasks = !!parent && ['tasks', 'specific-assignments', 'organisation'].includes(parent.kind);
      if (lang === 'en') {
        const P = placeEn(m);
        return top
          ? pick([`What is part ${L} of the ${P} ${kindEn(m)} about?`, `Title of section ${L} in the ${P} ${kindEn(m)}?`])
          : pick([`In the ${P} ${kindEn(m)}, what is item ${L} under "${parent?.title.slice(0, 40) ?? ''}"?`, `What is point ${ref} of the ${P} ${kindEn(m)}?`]);
      }
      const P = placeVi(m);
      const K = kindVi(m);
      const q = top
        ? pick([`Mục ${L} của ${K} ${P} nói về gì?`, `Phần ${L} trong ${K} của ${P} có tiêu đề là gì?`, `${cap(K)} ${P} phần ${L} là gì?`])
        : pick([
            `Trong ${K} của ${P}, mục ${ref} là nội dung gì?`,
            ...(nested ? [`Tiểu mục ${L} trong ${K} ${P} có tên là gì?`] : [`Ý ${L} phần ${parent?.label ?? ''} ${K} ${P} nói gì?`]),
            ...(inTasks && !nested ? [`Nhiệm vụ thứ ${L} trong mục ${parent?.label ?? ''} của ${K} ${P} là gì?`] : []),
          ]);
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
