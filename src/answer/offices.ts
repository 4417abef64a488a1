/**
 * Offices a question names that the documents do not: named in capitals that no plan uses
 * ("Sở Y tế" when no plan does), or that no plan in the question's scope mentions, in
 * Vietnamese or in English ("the Bank for Social Policies"). Such a question gets an honest
 * not-found rather than the passage that shares its words.
 */
import { OFFICE_NAMES } from '../domain/offices.js';
import { STOPWORDS, syllableStream } from '../search/tokenizer.js';
import { topChunks } from '../search/postings.js';
import { fold } from '../text.js';
import { gloss } from './analyze.js';
import type { Engine } from './engine.js';
import { chunkRangesOf } from './lookup.js';
import type { Idf } from './scoring.js';
import { ROLE_TERMS } from './roles.js';

/** The words Vietnamese office names start with. */
const HEADS = String.raw`(?<![\p{L}])(Sở|Ban|Phòng|Cục|Vụ|Hội|Ngân hàng|Trung tâm|Công an|Bộ)`;
/** An office named the way Vietnamese names offices: a head word, then capitalised words. */
const OFFICE = new RegExp(String.raw`${HEADS}((?:\s+(?:-\s+)?\p{Lu}[\p{Ll}]*){1,5}(?:\s+và\s+\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*)?)?)`, 'gu');

/** Offices named in the question whose name (any two syllables of it) the corpus never uses. */
export function unknownAgencies(stats: Idf, question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(OFFICE)) {
    const name = `${m[1]}${m[2]}`.trim();
    const syl = (fold(name).match(/[a-z0-9]+/g) ?? []);
    if (syl.length < 2) continue;
    const pairs = syl.slice(1).map((s, i) => `${syl[i]}_${s}`);
    if (pairs.some((p) => !stats.df.has(p))) out.push(name);
  }
  return out;
}

/** Where an office's name starts: its head word before a capital. */
const OFFICE_HEAD = new RegExp(String.raw`${HEADS}(?=\s+\p{Lu})`, 'gu');
/** Words that end an office's name in a question: the role or question that follows it, a place's level. */
const NAME_STOP = new Set([...ROLE_TERMS, 'nao', 'gi', 'co', 'la', 'o', 'tai', 'cua', 'trong', 'voi', 'tinh', 'huyen', 'xa', 'thi', 'duoc', 'da', 'se', 've', 'cho']);

/**
 * The passages of the documents in scope that hold `terms` (the postings say which, so a
 * large corpus is never scanned whole), each as its heading and text.
 */
function passagesWith(engine: Engine, terms: string[], sources: string[]): string[] {
  const ranges = sources.length < engine.corpus.documents.length ? chunkRangesOf(engine.lookup, sources) : undefined;
  // The passages that hold the name's words score highest: the first few tell whether it is there.
  const { hits } = topChunks(engine.postings, { terms, limit: 50, ...(ranges ? { ranges } : {}) });
  return hits.flatMap(({ chunk }) => {
    const c = engine.corpus.chunks[chunk];
    return c ? [`${c.section} . ${c.text}`] : [];
  });
}

/** A phrase's two-syllable terms, as the index holds them ("so_y", "y_te"). */
const pairsOf = (words: string[]): string[] => words.slice(1).map((w, i) => `${words[i]}_${w}`);

/** Office names as passages write them, folded, each the head and the words after it: "so lao dong thuong binh va …". */
function officeNames(texts: string[], length: number): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(OFFICE_HEAD)) out.push(` ${(fold(text.slice(m.index, m.index + 120)).match(/[a-z0-9]+/g) ?? []).slice(0, length).join(' ')} `);
  }
  return out;
}

/** An office an English question names: "the Bank for Social Policies", "the Health Department". */
const EN_OFFICE = /\b(?:Department|Ministry|Bank|Office|Board|Committee|Union|Association|Agency|Cent(?:re|er)|Fund)\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+(?:and\s+|&\s+|-\s+)?[A-Z][\w'-]*)*)|((?:[A-Z][\w'-]*\s+(?:-\s+)?){1,4})(?:Department|Board|Office|Bank|Union|Association|Committee|Cent(?:re|er)|Fund)\b/g;
/** Head words of office names, folded. */
export const OFFICE_WORDS = new Set(['ban', 'so', 'cuc', 'vu', 'hoi', 'phong', 'dang', 'uy', 'bo', 'trung', 'ngan']);
/** Heads of two syllables: "Ủy ban …", "Đảng đoàn …". */
export const TWO_SYLLABLE_HEAD = new Set(['uy', 'dang']);
/** Words of an office's kind, not of its field ("ngân hàng", "quỹ", "trung tâm", "văn phòng"). */
const OFFICE_KIND = new Set([...OFFICE_WORDS, 'quy', 'tam', 'hang', 'van']);

/**
 * Offices an English question names whose field (glossed: "Social Policies" → "chính sách xã hội")
 * no office named in the documents in scope has: an honest not-found, as for Vietnamese names.
 */
export function englishOfficesOutOfScope(engine: Engine, question: string, sources: string[]): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(EN_OFFICE)) {
    const g = gloss((m[1] ?? m[2] ?? '').trim(), () => false);
    const words = [...new Set(g.text.split(' ').filter((w) => w && !STOPWORDS.has(w) && !OFFICE_KIND.has(w)))];
    // A name the glossary cannot read is not judged.
    if (!words.length || g.unknown) continue;
    // Known when an office named in scope shares two thirds of its field's words ("Propaganda - Movement
    // Board" is "Ban Tuyên giáo - Phong trào"): a translation seldom gives every word back.
    const known = officeNames(passagesWith(engine, words, sources), 6).some((n) => words.filter((w) => n.includes(` ${w} `)).length * 3 >= words.length * 2);
    if (!known) out.push(m[0].trim());
  }
  return out;
}

/**
 * Offices a marked question names ("Sở Y tế", "Ban Dân vận") that no document in scope
 * mentions: the plans in scope assign them nothing, whatever passage shares their words.
 */
export function officesOutOfScope(engine: Engine, question: string, sources: string[], isPlace: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(OFFICE_HEAD)) {
    const raw = question.slice(m.index).match(/[\p{L}\p{N}]+/gu) ?? [];
    const words: string[] = [];
    for (const [i, w] of raw.entries()) {
      const f = fold(w);
      if (i > 0 && (NAME_STOP.has(f) || isPlace(f) || words.length >= 6)) break;
      words.push(w);
    }
    if (words.length < 2) continue;
    // The head and two words name the office ("Sở Y tế", "Ban Thường trực …"); the rest is
    // written many ways ("MTTQ" for "Ủy ban MTTQ Việt Nam").
    const key = words.slice(0, 3).map(fold);
    const named = ` ${key.join(' ')} `;
    if (!officeNames(passagesWith(engine, pairsOf(key), sources), 3).some((n) => n.startsWith(named))) out.push(words.join(' '));
  }
  return out;
}

/** Is the phrase (folded, abbreviations spelled out: "UBND" is "uy ban nhan dan") in a passage in scope? */
function mentioned(engine: Engine, phrase: string, sources: string[]): boolean {
  const words = phrase.split(' ');
  const terms = words.length > 1 ? pairsOf(words) : words;
  return passagesWith(engine, terms, sources).some((t) => ` ${syllableStream(t).join(' ')} `.includes(` ${phrase} `));
}

/** Agencies the question names (by a name some plan uses) that no document in scope mentions. */
export function agenciesOutOfScope(engine: Engine, agencies: string[], sources: string[]): string[] {
  // "Văn phòng Đảng ủy xã" in a commune's plan that says "Văn phòng Đảng ủy": the level is the plan's own.
  const bare = (n: string): string => n.replace(/ (?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)$/, '');
  return agencies.filter((n) => !mentioned(engine, n, sources) && (bare(n) === n || bare(n).split(' ').length < 2 || !mentioned(engine, bare(n), sources)));
}

/** The standing offices' names as questions spell them ("so y te", "ban dan van"), longest first. */
const STANDING = [...new Set(OFFICE_NAMES.map((n) => syllableStream(n).join(' ')))].sort((a, b) => b.length - a.length);

/**
 * Standing offices a question names, with or without marks ("Nhiệm vụ của Sở Y tế", "so y te"),
 * that no document in scope mentions.
 */
export function standingOfficesOutOfScope(engine: Engine, question: string, sources: string[]): string[] {
  const q = ` ${syllableStream(question).join(' ')} `;
  const out: string[] = [];
  for (const name of STANDING) {
    if (!q.includes(` ${name} `) || out.some((o) => o.includes(name))) continue;
    if (!mentioned(engine, name, sources)) out.push(name);
  }
  return out.map((n) => OFFICE_NAMES.find((o) => syllableStream(o).join(' ') === n) ?? n);
}
