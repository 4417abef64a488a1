/**
 * Query terms: content syllables, plus the two-syllable words found by segmenting the
 * question into the non-overlapping pairs the corpus uses most ("chủ trì | công tác |
 * tuyên truyền"), so that chance pairs across words ("trì công") do not count.
 */
import { STOPWORDS, syllableStream } from '../search/tokenizer.js';
import { CASED_ABBREVIATIONS, QUERY_SHORTHAND } from '../domain/glossary.js';
import { fold, squash } from '../text.js';
import type { Idf } from './scoring.js';

/** Question and function words that make a pair noise ("giải pháp gì", "những giải", "về giảm": "về" introduces the topic); "nhà ở" stays. */
const BIGRAM_NOISE = new Set('nao gi ai nhieu sao chua nhung cac cua la va ve'.split(' '));

/** Levels of a place that no word of the plans' vocabulary shares a spelling with: "huyện", "h.", "tp.". */
const PLACE_LEVEL = new Set('tinh huyen h tp tx p q x'.split(' '));

/** Verbs that frame a question rather than name its topic ("đề ra những giải pháp gì"). */
const QUESTION_FRAME = new Set(['de_ra', 'dat_ra', 'neu_ra', 'the_nao', 'nhu_the', 'la_gi', 'ra_sao']);

/** How strongly two syllables stick together in the corpus (cosine of their chunk sets). */
function stickiness(stats: Idf, a: string, b: string): number {
  const n = stats.df.get(`${a}_${b}`) ?? 0;
  if (!n) return 0;
  return n / Math.sqrt((stats.df.get(a) ?? n) * (stats.df.get(b) ?? n));
}

/** `isPlace`: syllables of place names, which select documents rather than passages. */
export function queryTerms(stats: Idf, searchText: string, isPlace: (s: string) => boolean = () => false): string[] {
  const syl = syllableStream(searchText);
  // "ở" before a place, or before the level of one ("ở h. Tuy Phước"), is the preposition,
  // never half of a word ("nghèo ở | Đức Phổ").
  const locative = (i: number): boolean => syl[i] === 'o' && (isPlace(syl[i + 1] ?? '') || PLACE_LEVEL.has(syl[i + 1] ?? ''));
  const pairOk = (x: string, y: string): number =>
    BIGRAM_NOISE.has(x) || BIGRAM_NOISE.has(y) || QUESTION_FRAME.has(`${x}_${y}`) || (isPlace(x) && isPlace(y)) ? 0 : stickiness(stats, x, y);
  // best[i]: best total stickiness of pairs chosen among the first i syllables.
  const best: number[] = [0];
  const took: boolean[] = [false];
  for (let i = 1; i <= syl.length; i++) {
    const skip = best[i - 1] ?? 0;
    const s = i >= 2 && !locative(i - 2) && !locative(i - 1) ? pairOk(syl[i - 2] ?? '', syl[i - 1] ?? '') : 0;
    const pair = s > 0.02 ? (best[i - 2] ?? 0) + s : -1;
    best.push(Math.max(skip, pair));
    took.push(pair > skip);
  }
  const out = new Set<string>();
  const framed = new Set<string>();
  const paired = new Set<number>();
  for (let i = syl.length; i >= 1; ) {
    if (took[i]) {
      out.add(`${syl[i - 2]}_${syl[i - 1]}`);
      paired.add(i - 2).add(i - 1);
      i -= 2;
    } else i -= 1;
  }
  // Two adjacent content syllables that pair with nothing and that the corpus never puts
  // together ("giao thông", "xử phạt") are a word the documents do not use: keep it as a
  // term no passage has, so it counts against coverage.
  for (let i = 0; i + 1 < syl.length; i++) {
    const x = syl[i] ?? '';
    const y = syl[i + 1] ?? '';
    if (paired.has(i) || paired.has(i + 1) || STOPWORDS.has(x) || STOPWORDS.has(y) || BIGRAM_NOISE.has(x) || BIGRAM_NOISE.has(y)) continue;
    if (isPlace(x) || isPlace(y) || /\d/.test(x + y) || stats.df.has(`${x}_${y}`)) continue;
    out.add(`${x}_${y}`);
    paired.add(i).add(i + 1);
  }
  for (let i = 0; i + 1 < syl.length; i++) {
    const b = `${syl[i]}_${syl[i + 1]}`;
    if (QUESTION_FRAME.has(b)) framed.add(syl[i] ?? '').add(syl[i + 1] ?? '');
  }
  for (const u of syl) if (!STOPWORDS.has(u) && !isPlace(u) && !framed.has(u)) out.add(u);
  return [...out];
}

/**
 * A typed word the corpus never uses, corrected to the corpus word one slip away
 * (two letters swapped, one letter dropped or doubled): "nugoi" → "nguoi", "thnah" → "thanh".
 */
export function correctTypos(stats: Idf, folded: string, fixable: (w: string) => boolean = () => true): string {
  return folded.replace(/[a-z]{2,}/g, (w) => {
    // Stopwords are not counted in the index, but they are words ("theo" is no slip for "the").
    if (stats.df.has(w) || STOPWORDS.has(w)) return w;
    // "kí" is "ký", "lí" is "lý": two spellings of one syllable, typed either way, whatever its marks.
    const iy = /[iy]$/.test(w) ? `${w.slice(0, -1)}${w.endsWith('i') ? 'y' : 'i'}` : '';
    if (iy && stats.df.has(iy)) return iy;
    if (w.length < 4 || !fixable(w)) return w;
    const candidates = new Set<string>();
    for (let i = 0; i + 1 < w.length; i++) candidates.add(w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2));
    for (let i = 0; i < w.length; i++) candidates.add(w.slice(0, i) + w.slice(i + 1));
    let best = w;
    let df = 0;
    for (const c of candidates) {
      const n = stats.df.get(c) ?? 0;
      if (n > df) {
        best = c;
        df = n;
      }
    }
    return best;
  });
}

/** Question shorthand ("bn", "noxh", "đô thị") spelled the way the plans write it. */
const SHORTHAND = [...QUERY_SHORTHAND].map(([k, v]) => [` ${k} `, ` ${v} `] as const);
/** A question's own text, folded, with its shorthand spelled out. Abbreviations in capitals ("KH", "CTr") as the index reads them. */
export function shorthand(question: string): string {
  // Not inside a document number ("86-KH/BCSĐ"): that names a document, it says nothing.
  const folded = fold(question.replace(/[\p{L}\p{N}]+/gu, (w, at: number) => (/[-/]/.test(question[at - 1] ?? '') || question[at + w.length] === '/' ? w : (CASED_ABBREVIATIONS.get(w) ?? w))));
  // "kh" is "kế hoạch" before a number, a place level or "của" ("kh 109", "kh huyện"); in chat it may be "không".
  // "… có đề cập … ko, …", "… chưa vậy?": the particles that close a yes/no question in chat name nothing.
  const closed = folded.replace(/(?:\s+(?:khong|ko|k|hok|hong|chua|vay|nhi|a|ha|nhe|ak|ah))+\s*(?=[,?!;.]|$)/g, ' ');
  // "kí", "kì" are "ký", "kỳ" in the older spelling the plans use.
  let out = ` ${closed.replace(/[^a-z0-9]+/g, ' ')} `.replace(/ ki /g, ' ky ').replace(/ kh (?=\d|cua |huyen |tinh |thi |xa |so )/g, ' ke hoach ');
  for (const [k, v] of SHORTHAND) if (out.includes(k)) out = out.split(k).join(v);
  return squash(out);
}
