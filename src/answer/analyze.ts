/**
 * Question analysis: language, intent, localities (named in the corpus or elsewhere),
 * indicators, role hints, and the folded search terms with English glossed to Vietnamese.
 */
import { fold, foldFlat, hasDiacritics, hasPhrase, squash } from '../text.js';
import { ABBREVIATIONS, EN_FUNCTION_WORDS, EN_GLOSSARY } from '../domain/glossary.js';
import { EN_PLAN_GLOSSARY } from '../domain/glossary-plans.js';
import { EN_COMMON } from '../domain/english-common.js';
import { STOPWORDS } from '../search/tokenizer.js';
import { INDICATORS } from '../domain/indicators.js';
import { asksForDocuments, whatIsAsked } from './constraints.js';
import { shorthand } from './terms.js';
import { englishVocabulary, fixEnglishTypos, toBaseForms, wordGloss } from './english.js';
import { roleHint } from './roles.js';
import type { Gazetteer, Word } from './gazetteer.js';
import type { Intent, Role } from '../types.js';

export type Lang = 'vi' | 'vi-noaccent' | 'en';

export interface Analysis {
  lang: Lang;
  intent: Exclude<Intent, 'out_of_scope'>;
  /** Corpus localities named in the question (display names). */
  localities: string[];
  /** Places named in the question that no document covers. */
  unknownPlaces: string[];
  indicators: string[];
  roles: Role[];
  metaField: 'signer' | 'references' | 'number' | 'date' | 'status' | 'issuer' | 'kind' | 'recipients' | null;
  /** Every document fact the question asks for, in the order of the cues. */
  metaFields: Array<NonNullable<Analysis['metaField']>>;
  /** Search text in folded Vietnamese (English glossed). */
  searchText: string;
  /** The search text without the words that asked for the intent ("thời gian thực hiện", "bao nhiêu"). */
  topicText: string;
  /** Documents are asked for ("những nghị quyết, chỉ thị nào", "which resolutions"). */
  asksDocuments: boolean;
  /** What kind of fact is asked for: money, a figure, the present, a count of things (see constraints.ts). */
  asksMoney: boolean;
  asksFigure: boolean;
  asksPresent: boolean;
  asksCount: boolean;
  /** The topic split where the question lists several things ("bác sĩ, dược sĩ", "water and sanitation"). */
  topicParts: string[];
  /** The question asks for an agency ("ai", "cơ quan nào", "which body"), not for a task. */
  asksWho: boolean;
  /** The question asks how or by what measures ("làm gì", "giải pháp", "ra sao", "how"): not for a figure. */
  asksHow: boolean;
  /** The question asks for every item ("tất cả", "liệt kê", "những … nào", "list every"). */
  many: boolean;
  /** English words with no glossary entry: they count against coverage. */
  unknownEnglish: number;
}

function words(q: string): Word[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).map((raw) => ({ raw, f: fold(raw) }));
}

/**
 * English vs. Vietnamese typed without diacritics: English function words against
 * syllables the corpus uses ("that" is English and also folded "thất").
 */
export function detectLang(q: string, isVietnameseSyllable: (w: string) => boolean = () => false): Lang {
  // Words quoted from a plan ("who leads “xây dựng kế hoạch …”?") are the document's, not the asker's.
  const unquoted = q.replace(/["“][^"”]{3,}["”]/gu, ' ');
  const ws = ((/[\p{L}]/u.test(unquoted) ? unquoted : q).toLowerCase().match(/[\p{L}']+/gu) ?? []).filter(Boolean);
  let en = 0;
  let vi = 0;
  for (const w of ws) {
    if (hasDiacritics(w)) vi++;
    else if (EN_FUNCTION_WORDS.has(w)) en += 1.5;
    // Vietnamese function words ("của", "về", "nào") and the plans' abbreviations ("mttq") are not
    // counted in the index, but they are Vietnamese.
    else if (isVietnameseSyllable(w) || STOPWORDS.has(w) || ABBREVIATIONS.has(w)) vi++;
    else if (w.length > 2) en++;
  }
  if (en > vi) return 'en';
  return hasDiacritics(q) ? 'vi' : 'vi-noaccent';
}

/** Entries as needles, longest first, by their first word: only the entries whose first word the question has are searched. */
const GLOSSARY_BY_FIRST = new Map<string, Array<[string, string]>>();
for (const [en, vi] of [...EN_GLOSSARY, ...EN_PLAN_GLOSSARY].sort((a, b) => b[0].length - a[0].length)) {
  const first = en.split(' ')[0] ?? '';
  const list = GLOSSARY_BY_FIRST.get(first) ?? [];
  list.push([` ${en} `, vi]);
  GLOSSARY_BY_FIRST.set(first, list);
}

export function gloss(q: string, isVietnameseSyllable: (w: string) => boolean): { text: string; unknown: number } {
  let rest = ` ${q.toLowerCase().replace(/[’]/g, "'").replace(/'s\b|(?<=s)'(?!\p{L})/gu, '').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')} `;
  // Each English phrase is replaced where it stands, so the Vietnamese words keep the question's order.
  const found: string[] = [];
  const entries = [...new Set(rest.split(' '))].flatMap((w) => GLOSSARY_BY_FIRST.get(w) ?? []).sort((a, b) => b[0].length - a[0].length);
  for (const [needle, vi] of entries) {
    while (rest.includes(needle)) {
      rest = rest.replace(needle, ` \u0001${found.length} `);
      found.push(vi);
    }
  }
  const out: string[] = [];
  let unknown = 0;
  for (const w of rest.split(/\s+/)) {
    if (!w || EN_FUNCTION_WORDS.has(w)) continue;
    if (w.startsWith('\u0001')) out.push(found[Number(w.slice(1))] ?? '');
    else if (/^\d+$/.test(w)) out.push(w);
    // Vietnamese words (place names, quoted terms) pass through to the search text.
    else if (hasDiacritics(w) || isVietnameseSyllable(w)) out.push(fold(w));
    else if (w.length > 2 && !/^(?:many|much|people|aim|say|says|like|kind|work|new|city)$/.test(w)) {
      const g = wordGloss(w);
      // Words with no gloss cannot match Vietnamese text: rare ones are counted, not searched.
      if (g !== undefined) out.push(g);
      else if (!EN_COMMON.has(w)) unknown++;
    }
  }
  return { text: squash(out.join(' ')), unknown };
}

// "văn bản nào" (which document) folds like "ban nào" (which board).
const RESP_VI = /\b(?:co quan nao|don vi nao|(?<!van )ban nao|ai (?:(?:phai|se|can) )?(?:chu tri|phu trach|thuc hien|xay dung|tham muu|chi dao|lanh dao|giam sat|bao cao|to chuc|trien khai|theo doi)|^ai (?!duoc )|(?<!cho )\bai\b(?! duoc)(?! huong).*\?|giao (?:cho )?(?:co quan|ban|ai)|phu trach|chiu trach nhiem|tham muu|chu tri)\b/;
// "Who benefits / is eligible / should be given …" asks about beneficiaries: a content question.
const RESP_EN = /\b(?:which (?:agenc(?:y|ies)|bod(?:y|ies)|offices?|departments?|boards?|units?|organi[sz]ations?)|who (?:leads|is responsible|is in charge|advises|directs|coordinates|draws|drafts|reports|signed)|(?<!(?:people|persons|those|households|anyone|cadres|members|workers|families|children|agencies|bodies|units) )who\b(?! (?:benefits?|receives?|gets?|is eligible|are eligible|qualif\w*|should be|can|may|is supported|are supported|is covered|are covered|is entitled|are entitled|is helped|are helped))|responsible|in charge)\b/;
const DEADLINE_VI = /\b(?:khi nao|bao gio|thoi gian nao|thoi han|han chot|han hoan thanh|truoc ngay nao|ngay nao|ngay may|quy may|nam nao|luc nao|thoi gian hoan thanh|thoi gian thuc hien|tan suat|bao lau|dinh ky nao|may lan|(?:nhiem vu|viec) nao .{0,60}(?:hoan thanh|thuc hien) (?:trong|truoc|vao) (?:quy|thang|ngay))\b/;
const DEADLINE_EN = /\b(?:when|deadline|by what date|by when|how soon|what date|which quarter|how often|time frame|timeframe)\b/;
// "Chương trình mục tiêu quốc gia …" names a programme: its "mục tiêu" asks for no figure.
const TARGET_VI = /\b(?:chi tieu|bao nhieu phan tram|bao nhieu(?: tien)?|ty le|ti le|(?<!chuong trinh )muc tieu(?! quoc gia| tong quat| chung)|phan dau|dat (?:muc(?: tieu)?|ty le)|muc nao|muc bao nhieu)\b/;
const TARGET_EN = /\b(?:target|targets|how many|how much|what percentage|rate|aim for|aims for|coverage)\b/;
const COMPARE = /\b(?:so sanh|doi chieu|khac nhau|cao hon|thap hon|cao nhat|thap nhat|giua cac (?:dia phuong|tinh|huyen|ke hoach|van ban)|o cac dia phuong|cac dia phuong|(?:dia phuong|tinh|huyen|noi) nao|compare|comparison|versus|vs|higher|lower|highest|lowest|across (?:the )?(?:localities|provinces|plans)|which (?:localities|provinces|districts|plans))\b/;
const META_VI: Array<[RegExp, Analysis['metaField']]> = [
  // "Ký ban hành … vào ngày nào?" asks the date, not who signed.
  [/\b(?:ban hanh ngay|ngay ban hanh|ngay nao ban hanh|ban hanh khi nao|(?:ban hanh|ky)(?: \w+){0,6} (?:vao )?(?:ngay thang nam nao|ngay nao|thang may|thang nao))\b/, 'date'],
  // "Kỳ" of a period ("giữa nhiệm kỳ", "định kỳ") is no signing: "sơ kết giữa nhiệm kỳ Chương trình 12".
  [/\b(?:ai ky|nguoi ky|(?:dong chi|nguoi|ong|ba|lanh dao) nao (?:da )?ky|(?<!(?:nhiem|giua|dinh|thoi|hoc|cuoi|dau|moi|tung|hang) )ky (?:ke hoach|chuong trinh|van ban|ban hanh|nghi quyet|quyet dinh|huong dan)|chu ky)\b/, 'signer'],
  [/\b(?:(?:can cu|thuc hien|trien khai) (?:ke hoach|chuong trinh(?: hanh dong)?|nghi quyet|van ban) so may|theo (?:ke hoach|chuong trinh|nghi quyet|van ban) nao|can cu (?:vao )?(?:ke hoach|chuong trinh|van ban|nghi quyet)? ?nao|thuc hien (?:ke hoach|chuong trinh|van ban|nghi quyet) nao|dua tren (?:ke hoach|chuong trinh|van ban|nghi quyet) nao|(?:van ban|ke hoach|chuong trinh) nao cua cap tren|(?:thuc hien|trien khai|cu the hoa)(?: \w+){0,6} (?:la )?(?:van ban|ke hoach|chuong trinh|nghi quyet) nao)\b/, 'references'],
  [/\b(?:so hieu|so ky hieu|so van ban)\b/, 'number'],
  [/\b(?:du thao|chinh thuc chua|trang thai)\b/, 'status'],
  [/\b(?:co quan ban hanh|(?:ai|co quan nao|don vi nao|cap nao|ban nao) (?:da )?ban hanh|ban hanh boi|cua co quan nao)\b/, 'issuer'],
  [/\b(?:loai van ban|hinh thuc van ban|la loai van ban gi|la ke hoach hay chuong trinh|la chuong trinh hay ke hoach)\b/, 'kind'],
  // The plan itself is sent ("Kế hoạch … được gửi tới những cơ quan nào"): its distribution list.
  [/\b(?:noi nhan|(?:ke hoach|chuong trinh|van ban)(?: \w+){0,12} (?:duoc )?gui (?:bao cao )?(?:len|den|toi|cho|ve)?(?: \w+){0,2} (?:dau|ai|nhung|cac|co quan nao|don vi nao|noi nao))\b/, 'recipients'],
];
const META_EN: Array<[RegExp, Analysis['metaField']]> = [
  [/\b(?:who signed|signed by|signer|signatory|whose signature|who signs)\b/, 'signer'],
  [/\b(?:based on|which plan|which (?:\w+ ){1,2}(?:plan|programme|program|document|resolution)(?= .{0,60}\bimplement)|implements which|pursuant to|which document (?:of|from|does|did)|(?:document|plan|programme) (?:does|did) (?:it|the \w+(?: \w+){0,4}) implement)\b/, 'references'],
  [/\b(?:document number|reference number|number of (?:\w+(?:'s)? ){0,5}(?:plan|programme|program|document|decision))\b/, 'number'],
  [/\b(?:issued on|date of issue|issue date|dated|what (?:date|day|month) (?:is|was) (?:it|the \w+(?: \w+){0,3}) (?:dated|issued|signed)|when (?:was|were) (?:[\w'’]+ ){1,6}(?:issue|sign|adopt|promulgate)d?)\b/, 'date'],
  [/\b(?:draft|status)\b/, 'status'],
  [/\b(?:issued by|who issued|which (?:body|agency|organi[sz]ation) (?:issued|drew up|drafted|adopted)|who drew up the \w+ plan|issuer)\b/, 'issuer'],
  [/\b(?:what (?:kind|type) of (?:document|plan))\b/, 'kind'],
  [/\b(?:recipients?|distribution list|(?:sent|distributed|copied|addressed|circulated) to|(?:who|which \w+) receives? (?:the|this|a copy))\b/, 'recipients'],
];

// "cho ai", "ai được hỗ trợ": who benefits, not who acts.
const WHO_VI = /(?:^| )(?:(?<!cho )ai(?! duoc| huong)|co quan nao|don vi nao|(?<!van )ban nao|to chuc nao|cap nao|nganh nao)(?: |$)/;
const WHO_EN = /\b(?:(?<!(?:people|persons|those|households|anyone|cadres|members|workers|families|children|agencies|bodies|units) )who\b(?! (?:benefits?|receives?|gets?|is eligible|are eligible|qualif\w*|should be|can|may|is supported|are supported|is covered|are covered|is entitled|are entitled|is helped|are helped))|which (?:agenc(?:y|ies)|bod(?:y|ies)|offices?|departments?|boards?|units?|organi[sz]ations?|committees?))\b/;

/** Words that frame every question about these plans or only ask for a list or a year: never the topic. */
const FRAME_VI = /\b(?:nghi quyet (?:so )?42(?: nq tw)?|nq ?42(?: nq tw)?|42 nq tw|liet ke|tat ca|ke ten|ke du|(?:den|vao|trong|toi) nam(?= \d)|20\d\d|noi gi(?: ve)?|de cap(?: the nao| gi| nhu the nao)?(?: den| toi| ve)?|neu(?: ro)?(?= cac| nhung| noi dung)|(?:cac|nhung) noi dung|nhac (?:den|toi)|viet gi(?: ve)?)\b/;
const FRAME_EN = /\b(?:resolution (?:no )?42(?: nq tw)?|nq ?42(?: nq tw)?|42 nq tw|under|list|every|all|by|in|20\d\d)\b/;
/** Cue regexes with the global flag, to cut what they matched out of the topic. */
const globalCache = new Map<RegExp, RegExp>();
/** Where a question lists several things: commas, slashes, "và", "hoặc", "and", "or". */
const LIST_SEPARATOR = /\s*[,;/]\s*|\s+(?:và|va|hoặc|hoac|and|or)\s+/iu;

function withoutCues(text: string, cues: RegExp[]): string {
  let out = ` ${text} `;
  for (const re of cues) {
    let g = globalCache.get(re);
    if (!g) {
      g = new RegExp(re.source, 'g');
      globalCache.set(re, g);
    }
    out = out.replace(g, ' ');
  }
  return squash(out);
}

function startsWord(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) if (i === 0 || !/[a-z]/.test(text[i - 1] ?? '')) return true;
  return false;
}

const EN_TERMS = INDICATORS.flatMap((d) => d.enTerms.flat());
/** English terms found in the question, a term inside a longer found one ("nurse" in "nursery") dropped. */
function englishHits(enLower: string): Set<string> {
  // A term starts a word: "water" is not in "wastewater".
  const all = EN_TERMS.filter((t) => startsWord(enLower, t));
  return new Set(all.filter((t) => !all.some((o) => o !== t && o.includes(t) && enLower.indexOf(o) === enLower.indexOf(t))));
}

export function indicatorsIn(flat: string, enLower: string): string[] {
  const found: string[] = [];
  const hits = englishHits(enLower);
  for (const def of INDICATORS) {
    const inLabel = def.label.some((alt) => alt.every((t) => hasPhrase(flat, t)));
    const ctxOk = !def.context || def.context.some((alt) => alt.every((t) => hasPhrase(flat, t)));
    const en = def.enTerms.some((alt) => alt.every((t) => hits.has(t)));
    if ((inLabel && ctxOk) || en) found.push(def.key);
  }
  // "nước sạch" alone names both the urban and the rural indicator.
  if (!found.length) {
    for (const def of INDICATORS) {
      if (def.context?.some((alt) => alt.every((t) => hasPhrase(flat, t))) && def.context.some((a) => a.includes('nuoc sach'))) found.push(def.key);
    }
  }
  // The generic "that nghiep" key is implied by the specific ones; keep the specific only.
  const specific = new Set(found);
  return found.filter((k) => !(k === 'unemployment' && (specific.has('unemployment_urban') || specific.has('unemployment_insurance'))) && !(k === 'health_insurance' && specific.has('primary_care_insured')));
}

const vocabularies: Partial<Record<'core' | 'broad', Set<string>>> = {};
const englishWords = (kind: 'core' | 'broad'): Set<string> => (vocabularies[kind] ??= englishVocabulary([RESP_EN, DEADLINE_EN, TARGET_EN, COMPARE, FRAME_EN, WHO_EN, ...META_EN.map((m) => m[0])], kind === 'broad'));

export function analyze(question: string, places: Gazetteer, isVietnameseSyllable?: (w: string) => boolean): Analysis {
  const lang = detectLang(question, isVietnameseSyllable);
  // English slips are corrected before anything reads the question ("every housing targt").
  const known = (w: string): boolean => isVietnameseSyllable?.(w) ?? false;
  const q = lang === 'en' ? toBaseForms(fixEnglishTypos(question.toLowerCase(), englishWords('core'), known), englishWords('broad'), known) : question;
  const enLower = lang === 'en' ? q : '';
  const g = lang === 'en' ? gloss(q, isVietnameseSyllable ?? (() => false)) : { text: shorthand(question), unknown: 0 };
  const searchText = g.text;
  const fq = foldFlat(lang === 'en' ? `${searchText}` : searchText);
  const ws = words(question);

  const localities = places.known(ws);
  const unknownPlaces = localities.length ? [] : places.unknown(ws, enLower);

  const indicators = indicatorsIn(fq, enLower);
  // "Ban hành tháng mấy, bản chính thức hay dự thảo?": every fact asked, the first leads.
  const asked = (lang === 'en' ? META_EN : META_VI).filter(([re]) => re.test(lang === 'en' ? enLower : fq)).map(([, f]) => f);
  // "Ký ban hành vào ngày nào?" asks when it was signed; who signed only if it asks who.
  const metaFields = asked.includes('date') && !/\b(?:ai|nguoi ky|chu ky|who|signer|signatory|signed by)\b/.test(lang === 'en' ? enLower : fq) ? asked.filter((f) => f !== 'signer') : asked;
  const metaField: Analysis['metaField'] = metaFields[0] ?? null;
  const isResp = lang === 'en' ? RESP_EN.test(enLower) : RESP_VI.test(fq);
  const isDeadline = lang === 'en' ? DEADLINE_EN.test(enLower) : DEADLINE_VI.test(fq);
  const isTarget = lang === 'en' ? TARGET_EN.test(enLower) : TARGET_VI.test(fq);
  const isCompare = COMPARE.test(lang === 'en' ? enLower : fq);

  const asksHow =
    lang === 'en'
      ? /\b(?:how (?:does|do|will|is|are|should)|what (?:measures|solutions|steps)|what does .{0,60} (?:say|plan|do)|in what way)\b/.test(enLower)
      : /\b(?:lam gi|giai phap|bien phap|ra sao|nhu the nao|the nao|bang cach nao|noi gi|de cap|neu gi|viet gi)\b/.test(fq);
  const asksWho = lang === 'en' ? WHO_EN.test(enLower) : WHO_VI.test(fq);
  // "Có giám sát … không?", "Does the plan mention …?": whether something is done, not a figure.
  const asksWhether = lang === 'en' ? /^\s*(?:does|do|did|is|are|has|have|will)\b/.test(enLower) : /\b(?:co|da)\b.*\b(?:khong|ko|k|hok|hong|chua)\W*$/.test(fold(question));
  const roles = roleHint(fq, enLower);
  // A named indicator asks for its figure, unless the question asks where, what for or which
  // things ("ở những khu vực nào", "để đạt được điều gì") rather than how much.
  const asksDocuments = asksForDocuments(lang === 'en' ? ` ${enLower} ` : fq);
  const asksOther =
    asksDocuments ||
    (lang === 'en'
      ? /\b(?:where|why|whom|what for|what (?:kinds?|types?|sorts?) of|which (?:\w+ )?(?:areas?|groups?|places?|people|funds?|campaigns?|movements?|programmes?|programs?|schemes?|measures?|models?|ordinances?|decrees?|laws?))\b/.test(enLower)
      : /\b(?:(?:khu vuc|dia ban|nhom|doi tuong|noi|phong trao|quy|chuong trinh|mo hinh|hoat dong|giai phap|de an|du an|loai hinh|hinh thuc|nghi dinh|phap lenh|luat)(?: \w+){0,2} nao|theo huong nao|dieu gi|o dau|vi sao|tai sao|de lam gi|cho ai|ai duoc|giai doan nao|thoi ky nao)\b/.test(fq));
  let intent: Analysis['intent'] = 'content';
  if (isCompare && (indicators.length > 0 || isTarget || localities.length !== 1)) intent = 'compare';
  else if (metaField) intent = 'metadata';
  else if (isDeadline) intent = 'deadline';
  // "Cơ quan nào chủ trì … các chỉ tiêu", "which agency leads … coverage": an agency in a
  // role is asked for, whatever figures the task is about.
  else if (asksWho && (roles.length || isResp)) intent = 'responsibility';
  // A named indicator asks for its figure, unless the question asks what is done about it.
  else if ((isTarget && !asksOther) || (indicators.length > 0 && !isResp && !asksHow && !asksOther && !asksWhether)) intent = 'target';
  else if (isResp) intent = 'responsibility';

  const cues = lang === 'en' ? [RESP_EN, DEADLINE_EN, TARGET_EN, COMPARE, FRAME_EN, ...META_EN.map((m) => m[0])] : [DEADLINE_VI, TARGET_VI, COMPARE, FRAME_VI, ...META_VI.map((m) => m[0])];
  const topicOf = (piece: string): string =>
    lang === 'en' ? gloss(withoutCues(piece.toLowerCase(), cues), isVietnameseSyllable ?? (() => false)).text : withoutCues(foldFlat(shorthand(piece)).trim(), cues);
  const topicText = topicOf(q);
  const pieces = q.split(LIST_SEPARATOR);
  const topicParts = pieces.length > 1 ? pieces.map(topicOf).filter(Boolean) : [];
  return {
    lang,
    intent,
    localities,
    unknownPlaces,
    indicators,
    roles,
    metaField,
    metaFields: metaFields.filter((f): f is NonNullable<Analysis['metaField']> => f !== null),
    searchText,
    topicText,
    topicParts,
    asksDocuments,
    ...whatIsAsked(lang, lang === 'en' ? enLower : fq),
    asksWho,
    asksHow,
    many: lang === 'en' ? /\b(?:every|all|list|each)\b|\b\w+s (?:are|were)\b/.test(enLower) : /\b(?:tat ca|liet ke|ke ten|ke du|nhung \w+(?: \w+)? nao|cac chi tieu|gom nhung|(?:tung|moi|cac) (?:dia phuong|tinh|huyen|ke hoach|van ban))\b/.test(fq),
    unknownEnglish: g.unknown,
  };
}
