/**
 * Slips in English questions ("targt", "hosuing"): a word that is neither English the engine
 * knows nor a Vietnamese syllable of the corpus is corrected to the one known word one edit
 * away. The known words are the glossary's, the indicators' and the question cues' own.
 */
import { EN_FUNCTION_WORDS, EN_GLOSSARY } from '../domain/glossary.js';
import { INDICATORS } from '../domain/indicators.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function englishVocabulary(cues: RegExp[]): Set<string> {
  const words = new Set<string>(EN_FUNCTION_WORDS);
  const add = (text: string): void => {
    for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(w);
  };
  for (const [en] of EN_GLOSSARY) add(en);
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

/** `known`: words that are right as typed (Vietnamese syllables of the corpus, place names). */
export function fixEnglishTypos(text: string, vocab: Set<string>, known: (w: string) => boolean): string {
  return text.replace(/[a-z]{5,}/g, (w) => {
    if (vocab.has(w) || known(w)) return w;
    const hits = new Set<string>();
    for (const e of edits(w)) if (vocab.has(e)) hits.add(e);
    // Only an unambiguous correction: two known words one slip away is a guess.
    return hits.size === 1 ? [...hits][0]! : w;
  });
}
