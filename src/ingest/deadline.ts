/** Deadlines as written ("Quý IV/2024", "Hằng năm", "trước ngày 20/11") and normalised. */
import { fold } from '../text.js';
import type { Deadline } from '../types.js';

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function normalizeDeadline(raw: string): Deadline | null {
  const text = raw.trim().replace(/[.;,]+$/, '');
  const f = fold(text);
  let m = /quy\s+(iv|iii|ii|i|[1-4])\s*\/\s*(\d{4})/.exec(f);
  if (m?.[1] && m[2]) {
    const q = ROMAN_Q[m[1]] ?? Number(m[1]);
    return { text, kind: 'quarter', normalized: `${m[2]}-Q${q}` };
  }
  m = /(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/.exec(f);
  if (m?.[1] && m[2] && /ngay/.test(f)) {
    const dd = m[1].padStart(2, '0');
    const mm = m[2].padStart(2, '0');
    return { text, kind: 'date', normalized: m[3] ? `${m[3]}-${mm}-${dd}` : `--${mm}-${dd}` };
  }
  if (/\b(?:hang nam|dinh ky (?:1|mot) nam|moi nam)\b/.test(f)) return { text, kind: 'yearly', normalized: 'yearly' };
  m = /thang\s+(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
  if (m?.[1] && m[2]) return { text, kind: 'date', normalized: `${m[2]}-${m[1].padStart(2, '0')}` };
  if (/\bthuong xuyen\b|\blien tuc\b/.test(f)) return { text, kind: 'ongoing', normalized: 'ongoing' };
  m = /nam (\d{4}) va cac nam tiep theo/.exec(f);
  if (m?.[1]) return { text, kind: 'period', normalized: `${m[1]}/..` };
  m = /(?:giai doan|tu nam)?\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(f);
  if (m?.[1] && m[2]) return { text, kind: 'period', normalized: `${m[1]}/${m[2]}` };
  m = /\bnam (\d{4})\b/.exec(f);
  if (m?.[1]) return { text, kind: 'year', normalized: m[1] };
  return null;
}

/** "Thời gian thực hiện: Thường xuyên." → "Thường xuyên" */
export const DEADLINE_LABEL = /^Thời (?:gian|hạn)(?: thực hiện| hoàn thành)?(?:\s*\/\s*hoàn thành)?\s*:\s*(.+)$/iu;

/** Deadlines stated inside a sentence: "ban hành kế hoạch trong quý II/2024". */
export function inlineDeadline(sentence: string): Deadline | null {
  const m =
    /(?:\(\s*)?((?:hoàn thành )?(?:trước|chậm nhất(?: là)?|muộn nhất(?: là)?) ngày \d{1,2}\/\d{1,2}(?:\/\d{4})?)/u.exec(sentence) ??
    /((?:trong |trước |hoàn thành trong )?[Qq]uý (?:IV|III|II|I|[1-4])\/\d{4})/u.exec(sentence) ??
    // Written in parentheses after the task: "(hoàn thành trong tháng 12/2024)", "(hằng năm)", "(năm 2025)".
    /\(\s*((?:hoàn thành\s+)?(?:trong\s+|trước\s+)?(?:(?:đầu |cuối |giữa )?tháng \d{1,2}\/\d{4}|năm \d{4}|[Hh][ằà]ng năm|thường xuyên|giai đoạn \d{4}\s*[-–]\s*\d{4}))\s*\)/u.exec(sentence) ??
    /((?:hoàn thành\s+)?trước năm \d{4})/u.exec(sentence);
  if (!m?.[1]) return null;
  const d = normalizeDeadline(m[1]);
  // "Định kỳ 1 năm (trước ngày 20/11)", "trước ngày 15/12 hằng năm": a yearly date, when said beside it
  // (not "hoàn thành trước ngày 30/9/2025; … kế hoạch hằng năm của xã").
  const near = sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
  if (d && /định kỳ (?:1|một) năm|hằng năm|hàng năm/iu.test(near) && d.kind === 'date') {
    const after = sentence.slice(m.index + m[0].length);
    const text = /^\s*[Hh][ằà]ng năm/u.test(after) ? `${m[1]} hằng năm` : sentence.match(/Định kỳ[^()]*\([^)]*\)|[Hh][ằà]ng năm[^,;.()]*/u)?.[0];
    return { ...d, text: text ?? d.text };
  }
  return d;
}
