/** The sentences of a passage that carry the most of the question. */
import { coverage, termSet } from './scoring.js';
import type { Understanding } from './understand.js';

export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+(?=\p{Lu}|-)/u).filter(Boolean);
}

/** At most two sentences, in text order; the whole text when it is one sentence. */
export function bestSentences(u: Pick<Understanding, 'stats' | 'terms'>, text: string): string[] {
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return [text];
  const scored = sentences.map((s, i) => ({ s, i, score: coverage(u.stats, u.terms, termSet(s)) }));
  const top = [...scored].sort((x, y) => y.score - x.score).slice(0, 2).sort((x, y) => x.i - y.i);
  return top.map((x) => x.s);
}
