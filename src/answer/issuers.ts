/**
 * Documents named by their issuer. A central plan has no locality to scope a question by:
 * "Bộ Lao động - Thương binh và Xã hội phấn đấu …" names it by the body that issued it
 * ("Ban cán sự đảng Bộ Lao động - Thương binh và Xã hội"). Local plans are reached by
 * their place, which their issuer's name holds anyway.
 */
import type { Corpus } from '../ingest/corpus.js';
import { syllableStream } from '../search/tokenizer.js';

/** Words that open an organ's name: the issuer is named from one of them on. */
const HEADS = new Set(['bo', 'ban', 'uy', 'tong', 'cuc', 'vu', 'hoi', 'dang', 'mat', 'trung', 'van', 'ngan']);
/** Fewer syllables than this do not name one body ("Bộ Y tế" does; "Ban Thường vụ" does not). */
const MIN_SYLLABLES = 3;

export interface IssuerName {
  words: string[];
  source: string;
}

/** Every tail of a locality-less document's issuer that opens with an organ word, longest first. */
function issuerNames(corpus: Corpus): IssuerName[] {
  const names: IssuerName[] = [];
  for (const { meta } of corpus.documents) {
    if (meta.locality || !meta.issuingBody) continue;
    const words = syllableStream(meta.issuingBody);
    for (let i = 0; i + MIN_SYLLABLES <= words.length; i++) {
      if (HEADS.has(words[i] ?? '')) names.push({ words: words.slice(i), source: meta.source });
    }
  }
  return names.sort((a, b) => b.words.length - a.words.length);
}

const cache = new WeakMap<Corpus, IssuerName[]>();

/** Sources whose issuer the question names (by the longest name found). */
export function documentsByIssuer(corpus: Corpus, question: string): string[] {
  let names = cache.get(corpus);
  if (!names) {
    names = issuerNames(corpus);
    cache.set(corpus, names);
  }
  if (!names.length) return [];
  const q = ` ${syllableStream(question).join(' ')} `;
  const out: string[] = [];
  let len = 0;
  for (const n of names) {
    if (n.words.length < len) break;
    if (q.includes(` ${n.words.join(' ')} `) && !out.includes(n.source)) {
      out.push(n.source);
      len = n.words.length;
    }
  }
  return out;
}
