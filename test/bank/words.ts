/**
 * Wording for the question bank: the seeded RNG every choice goes through, how people name places,
 * documents and indicators, typos and folding, and short task phrases cut from extracted tasks.
 */
import type { DocMeta, Responsibility } from '../../src/types.js';
import { foldVi } from '../../src/evaluation/bank.js';
import { clean } from './source.js';
import { INDICATOR_WORDS } from './vocab.js';

export type Lang = 'vi' | 'vi-noaccent' | 'en';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const rand = mulberry32(20241124);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
export const chance = (p: number): boolean => rand() < p;
export function pickLang(w = { vi: 0.5, 'vi-noaccent': 0.25, en: 0.25 }): Lang {
  const r = rand();
  return r < w.vi ? 'vi' : r < w.vi + w['vi-noaccent'] ? 'vi-noaccent' : 'en';
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** How a person names the plan's place: "huyện Tuy Phước", "Tuy Phước", "TX Đức Phổ", "tỉnh Tây Ninh". */
export function placeVi(m: DocMeta): string {
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

export function placeEn(m: DocMeta): string {
  const loc = chance(0.3) ? foldVi(m.locality ?? '') : (m.locality ?? '');
  const lv = m.level ?? '';
  const forms = [loc, loc];
  if (lv === 'huyện') forms.push(`${loc} district`);
  if (lv === 'thị xã') forms.push(`${loc} town`);
  if (lv === 'tỉnh') forms.push(`${loc} province`);
  if (lv === 'MTTQ tỉnh') forms.push(`the ${loc} Fatherland Front`, `${loc} province`);
  return pick(forms);
}

export function kindVi(m: DocMeta): string {
  return pick(m.kind === 'Chương trình hành động' ? ['chương trình hành động', 'chương trình', 'CTHĐ', 'văn bản'] : ['kế hoạch', 'kế hoạch', 'KH', 'văn bản']);
}
export function kindEn(m: DocMeta): string {
  return m.kind === 'Chương trình hành động' ? pick(['action programme', 'programme', 'plan']) : 'plan';
}
export const RES_VI = ['Nghị quyết 42', 'NQ 42', 'nghị quyết 42', 'NQ42', 'Nghị quyết số 42-NQ/TW'];
export const RES_EN = ['Resolution 42', 'Resolution 42-NQ/TW', 'NQ 42'];

/** One typo: two neighbouring letters swapped inside a longer word that is not a name. */
export function typo(q: string, keep: string[]): string {
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
export function finish(q: string, lang: Lang, keep: string[], typoP = 0.08): string {
  let out = q.replace(/\s+/g, ' ').trim();
  if (lang === 'vi-noaccent') {
    out = foldVi(out);
    if (chance(0.6)) out = out.toLowerCase();
    if (chance(0.4)) out = out.replace(/\?$/, '');
  }
  if (lang !== 'en' && chance(typoP)) out = typo(out, keep.map(foldVi).concat(keep));
  return out;
}

export function indicatorName(key: string, lang: Lang, chat = false): string {
  const w = INDICATOR_WORDS[key];
  if (!w) throw new Error(`no words for indicator ${key}`);
  if (lang === 'en') return pick(w.en);
  if (w.abbr && chance(chat ? 0.6 : 0.3)) return pick(w.abbr);
  return pick(w.vi);
}


/** The agency as a person would expect it named: the first body of a long list. */
export function shortAgency(a: string): string {
  let x = a.split(';')[0]!.trim();
  if (x.length > 40 && x.includes(',')) x = x.split(',')[0]!.trim();
  const [head] = x.split(/ và các /u);
  if (head && head !== x && head.split(' ').length >= 3) x = head;
  return x;
}

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

export function taskPhrase(r: Responsibility): string | null {
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
export const startsWithBody = (task: string): boolean => /^(ủy ban|ubnd|hội đồng|ban |các |mặt trận|đảng)/iu.test(task);

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
export function topicEn(phrase: string): string | null {
  for (const [re, en] of TOPICS_EN) if (re.test(phrase)) return en;
  return null;
}
/**
 * An English name for the task when it names one body's task in that document; otherwise the
 * Vietnamese phrase in quotes (as an English-speaking user reading the plan would paste it).
 */
export function taskEn(phrase: string, r: Responsibility, resps: Responsibility[]): string {
  const topic = topicEn(phrase);
  if (!topic) return `"${phrase}"`;
  if (r.role === 'report') return `"${phrase}"`;
  // Any role: neutral questions ("who is responsible for …") must still have one answer.
  const bodies = new Set(resps.filter((x) => x.source === r.source && topicEn(taskPhrase(x) ?? '') === topic).map((x) => shortAgency(clean(x.agency))));
  return bodies.size === 1 ? topic : `"${phrase}"`;
}
