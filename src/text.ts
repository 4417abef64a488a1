/**
 * Text primitives shared by the indexer and the answer engine: Vietnamese folding,
 * syllable splitting and markdown clean-up. Pure functions, no I/O.
 */

/** NFC with Vietnamese tone-mark placement unified (hoà/hòa, thuỷ/thủy, uỷ/ủy → one form). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

const COMBINING = /[\u0300-\u036f]/g;

const ASCII = /^[\x00-\x7f]*$/;
const foldCache = new Map<string, string>();

/** Search key form: lower case, no diacritics, đ→d. Tone-placement variants fold to one key. */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  // Words repeat endlessly in this corpus: remember short ones (bounded).
  if (s.length <= 24) {
    const hit = foldCache.get(s);
    if (hit !== undefined) return hit;
  }
  const out = s.normalize('NFD').replace(COMBINING, '').replace(/[đðĐÐ]/g, 'd').toLowerCase();
  if (s.length <= 24) {
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(s, out);
  }
  return out;
}

/** True when a string carries Vietnamese diacritics (or đ). */
export function hasDiacritics(s: string): boolean {
  return /[\u0300-\u036f]/.test(s.normalize('NFD')) || /[đĐ]/.test(s);
}

/** Folded syllables (ASCII letters/digits runs). */
export function syllables(s: string): string[] {
  return fold(s).match(/[a-z0-9]+/g) ?? [];
}

/** Folded text with every non-alphanumeric run collapsed to one space: for phrase tests. */
export function foldFlat(s: string): string {
  return ` ${syllables(s).join(' ')} `;
}

/** Does folded `hay` contain the folded phrase `needle` on syllable boundaries? */
const phraseKeys = new Map<string, string>();
export function hasPhrase(flatHay: string, needle: string): boolean {
  // Needles are the domain's fixed phrases (indicator labels): each is folded once.
  let k = phraseKeys.get(needle);
  if (k === undefined) phraseKeys.set(needle, (k = foldFlat(needle)));
  return flatHay.includes(k);
}

/** Remove markdown markers that the sources carry around words: bold, heading hashes, escapes, html sup. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/<\/?(?:sup|sub|b|i|u|em|strong)>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(\S[^*]*?\S|\S)\*(?=\s|[.,;:!?)]|$)/g, '$1$2')
    .replace(/\\([*_#\\[\]()-])/g, '$1')
    .replace(/\u00a0/g, ' ');
}

/** Collapse white space runs and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Uppercase ratio among letters; used to tell "II. MỤC TIÊU" headings from sentences. */
export function upperRatio(s: string): number {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length;
}

/** Stable short hash (FNV-1a, 32-bit, hex) for ids and staleness checks. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const OLD_TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/** Accented syllables, lower case, one tone placement ("hoà" and "hòa" → "hòa"). */
export function accentedSyllables(s: string): string[] {
  return (s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => {
    const tail = w.slice(-2);
    const fixed = OLD_TONE[tail];
    return fixed ? w.slice(0, -2) + fixed : w;
  });
}
