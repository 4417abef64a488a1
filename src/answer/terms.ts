/**
 * Query terms: content syllables, plus the two-syllable words found by segmenting the
 * question into the non-overlapping pairs the corpus uses most ("chủ trì | công tác |
 * tuyên truyền"), so that chance pairs across words ("trì công") do not count.
 */
import { STOPWORDS, syllableStream } from '../search/tokenizer.js';
import { ABBREVIATIONS, CASED_ABBREVIATIONS, QUERY_SHORTHAND } from '../domain/glossary.js';
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
  // "… có đề cập … ko, …", "… chưa vậy?": the particles that close a yes/no question in chat name nothing.
  const closed = folded.replace(/(?:\s+(?:khong|ko|k|hok|hong|chua|vay|nhi|a|ha|nhe|ak|ah))+\s*(?=[,?!;.]|$)/g, ' ');
  // "kí", "kì" are "ký", "kỳ" in the older spelling the plans use; "kh" is "kế hoạch" before a
  // number, a place level or "của" ("kh 109", "kh huyện"), but in chat it may be "không".
  let out = ` ${closed.replace(/[^a-z0-9]+/g, ' ')} `.replace(/ ki /g, ' ky ').replace(/ kh (?=\d|cua |huyen |tinh |thi |xa |so )/g, ' ke hoach ');
  for (const [k, v] of SHORTHAND) if (out.includes(k)) out = out.split(k).join(v);
  return squash(out);
}

/** Bigrams of the corpus by their initials ("vn" → "viet_nam", …), the most used first; worked out once per corpus. */
const byInitials = new WeakMap<Map<string, number>, Map<string, Array<[string, number]>>>();
function bigramsByInitials(df: Map<string, number>): Map<string, Array<[string, number]>> {
  let m = byInitials.get(df);
  if (m) return m;
  m = new Map();
  for (const [t, n] of df) {
    const [a, b, c] = t.split('_');
    if (!a || !b || c !== undefined) continue;
    const key = `${a[0]}${b[0]}`;
    const list = m.get(key) ?? [];
    list.push([t, n]);
    m.set(key, list);
  }
  for (const list of m.values()) list.sort((x, y) => y[1] - x[1]);
  byInitials.set(df, m);
  return m;
}

/** An initialism is read as its words when the documents use one phrase with those initials far more than any other. */
const DOMINANCE = 2;
const MIN_USES = 2;

/** How often a phrase (folded, words joined by spaces) occurs in texts (folded, words joined by single spaces). */
function uses(phrase: string, texts: string[]): number {
  let n = 0;
  for (const t of texts) for (let i = t.indexOf(` ${phrase} `); i >= 0; i = t.indexOf(` ${phrase} `, i + 1)) n++;
  return n;
}

/**
 * Abbreviations typed in chat that no glossary lists ("quỹ VNN", "nhà ĐĐK"), read from the
 * documents' own phrases: a word of three or four consonants is the phrase whose syllables
 * start with those letters, when the documents asked about use one such phrase clearly more
 * than any other. Two letters are too ambiguous to guess. `texts`: those documents, folded,
 * words joined by single spaces.
 */
export function expandInitials(stats: Idf, folded: string, texts: () => string[], scopeKey = ''): string {
  const table = bigramsByInitials(stats.df);
  const known = expansions.get(stats.df) ?? new Map<string, string>();
  expansions.set(stats.df, known);
  return folded.replace(/\b[b-df-hj-np-tv-xz]{3,4}\b/g, (w, at: number) => {
    // After a number it is part of a document's number ("86 kh bcsd"), not a phrase; the
    // glossary's abbreviations ("bhyt") are spelled out when the question is tokenised.
    if (stats.df.has(w) || STOPWORDS.has(w) || ABBREVIATIONS.has(w) || /\d\W*$/.test(folded.slice(Math.max(0, at - 3), at))) return w;
    const key = `${w}\u0001${scopeKey}`;
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const out = expandOne(w, table, texts);
    if (known.size > 10_000) known.clear();
    known.set(key, out);
    return out;
  });
}

/** Expansions worked out, per corpus, by initialism and documents asked about. */
const expansions = new WeakMap<Map<string, number>, Map<string, string>>();

function expandOne(w: string, table: Map<string, Array<[string, number]>>, texts: () => string[]): string {
  const best = (key: string): string[] => (table.get(key) ?? []).slice(0, 40).map(([t]) => t).filter((t) => !STOPWORDS.has(t.split('_')[0] ?? ''));
  // Three letters: two bigrams that share their middle syllable ("vi_nguoi" + "nguoi_ngheo"); four: two bigrams ("van_hoa" + "xa_hoi").
  const candidates =
    w.length === 3
      ? best(w.slice(0, 2)).flatMap((ab) => best(w.slice(1)).filter((bc) => bc.startsWith(`${ab.split('_')[1]}_`)).map((bc) => `${ab.replace('_', ' ')} ${bc.split('_')[1]}`))
      : best(w.slice(0, 2)).slice(0, 12).flatMap((ab) => best(w.slice(2)).slice(0, 12).map((cd) => `${ab} ${cd}`.replace(/_/g, ' ')));
  const docs = texts();
  const counted = candidates.slice(0, 24).map((c) => [c, uses(c, docs)] as const).sort((x, y) => y[1] - x[1]);
  const [top, next] = counted;
  return top && top[1] >= MIN_USES && top[1] >= DOMINANCE * (next?.[1] ?? 0) ? top[0] : w;
}
