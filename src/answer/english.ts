/**
 * Slips in English questions ("targt", "hosuing"): a word that is neither English the engine
 * knows nor a Vietnamese syllable of the corpus is corrected to the one known word one edit
 * away. The known words are the glossary's, the indicators' and the question cues' own.
 */
import { EN_FUNCTION_WORDS, EN_GLOSSARY } from '../domain/glossary.js';
import { EN_COMMON } from '../domain/english-common.js';
import { EN_PLAN_GLOSSARY } from '../domain/glossary-plans.js';
import { INDICATORS } from '../domain/indicators.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * `broad`: with the plans' general vocabulary too. Slips are corrected only towards the core
 * vocabulary: among the many general words, "light" is one letter from "plight".
 */
export function englishVocabulary(cues: RegExp[], broad: boolean): Set<string> {
  const words = new Set<string>(EN_FUNCTION_WORDS);
  const add = (text: string): void => {
    for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(w);
  };
  for (const [en] of broad ? [...EN_GLOSSARY, ...EN_PLAN_GLOSSARY] : EN_GLOSSARY) add(en);
  for (const d of INDICATORS) add(`${d.en} ${d.enTerms.flat().join(' ')}`);
  for (const re of cues) add(re.source.replace(/\\[a-z]/g, ' '));
  return words;
}

/**
 * Every string one slip (a letter dropped, doubled or swapped with its neighbour) from `w`.
 * Not a replaced letter: "regarding" is a word of its own, not a slip for "rewarding".
 */
function* edits(w: string): Generator<string> {
  for (let i = 0; i <= w.length; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (b) yield a + b.slice(1);
    if (b.length > 1) yield a + b[1] + b[0] + b.slice(2);
    for (const c of LETTERS) yield a + c + b;
  }
}

function* vowelSwaps(w: string): Generator<string> {
  for (let i = 0; i < w.length; i++) if ('aeiouy'.includes(w[i] ?? '')) for (const v of 'aeiouy') if (v !== w[i]) yield w.slice(0, i) + v + w.slice(i + 1);
}

/** `known`: words that are right as typed (Vietnamese syllables of the corpus, place names). */
export function fixEnglishTypos(text: string, vocab: Set<string>, known: (w: string) => boolean): string {
  return text.replace(/[a-z]{5,}/g, (w) => {
    if (vocab.has(w) || known(w)) return w;
    const hits = new Set<string>();
    for (const e of edits(w)) if (vocab.has(e)) hits.add(e);
    // A long word that is no everyday English may have one vowel wrong ("insurence").
    if (!hits.size && w.length >= 8 && !EN_COMMON.has(w)) for (const e of vowelSwaps(w)) if (vocab.has(e)) hits.add(e);
    // Only an unambiguous correction: two known words one slip away is a guess.
    return hits.size === 1 ? [...hits][0]! : w;
  });
}

/** Base forms an inflected English word may have: "households" → "household", "assessing" → "assess", "recognised" → "recognise". */
function* baseForms(w: string): Generator<string> {
  if (w.endsWith('ies')) yield `${w.slice(0, -3)}y`;
  if (w.endsWith('es')) yield w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) yield w.slice(0, -1);
  for (const end of ['ing', 'ed']) {
    if (!w.endsWith(end) || w.length < end.length + 3) continue;
    const stem = w.slice(0, -end.length);
    yield stem;
    yield `${stem}e`;
    if (stem.at(-1) === stem.at(-2)) yield stem.slice(0, -1);
    if (end === 'ed' && stem.endsWith('i')) yield `${stem.slice(0, -1)}y`;
  }
  if (w.endsWith('ment')) yield w.slice(0, -4);
  if (w.endsWith('ation')) {
    yield w.slice(0, -5);
    yield `${w.slice(0, -5)}e`;
  }
}

/** An inflected word the glossary has only in its base form is read as that form; known words stay as typed. */
export function toBaseForms(text: string, vocab: Set<string>, known: (w: string) => boolean): string {
  return text.replace(/[a-z]{4,}/g, (w) => {
    if (vocab.has(w) || known(w)) return w;
    for (const b of baseForms(w)) if (vocab.has(b)) return b;
    return w;
  });
}

/** Vietnamese runs of one to three syllables in a gloss. */
function runs(vi: string): Set<string> {
  const s = vi.split(' ');
  const out = new Set<string>();
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n).join(' '));
  return out;
}

let single: Map<string, string> | null = null;

/**
 * Glosses of single words. Besides the glossary's own, a word it has only inside phrases gets
 * the Vietnamese those phrases share: "committee" is in "people's committee" (ủy ban nhân dân)
 * and "Front committee" (ủy ban mặt trận …), so on its own it reads "ủy ban".
 */
function singleWords(): Map<string, string> {
  if (single) return single;
  const map = new Map<string, string>();
  const phrases = new Map<string, string[]>();
  for (const [en, vi] of [...EN_GLOSSARY, ...EN_PLAN_GLOSSARY]) {
    const ws = en.split(' ');
    if (ws.length === 1) {
      if (!map.has(en)) map.set(en, vi);
      continue;
    }
    for (const w of new Set(ws)) if (w.length > 2 && !EN_FUNCTION_WORDS.has(w)) phrases.set(w, [...(phrases.get(w) ?? []), vi]);
  }
  for (const [w, glosses] of phrases) {
    if (map.has(w) || glosses.length < 2) continue;
    const counts = new Map<string, number>();
    for (const g of glosses) for (const r of runs(g)) counts.set(r, (counts.get(r) ?? 0) + 1);
    // The run most of the phrases share, the longest of those; none when they share nothing.
    let best: [string, number] | null = null;
    for (const [r, c] of counts) {
      if (c < 2 || c < glosses.length / 2) continue;
      if (!best || c > best[1] || (c === best[1] && r.length > best[0].length)) best = [r, c];
    }
    if (best) map.set(w, best[0]);
  }
  return (single = map);
}

/** The gloss of a word left over once the glossary's phrases are read, as typed or in a base form. */
export function wordGloss(w: string): string | undefined {
  const map = singleWords();
  const hit = map.get(w);
  if (hit !== undefined) return hit;
  for (const b of baseForms(w)) {
    const g = map.get(b);
    if (g !== undefined) return g;
  }
  return undefined;
}
