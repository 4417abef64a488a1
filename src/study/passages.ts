/**
 * A document's passages as the quiz needs them: joined text of a line range with a map back
 * to source lines, whole clauses, named programmes / funds / movements, and stems that quote
 * a task without cutting it mid-clause.
 */
import type { CorpusDocument } from '../ingest/corpus.js';
import { joinClean } from '../ingest/lines.js';
import { squash } from '../text.js';

export interface Passage {
  text: string;
  /** Source line of each character run: offsets[i] is where line lines[i] starts in text. */
  offsets: number[];
  lines: number[];
}

export function passage(doc: CorpusDocument, from: number, to: number): Passage {
  const lines: number[] = [];
  for (let n = from; n <= to; n++) if (doc.lines[n - 1]) lines.push(n);
  const { text, offsets } = joinClean(lines.map((n) => doc.lines[n - 1] ?? ''));
  return { text, offsets, lines };
}

/** Source lines [first, last] holding characters [start, end) of a passage. */
export function spanOf(p: Passage, start: number, end: number): [number, number] {
  let first = p.lines[0] ?? 1;
  let last = first;
  p.offsets.forEach((off, i) => {
    const n = p.lines[i] ?? first;
    if (off <= start) first = n;
    if (off < end) last = n;
  });
  return [first, last];
}

export interface Clause {
  /** The clause as written, bullet removed, closing "." or ";" kept. */
  text: string;
  lines: [number, number];
}

/** Whole clauses: runs ending in "." or ";" followed by a space or the end. */
export function clauses(p: Passage): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const t = p.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if ((c !== '.' && c !== ';') || (i + 1 < t.length && t[i + 1] !== ' ')) continue;
    const raw = t.slice(start, i + 1);
    const lead = /^\s*(?:[-+•–]\s+|[a-zđ]\)\s+)?/u.exec(raw)?.[0].length ?? 0;
    const text = raw.slice(lead).trim();
    if (text) out.push({ text, lines: spanOf(p, start + lead, i + 1) });
    start = i + 1;
  }
  return out;
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/**
 * A task quoted in a stem: whole if short, else cut after a complete clause ("…; …"), else
 * null (choose another item rather than cut mid-clause).
 */
export function taskExcerpt(task: string, max = 170): string | null {
  const t = squash(task).replace(/[\s,]+$/, '').replace(/\.\/\.?$/, '.');
  // An introduction ("… các nhiệm vụ sau:") is not a task.
  if (t.endsWith(':') || !balanced(t)) return null;
  if (t.length <= max) return t;
  let cut = -1;
  // A clause ends at ";" or "." after a word (not "1." of a list), outside brackets and quotes.
  for (const m of t.matchAll(/(?<=\p{L}[)”"]?)[;.](?= )/gu)) if (m.index >= 30 && m.index < max && balanced(t.slice(0, m.index))) cut = m.index;
  return cut < 0 ? null : `${t.slice(0, cut + 1)} …`;
}

/** Brackets and quotes closed. */
export function balanced(s: string): boolean {
  const count = (re: RegExp): number => s.match(re)?.length ?? 0;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}

/** Named programmes, funds, movements, campaigns and schemes, as written. */
const QUOTED_NAME = /(?:phong trào(?: thi đua)?|cuộc vận động|quỹ|đề án|chương trình)\s+["“]([^"”]{4,90})["”]/giu;
const NATIONAL_PROGRAMME = /chương trình mục tiêu quốc gia\s+(?:về\s+)?[^,;.()“"”]{4,90}?(?=\s+(?:và|gắn với|để|nhằm|trên|tại|theo|giai đoạn)\s|[,;.()“"”]|$)/giu;

export interface Named {
  /** "phong trào “Đền ơn đáp nghĩa”", "Chương trình mục tiêu quốc gia giảm nghèo bền vững". */
  text: string;
  /** The distinguishing part: "Đền ơn đáp nghĩa", "giảm nghèo bền vững". */
  name: string;
  start: number;
  end: number;
}

export function namedItems(text: string): Named[] {
  const out: Named[] = [];
  // Markdown emphasis inside a name ("Quỹ \"*Vì người nghèo*\"") is not part of it.
  for (const m of text.matchAll(QUOTED_NAME)) out.push({ text: m[0].replace(/\*/g, ''), name: (m[1] ?? m[0]).replace(/\*/g, ''), start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(NATIONAL_PROGRAMME)) {
    const name = m[0].replace(/^chương trình mục tiêu quốc gia\s+(?:về\s+)?/iu, '');
    out.push({ text: m[0], name, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
