/** User-facing sentences in the question's language; Vietnamese quotes stay verbatim. */
import { roleOf } from '../ingest/responsibilities.js';
import { INDICATOR_BY_KEY } from '../domain/indicators.js';
import type { Chunk, DocMeta, Responsibility, Role, SectionInfo, Target } from '../types.js';
import type { Lang } from './analyze.js';

const ROLE_EN: Record<Role, string> = {
  lead: 'leads',
  coordinate: 'coordinates',
  direct: 'directs',
  advise_execute: 'advises on and carries out',
  execute: 'carries out',
  monitor: 'monitors',
  report: 'reports on',
};

const ROLE_VI: Record<Role, string> = {
  lead: 'chủ trì',
  coordinate: 'phối hợp',
  direct: 'chỉ đạo',
  advise_execute: 'tham mưu, thực hiện',
  execute: 'thực hiện',
  monitor: 'giám sát',
  report: 'báo cáo',
};

const COMPARATOR_EN: Record<Target['comparator'], string> = {
  gt: 'above',
  lt: 'below',
  gte: 'at least',
  lte: 'at most',
  approx: 'about',
  eq: '',
  range: 'between',
  state: '',
};

function where(locality: string | null): string {
  return locality ? ` (${locality})` : '';
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

function clip(s: string, n = 400): string {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

export function responsibility(lang: Lang, r: Responsibility, locality: string | null, withDeadline: boolean): string {
  const dl = r.deadline ? r.deadline.text : null;
  const startsWithVerb = /^(?:chủ trì|phối hợp|chỉ đạo|lãnh đạo|tham mưu|thực hiện|giám sát|xây dựng|định kỳ|tăng cường|lồng ghép|giúp|căn cứ|triển khai|theo dõi|thường xuyên|chủ động|tập trung|kịp thời)/iu.test(r.task) &&
    // A table row's task ("Xây dựng Đề án …") under "Cơ quan phối hợp": the role is said, not the task's verb.
    roleOf(r.task) === r.role;
  if (lang === 'en') {
    const head = `${r.agency}${where(locality)} ${ROLE_EN[r.role]}`;
    const body = startsWithVerb ? `: “${clip(r.task)}”` : ` the task “${clip(r.task)}”`;
    const when = dl ? (withDeadline ? ` Deadline: ${dl}.` : ` Time frame: ${dl}.`) : '';
    return withDeadline && dl ? `Deadline: ${dl} — ${head}${body}` : `${head}${body}.${when}`;
  }
  const body = startsWithVerb ? `${r.agency}${where(locality)} ${lowerFirst(clip(r.task))}` : `${r.agency}${where(locality)} ${ROLE_VI[r.role]} nhiệm vụ “${clip(r.task)}”`;
  if (withDeadline && dl) return `Thời hạn: ${dl} — ${body}`;
  return dl ? `${body} (thời gian: ${dl})` : body;
}

export function targetHeader(lang: Lang, intent: 'target' | 'compare'): string {
  if (lang === 'en') return intent === 'compare' ? 'Targets by locality (quoted from the plans):' : 'Target stated in the plan:';
  return intent === 'compare' ? 'Chỉ tiêu theo từng địa phương:' : 'Chỉ tiêu trong văn bản:';
}

/** One target row; `grouped` when the previous row was the same locality's (its name is not repeated). */
export function target(lang: Lang, t: Target, locality: string | null, grouped = false): string {
  const def = INDICATOR_BY_KEY.get(t.indicator);
  const name = grouped ? '  ' : `- ${locality ?? t.source} — `;
  const label = grouped ? '- ' : '';
  if (lang === 'en') {
    const cmp = COMPARATOR_EN[t.comparator];
    const value = t.comparator === 'state' ? '' : `: ${cmp ? `${cmp} ` : ''}${t.valueText}`;
    return `${name}${label}${def?.en ?? 'target'}${value} by ${t.year} (quoted: “${t.text}”)`;
  }
  return `${name}${label}${def?.vi ?? t.label}: ${t.text} (đến năm ${t.year})`;
}

export function highest(lang: Lang, locality: string, value: string): string {
  return lang === 'en' ? `Highest: ${locality} (${value}).` : `Cao nhất: ${locality} (${value}).`;
}

export function moreRows(lang: Lang, n: number): string {
  return lang === 'en' ? `… and ${n} more not shown.` : `… và ${n} kết quả khác chưa hiển thị.`;
}

export function notCovered(lang: Lang, names: string[]): string {
  return lang === 'en' ? `The corpus has no plan for ${names.join(', ')}.` : `Kho tài liệu chưa có kế hoạch của ${names.join(', ')}.`;
}

export function metaFact(lang: Lang, m: DocMeta, field: string, value: string, reference?: string, position?: string): string {
  if (reference && field !== 'references') {
    return lang === 'en' ? `${reference} — ${FIELD_EN[field] ?? field}: ${value}.` : `${reference} — ${FIELD_VI[field] ?? field}: ${value}.`;
  }
  if (field === 'signer') return signer(lang, m, position);
  if (field === 'references') return references(lang, m, [value]);
  return metaField(lang, m, field, value);
}

function signer(lang: Lang, m: DocMeta, position?: string): string {
  const as = position ? ` (${position})` : '';
  return lang === 'en' ? `${m.title} was signed by ${m.signer}${as}.` : `${m.title} do đồng chí ${m.signer}${as} ký.`;
}

function references(lang: Lang, m: DocMeta, refs: string[]): string {
  return lang === 'en'
    ? `${m.title} implements: ${refs.join('; ')}.`
    : `${m.title} được ban hành để thực hiện: ${refs.join('; ')}.`;
}

const FIELD_VI: Record<string, string> = { kind: 'Loại văn bản', number: 'Số hiệu', date: 'Ngày ban hành', status: 'Tình trạng', issuer: 'Cơ quan ban hành', signer: 'Người ký', references: 'Căn cứ', recipients: 'Nơi nhận' };
const FIELD_EN: Record<string, string> = { kind: 'Kind of document', number: 'Number', date: 'Date', status: 'Status', issuer: 'Issued by', signer: 'Signed by', references: 'Based on', recipients: 'Sent to' };

function metaField(lang: Lang, m: DocMeta, field: string, value: string): string {
  const v = field === 'status' ? (value === 'draft' ? (lang === 'en' ? 'draft (DỰ THẢO)' : 'dự thảo') : lang === 'en' ? 'issued' : 'đã ban hành') : value;
  return lang === 'en' ? `${m.title} — ${FIELD_EN[field] ?? field}: ${v}.` : `${m.title} — ${FIELD_VI[field] ?? field}: ${v}.`;
}

export function passage(lang: Lang, c: Chunk, m: DocMeta | null, excerpt: string): string {
  const doc = m ? `${m.title}` : c.source;
  return lang === 'en'
    ? `${doc}, section “${c.section || 'preamble'}”: “${clip(excerpt, 800)}”`
    : `${doc}, mục “${c.section || 'phần mở đầu'}”: “${clip(excerpt, 800)}”`;
}

/** A section's path with its own title in full (stored paths shorten long titles). */
export function fullPath(s: SectionInfo): string {
  if (!s.path.endsWith('…') || !s.title) return s.path;
  const cut = s.path.lastIndexOf(' > ');
  return `${cut >= 0 ? s.path.slice(0, cut + 3) : ''}${s.label ? `${s.label}. ` : ''}${s.title}`;
}

export function sectionTitle(lang: Lang, m: DocMeta, s: SectionInfo, children: SectionInfo[]): string {
  const parts = children.slice(0, 12).map((c) => `${c.label ? `${c.label}. ` : ''}${c.title}`);
  const head = lang === 'en' ? `${m.title}, section ${fullPath(s)}` : `${m.title}, mục ${fullPath(s)}`;
  if (!parts.length) return head;
  return `${head}\n${lang === 'en' ? 'It contains' : 'Gồm'}: ${parts.join('; ')}.`;
}

export function unknownAgency(lang: Lang, names: string[]): string {
  return lang === 'en'
    ? `Not found in the documents: no indexed plan mentions ${names.join(', ')}.`
    : `Không tìm thấy trong các văn bản: không kế hoạch nào trong kho nhắc đến ${names.join(', ')}.`;
}

export function agencyNotInScope(lang: Lang, names: string[], places: string[]): string {
  if (!places.length) return unknownAgency(lang, names);
  return lang === 'en'
    ? `Not found in the documents: the plans of ${places.join(', ')} do not mention ${names.join(', ')}.`
    : `Không tìm thấy trong các văn bản: kế hoạch của ${places.join(', ')} không nhắc đến ${names.join(', ')}.`;
}

export function noTargetForYear(lang: Lang, years: string[]): string {
  return lang === 'en'
    ? `Not found in the documents: no target is set for ${years.join(', ')}. What the plans set for another year:`
    : `Không tìm thấy trong các văn bản: không có chỉ tiêu cho năm ${years.join(', ')}. Chỉ tiêu văn bản đặt cho năm khác:`;
}

export function notFound(lang: Lang): string {
  return lang === 'en'
    ? 'Not found in the documents: none of the indexed plans answers this question.'
    : 'Không tìm thấy trong các văn bản: chưa có kế hoạch nào trong kho trả lời câu hỏi này.';
}

export function unknownPlace(lang: Lang, places: string[]): string {
  return lang === 'en'
    ? `Not found in the documents: the corpus has no plan for ${places.join(', ')}.`
    : `Không tìm thấy trong các văn bản: kho tài liệu chưa có kế hoạch của ${places.join(', ')}.`;
}

export function empty(lang: Lang): string {
  return lang === 'en' ? 'Please type a question.' : 'Vui lòng nhập câu hỏi.';
}
