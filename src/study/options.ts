/**
 * Quiz options: one comparison key per option (so "35-40%" and "35 - 40%", "02 dược sĩ" and
 * "2 dược sĩ" count as the same option), and numeric distractors that stay plausible.
 */
import { fold } from '../text.js';

/** "12.900" → 12900, "2,45" → 2.45, "04" → 4 (Vietnamese: dot groups thousands, comma is decimal). */
export function parseViNumber(s: string): number {
  const t = /^\d{1,3}(?:\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s.replace(/\./g, '').replace(',', '.');
  return Number(t);
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The numbers an option states, in order. */
export function numbersIn(s: string): number[] {
  return (s.match(NUMBER) ?? []).map(parseViNumber);
}

/**
 * Comparison key: folded (no diacritics, so tone-placement variants "Thị uỷ"/"Thị ủy" meet),
 * numbers in canonical form, no spaces around dashes, slashes and percent signs, dash
 * variants unified, trailing punctuation and quotes dropped.
 */
export function optionKey(s: string): string {
  return fold(s.normalize('NFC'))
    .replace(NUMBER, (n) => String(parseViNumber(n)))
    .replace(/[–—‑]/g, '-')
    .replace(/["“”'‘’*]/g, '')
    .replace(/\s*([-/%])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:…]+$/, '')
    .trim();
}

interface Keyed {
  key: string;
  numbers: string;
}

function keyed(s: string): Keyed {
  return { key: optionKey(s), numbers: numbersIn(s).join(' ') };
}

const same = (a: Keyed, b: Keyed): boolean => a.key === b.key || (a.numbers !== '' && a.numbers === b.numbers);

/** Two options say the same thing: same key, or (for values) the very same numbers. */
export function sameOption(a: string, b: string): boolean {
  return same(keyed(a), keyed(b));
}

/** Keep options in order, dropping any that says the same as one kept before; stop at `limit`. */
export function distinctOptions(options: readonly string[], limit = Infinity): string[] {
  const out: string[] = [];
  const keys: Keyed[] = [];
  for (const o of options) {
    if (out.length >= limit) break;
    if (!o.trim()) continue;
    const k = keyed(o);
    if (keys.some((x) => same(x, k))) continue;
    keys.push(k);
    out.push(o);
  }
  return out;
}

/** Is a made-up value believable for a value `v` with this unit? Shared with the tests. */
export function plausibleValue(candidate: number, v: number, unit: string): boolean {
  if (!(candidate > 0) || candidate === v) return false;
  if (unit === '%') return candidate <= 100 && Math.abs(candidate - v) <= 0.5 * v;
  return Math.abs(candidate - v) <= Math.max(1, 0.15 * v);
}

/** One significant digit: 645 → 600, 3.75 → 4, 1.6 → 2. */
function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return Math.max(1, Math.round(x / p)) * p;
}

function stepFor(v: number, unit: string): number {
  if (unit === '%') return v < 5 ? 0.5 : v < 20 ? 1 : 5;
  return v < 20 ? 1 : niceStep(v * 0.05);
}

function decimals(s: string): number {
  return /,(\d+)$/.exec(s)?.[1]?.length ?? 0;
}

/** Write n the way `like` was written: decimal comma, dot thousands, a leading zero kept. */
function formatLike(n: number, like: string): string {
  const d = Math.min(2, decimals(like));
  const [int = '0', frac = ''] = n.toFixed(d).split('.');
  const grouped = n >= 1000 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  const padded = /^0\d$/.test(like) && grouped.length === 1 ? `0${grouped}` : grouped;
  const f = frac.replace(/0+$/, '');
  return f ? `${padded},${f}` : padded;
}

/** The value part of an answer: its first number and, for a range, the second. */
const VALUE = /(\d+(?:[.,]\d+)*)(\s*[-–]\s*)?(\d+(?:[.,]\d+)*)?/;

/**
 * Made-up values near the true one, written like it ("dưới 2,45%" → "dưới 2,95%"), each
 * plausible for the unit, nearest first.
 */
export function nearbyValues(answer: string, unit: string): string[] {
  const m = VALUE.exec(answer);
  if (!m?.[1]) return [];
  const v = parseViNumber(m[1]);
  const hi = m[3] && m[2] ? parseViNumber(m[3]) : null;
  const step = stepFor(v, unit);
  const out: string[] = [];
  for (const k of [1, -1, 2, -2, 3, -3, 4, -4]) {
    const c = Math.round((v + k * step) * 100) / 100;
    const cHi = hi === null ? null : Math.round((hi + k * step) * 100) / 100;
    if (!plausibleValue(c, v, unit) || (cHi !== null && !plausibleValue(cHi, hi ?? 0, unit))) continue;
    const value = `${formatLike(c, m[1])}${cHi === null ? '' : `${m[2]}${formatLike(cHi, m[3] ?? '')}`}`;
    out.push(answer.slice(0, m.index) + value + answer.slice(m.index + m[0].length));
  }
  return out;
}
