/**
 * A source file as the scorer sees it (markers removed, white space collapsed, hard-wrapped
 * lines joined by one space), with line offsets, so the generator can cut gold quotes out of
 * the very text a citation is compared with and check that they are unique in the document.
 */
export interface SourceView {
  name: string;
  /** Cleaned text, case kept. */
  text: string;
  /** The same, lower-cased (same length: checked). */
  lower: string;
  /** [start, end) offsets in `text` of each 1-based line; empty lines map to where they would sit. */
  line: (n: number) => [number, number];
  lineCount: number;
  /** Offsets of lines that hold only a page number: quotes never span them. */
  barriers: number[];
}

export function clean(s: string): string {
  return s.normalize('NFC').replace(/[*#_\\]/g, '').replace(/\s+/g, ' ').trim();
}

export function sourceView(name: string, raw: string): SourceView {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const spans: [number, number][] = [];
  const barriers: number[] = [];
  let text = '';
  for (const l of lines) {
    const c = clean(l);
    if (/^[-–]?\s*\d{1,3}\s*[-–]?$/.test(c)) barriers.push(text.length + 1);
    if (!c) {
      spans.push([text.length, text.length]);
      continue;
    }
    if (text) text += ' ';
    spans.push([text.length, text.length + c.length]);
    text += c;
  }
  const lower = text.toLowerCase();
  if (lower.length !== text.length) throw new Error(`${name}: lower-casing changes length`);
  return { name, text, lower, barriers, lineCount: lines.length, line: (n) => spans[Math.min(Math.max(n, 1), lines.length) - 1] ?? [0, 0] };
}

/** Offsets [start, end) of lines a..b in the cleaned text. */
export function span(v: SourceView, a: number, b: number): [number, number] {
  let s = v.line(a)[0];
  for (let n = a; n <= b; n++) {
    const [x, y] = v.line(n);
    if (y > x) {
      s = x;
      break;
    }
  }
  let e = v.line(b)[1];
  for (let n = b; n >= a; n--) {
    const [x, y] = v.line(n);
    if (y > x) {
      e = y;
      break;
    }
  }
  return [s, Math.max(s, e)];
}

export function count(v: SourceView, needle: string): number {
  const n = needle.toLowerCase();
  if (!n) return 0;
  let k = 0;
  for (let i = v.lower.indexOf(n); i >= 0; i = v.lower.indexOf(n, i + 1)) k++;
  return k;
}

/** First occurrence of `needle` (case-insensitive) inside [from, to). */
export function findIn(v: SourceView, needle: string, from: number, to: number): number {
  const i = v.lower.indexOf(clean(needle).toLowerCase(), from);
  return i >= 0 && i + clean(needle).length <= to ? i : -1;
}

/** Widen [s, e) to whole words. */
function snap(v: SourceView, s: number, e: number): [number, number] {
  while (s > 0 && v.text[s - 1] !== ' ') s--;
  while (e < v.text.length && v.text[e] !== ' ') e++;
  return [s, e];
}

function nextWordEnd(v: SourceView, e: number): number {
  let i = e;
  while (i < v.text.length && v.text[i] === ' ') i++;
  while (i < v.text.length && v.text[i] !== ' ') i++;
  return i;
}

function prevWordStart(v: SourceView, s: number): number {
  let i = s;
  while (i > 0 && v.text[i - 1] === ' ') i--;
  while (i > 0 && v.text[i - 1] !== ' ') i--;
  return i;
}

/**
 * Grow the window [s, e) word by word (right first, within [lo, hi)) until its text occurs once
 * in the whole document, or it would exceed `max` characters. Null when it never becomes unique.
 */
export function growUnique(v: SourceView, s: number, e: number, lo: number, hi: number, max: number, prefer: 'right' | 'left' = 'right'): [number, number] | null {
  [s, e] = snap(v, s, e);
  const crosses = (a: number, b: number): boolean => v.barriers.some((x) => x >= a && x < b);
  if (crosses(s, e)) return null;
  for (let step = 0; step < 200; step++) {
    if (count(v, cut(v, s, e)) === 1) return [s, e];
    let r = e < hi ? nextWordEnd(v, e) : e;
    let l = s > lo ? prevWordStart(v, s) : s;
    if (crosses(s, r)) r = e;
    if (crosses(l, e)) l = s;
    const tryRight = prefer === 'right' ? r !== e : l === s;
    if (tryRight && r !== e && r - s <= max) e = r;
    else if (l !== s && e - l <= max) s = l;
    else if (r !== e && r - s <= max) e = r;
    else return null;
  }
  return null;
}

/** Text of [s, e) without trailing punctuation. */
export function cut(v: SourceView, s: number, e: number): string {
  return v.text.slice(s, e).replace(/[\s.,;:]+$/u, '').replace(/^[\s.,;:-]+/u, '');
}
