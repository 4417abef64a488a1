/** Where a document states a fact about itself — its issuer, kind and title, date, signature, distribution list — or where another plan states it. */
import type { CorpusDocument } from '../ingest/corpus.js';
import { fold } from '../text.js';
import type { Reference } from '../types.js';

/** The first line that holds a text (folded comparison). */
export function findLine(doc: CorpusDocument, needle: string): [number, number] | null {
  const f = fold(needle);
  const i = doc.lines.findIndex((l) => l && fold(l).includes(f));
  return i >= 0 ? [i + 1, i + 1] : null;
}

/** Words that follow the issuer in the sentence that issues the plan ("X ban hành Kế hoạch …"). */
const ISSUES = /^\s*(?:ban hanh|xay dung)\b/;

/** Where the issuer is stated: the sentence in which it issues the plan, and its first mention (the header). */
export function issuerLines(doc: CorpusDocument, issuer: string): Array<[number, number]> {
  const f = fold(issuer);
  const i = doc.lines.findIndex((l) => {
    const at = l ? fold(l).indexOf(f) : -1;
    return at >= 0 && ISSUES.test(fold(l).slice(at + f.length));
  });
  const first = findLine(doc, issuer);
  const out: Array<[number, number]> = i >= 0 ? [[i + 1, i + 1]] : [];
  if (first && first[0] !== i + 1) out.push(first);
  return out;
}

/** A heading line and the line that completes it (the next non-empty one, when it follows at once). */
export function titleBlock(doc: CorpusDocument, at: [number, number]): [number, number] {
  const next = doc.lines.findIndex((l, i) => i >= at[0] && l.trim() !== '');
  return next >= 0 && next + 1 - at[1] <= 2 ? [at[0], next + 1] : at;
}

/** The distribution list ("Nơi nhận:"): each recipient as written, and the lines that list them. */
export function recipients(doc: CorpusDocument): { names: string[]; lines: [number, number] } | null {
  const sec = doc.sections.find((s) => s.kind === 'recipients');
  if (!sec) return null;
  const names: string[] = [];
  let last = sec.lines[0];
  for (let i = sec.lines[0]; i <= sec.lines[1]; i++) {
    const item = /^\s*[-+•]\s*(.+?)[\s,;.]*$/u.exec(doc.lines[i - 1] ?? '')?.[1];
    // "Lưu VT": the office's own file copy, not a recipient; the list ends there.
    if (item && !/^Lưu\b/u.test(item)) {
      names.push(item.replace(/\s+/g, ' '));
      last = i;
    }
  }
  return names.length ? { names, lines: [sec.lines[0], last] } : null;
}

/**
 * Where another plan states a document's date: "Thực hiện Kế hoạch số 109-KH/TU ngày 12/9/2024 …"
 * in a district's plan, when the provincial plan's own text never gives its date.
 */
export function dateElsewhere(documents: CorpusDocument[], number: string): { doc: CorpusDocument; ref: Reference; date: string } | null {
  const key = fold(number).replace(/[^a-z0-9]+/g, '');
  for (const doc of documents) {
    for (const ref of doc.meta.references) {
      const date = /ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/u.exec(ref.text)?.[1];
      if (date && fold(ref.number).replace(/[^a-z0-9]+/g, '') === key) return { doc, ref, date };
    }
  }
  return null;
}

/** The signer's name with the capitalised lines just above it ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"): who signs, as what. */
export function signatureBlock(doc: CorpusDocument, at: [number, number]): [number, number] {
  let first = at[0];
  let seen = 0;
  for (let i = at[0] - 2; i >= 0 && i >= at[0] - 8 && seen < 2; i--) {
    const l = (doc.lines[i] ?? '').replace(/[*_#]/g, '').trim();
    if (!l) continue;
    if (l !== l.toUpperCase() || !/\p{Lu}/u.test(l)) break;
    first = i + 1;
    seen++;
  }
  return [first, at[1]];
}

const DATE = /(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})/gu;
const pad = (n: string | undefined): string => (n ?? '').padStart(2, '0');

/** The line that states the plan's date ("Đức Phổ, ngày      tháng 3 năm 2024" for "2024-03"), and the date as written there. */
export function dateLine(doc: CorpusDocument, iso: string): { lines: [number, number]; written: string } | null {
  for (const [i, line] of doc.lines.entries()) {
    for (const m of line.matchAll(DATE)) {
      const [day, month, year] = m[3] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
      if ((day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) === iso) return { lines: [i + 1, i + 1], written: m[0].replace(/\s+/gu, ' ') };
    }
  }
  return null;
}

/** "Kế hoạch số 19-KH/TW ngày 27/11/2023 của Bộ Chính trị" → "Bộ Chính trị". */
export function issuerOfReference(text: string): string | null {
  return /\bcủa\s+(.+)$/u.exec(text)?.[1]?.trim() ?? null;
}
