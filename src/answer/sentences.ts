/** The sentences of a passage that carry the most of the question. */
import { coverage, termSet } from './scoring.js';
import type { Understanding } from './understand.js';

/** A piece this short after a ";" is the end of a list ("…, Ban Vì sự tiến bộ phụ nữ; Hội người mù."), not a sentence. */
const FRAGMENT = 40;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const s of text.split(/(?<=[.;!?])\s+(?=\p{Lu}|-)/u)) {
    if (!s) continue;
    const last = out.length - 1;
    if (last >= 0 && (out[last] ?? '').endsWith(';') && s.length < FRAGMENT) out[last] = `${out[last]} ${s}`;
    else out.push(s);
  }
  return out;
}

/** What an answer shows of a passage, at most. */
const BUDGET = 800;

/**
 * The best sentence, then the next best ones that carry part of the question while the
 * excerpt stays within what an answer shows (a long first sentence would push the fact out);
 * in text order. The whole text when it is one sentence.
 */
export function bestSentences(u: Pick<Understanding, 'stats' | 'terms'>, text: string, prefer?: RegExp): string[] {
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return [text];
  // `prefer`: what the question asks for must be in the excerpt (a document's number).
  const scored = sentences.map((s, i) => ({ s, i, score: coverage(u.stats, u.terms, termSet(s)) + (prefer?.test(s) ? 1 : 0) }));
  const ranked = [...scored].sort((x, y) => y.score - x.score);
  const chosen = ranked.slice(0, 1);
  let length = chosen[0]?.s.length ?? 0;
  for (const x of ranked.slice(1, 3)) {
    if (x.score <= 0 || length + x.s.length + 3 > BUDGET) continue;
    chosen.push(x);
    length += x.s.length + 3;
  }
  return chosen.sort((x, y) => x.i - y.i).map((x) => x.s);
}
