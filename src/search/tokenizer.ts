/**
 * Vietnamese tokenizer for Orama: folded syllables (no diacritics, đ→d), syllable bigrams
 * (Vietnamese words are mostly two syllables: "tuyên truyền"), stopwords dropped, and
 * abbreviations expanded (BHYT → bảo hiểm y tế). Every token ends with a terminator so
 * Orama's prefix matching ("ban" would match "bang") becomes whole-token matching.
 */
import type { Tokenizer } from '@orama/orama';
import { fold } from '../text.js';
import { ABBREVIATIONS, CASED_ABBREVIATIONS } from '../domain/glossary.js';

export const TERMINATOR = '~';

/**
 * Function words dropped as unigrams. Folding merges syllables ("dang" = đang/Đảng,
 * "bao" = bao/bảo, "thi" = thì/thị), so only syllables that are function words under
 * every reading are listed; the rest stay searchable.
 */
export const STOPWORDS = new Set(
  (
    'va cua cac nhung la duoc trong cho voi ve den theo khi nhu nao gi ai hay hoac mot se rat vao nay kia ay o ' +
    'nhieu sao chua roi hoi ha nhe a oi vay phai'
  ).split(' '),
);

/** Folded syllables of a text with abbreviations expanded; original order kept. */
export function syllableStream(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const cased = CASED_ABBREVIATIONS.get(raw);
    const f = fold(raw);
    const expanded = cased ?? ABBREVIATIONS.get(f);
    if (expanded) out.push(...expanded.split(' '));
    else out.push(f);
  }
  return out;
}

export interface Terms {
  unigrams: string[];
  bigrams: string[];
}

export function terms(text: string): Terms {
  const syl = syllableStream(text);
  const unigrams = syl.filter((s) => !STOPWORDS.has(s));
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < syl.length; i++) {
    const a = syl[i] ?? '';
    const b = syl[i + 1] ?? '';
    if (STOPWORDS.has(a) && STOPWORDS.has(b)) continue;
    bigrams.push(`${a}_${b}`);
  }
  return { unigrams, bigrams };
}

/** Index/search tokens, duplicates kept (term frequency matters for BM25). */
export function tokens(text: string): string[] {
  const t = terms(text);
  return [...t.unigrams, ...t.bigrams].map((x) => x + TERMINATOR);
}

/** Orama tokenizer component (shape documented in ../shared/STACK.md). */
export function createVietnameseTokenizer(): Tokenizer {
  return {
    language: 'vietnamese',
    normalizationCache: new Map(),
    tokenize(raw: string): string[] {
      // Orama also calls this for non-string `where` values: pass them through.
      if (typeof raw !== 'string') return [raw];
      return tokens(raw);
    },
  };
}
