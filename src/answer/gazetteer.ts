/**
 * Places the corpus covers, and places it does not (other provinces), found in a
 * question in time proportional to the question, not to the number of documents.
 */
import { fold } from '../text.js';
import { ABBREVIATIONS } from '../domain/glossary.js';
import { ENGLISH_PLACES, PROVINCES } from '../domain/places.js';
import { nationalIndex, type NationalPlace } from '../domain/national.js';

export interface Place {
  name: string;
  /** Folded syllables of the name. */
  key: string[];
}

export interface Word {
  raw: string;
  f: string;
}

export function placeKey(name: string): string[] {
  return fold(name).match(/[a-z0-9]+/g) ?? [];
}

/** Names that are also ordinary words ("hòa bình" = peace): only when capitalised. */
const AMBIGUOUS = new Set(['hoa binh', 'long an', 'hue', 'ha nam', 'an giang', 'gia lai', 'ninh binh', 'thai binh']);

interface Entry extends Place {
  needCaps: boolean;
}

export interface Gazetteer {
  places: Place[];
  /** Corpus places named in the words, longest names first. */
  known(words: Word[]): string[];
  /** Provinces with no document (and, for English, their English names). */
  unknown(words: Word[], englishLower: string): string[];
  /**
   * Districts, towns and communes of the national list that no document covers, named in
   * the words: after their type word ("huyện Phù Mỹ", "xa Tan Lap"), or, for districts, in
   * capitals ("Phù Mỹ"). With the province each belongs to.
   */
  unknownLocal(words: Word[], provinces?: string[]): NationalPlace[];
  has(syllable: string): boolean;
}

/** Type words before a place name, folded and split into syllables, by level. */
const DISTRICT_TYPES = ['huyen', 'quan', 'thi xa', 'thanh pho', 'tx', 'tp'].map((t) => t.split(' '));
const COMMUNE_TYPES = ['xa', 'phuong', 'thi tran'].map((t) => t.split(' '));

function typedBefore(words: Word[], i: number, types: string[][]): boolean {
  return types.some((k) => k.every((s, j) => words[i - k.length + j]?.f === s));
}

function byFirst(entries: Entry[]): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = e.key[0] ?? '';
    const list = m.get(k) ?? [];
    list.push(e);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.key.length - a.key.length);
  return m;
}

function find(index: Map<string, Entry[]>, words: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const e of index.get(words[i]?.f ?? '') ?? []) {
      const ok = e.key.every((k, j) => {
        const w = words[i + j];
        return w !== undefined && w.f === k && (!e.needCaps || /^\p{Lu}/u.test(w.raw));
      });
      if (ok && !out.includes(e.name)) out.push(e.name);
    }
  }
  return out;
}

/**
 * Chat shorthand for a corpus place: its initials ("tq" for Tuyên Quang), when they name one
 * place of the corpus only and are no word of the documents (`isWord`) nor a known abbreviation.
 */
function initialsOf(places: Place[], isWord: (w: string) => boolean): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const p of places) {
    if (p.key.length < 2) continue;
    const k = p.key.map((s) => s[0]).join('');
    seen.set(k, seen.has(k) && seen.get(k) !== p.name ? null : p.name);
  }
  const out = new Map<string, string>();
  for (const [k, name] of seen) if (name && !isWord(k) && !ABBREVIATIONS.has(k)) out.set(k, name);
  return out;
}

export function createGazetteer(names: string[], isWord: (w: string) => boolean = () => true): Gazetteer {
  const places: Place[] = [];
  for (const name of names) if (!places.some((p) => p.name === name)) places.push({ name, key: placeKey(name) });
  const initials = initialsOf(places, isWord);
  const knownKeys = places.map((p) => p.key.join(' '));
  // English names of corpus places ("Hanoi", "Danang") name them too.
  const exonyms = ENGLISH_PLACES.flatMap(([en, name]) => {
    const place = places.find((p) => p.key.join(' ') === placeKey(name).join(' '));
    return place ? [{ name: place.name, key: placeKey(en), needCaps: false }] : [];
  });
  const known = byFirst([...places.map((p) => ({ ...p, needCaps: false })), ...exonyms]);
  // A province overlapping a corpus place ("Bình Định" in "Bình Định Mới") is not "unknown".
  const others = PROVINCES.map((name) => ({ name, key: placeKey(name) }))
    .filter((p) => {
      const k = p.key.join(' ');
      return !knownKeys.some((c) => c.includes(k) || k.includes(c));
    })
    .map((p) => ({ ...p, needCaps: AMBIGUOUS.has(p.key.join(' ')) }));
  const unknown = byFirst(others);
  const syllables = new Set(places.flatMap((p) => p.key));
  // The national list is indexed once per process (nationalIndex); a corpus place is never "unknown".
  const inCorpus = new Set(knownKeys);
  const localIndex = (): ReturnType<typeof nationalIndex> => nationalIndex();
  const matchAt = (words: Word[], i: number, e: { key: string[] }, caps: boolean): boolean =>
    e.key.every((k, j) => {
      const w = words[i + j];
      return w !== undefined && w.f === k && (!caps || /^\p{Lu}/u.test(w.raw));
    });
  return {
    places,
    unknownLocal(words, provinces = []) {
      // Only a type word ("huyện", "xã") or a capitalised word that names no corpus place can
      // start an unknown place: without one, the national list is not even loaded.
      const lowerOnly = !words.some((w) => /\p{Lu}/u.test(w.raw));
      const typed = words.some((_, i) => (typedBefore(words, i + 1, DISTRICT_TYPES) || typedBefore(words, i + 1, COMMUNE_TYPES)) && (lowerOnly || /^\p{Lu}/u.test(words[i + 1]?.raw ?? '')));
      const capital = words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w.raw) && !syllables.has(w.f));
      if (!typed && !capital) return [];
      const inProvince = (e: NationalPlace): boolean => provinces.some((p) => fold(p) === fold(e.province));
      const { districts, communes } = localIndex();
      // "Phù Mỹ" and "Phú Mỹ" fold alike: the name as typed wins.
      const asTyped = (i: number, e: { key: string[]; name: string }): boolean =>
        words.slice(i, i + e.key.length).map((w) => w.raw).join(' ').toLocaleLowerCase('vi') === e.name.toLocaleLowerCase('vi');
      // Closures made once per call, not per word: building them is not free.
      const pick = (i: number, list: Array<NationalPlace & { key: string[] }> | undefined, caps: boolean): (NationalPlace & { key: string[] }) | undefined => {
        if (!list) return undefined;
        const ok = list.filter((e) => matchAt(words, i, e, caps) && !inCorpus.has(e.key.join(' ')));
        return ok.find((e) => asTyped(i, e) && inProvince(e)) ?? ok.find(inProvince) ?? ok.find((e) => asTyped(i, e)) ?? ok[0];
      };
      const out: NationalPlace[] = [];
      for (let i = 0; i < words.length; i++) {
        const f = words[i]?.f ?? '';
        const typedDistrict = typedBefore(words, i, DISTRICT_TYPES);
        const hit = (typedBefore(words, i, COMMUNE_TYPES) ? pick(i, communes.get(f), false) : undefined) ?? pick(i, districts.get(f), !typedDistrict);
        if (hit && !out.some((p) => p.name === hit.name)) out.push({ level: hit.level, name: hit.name, province: hit.province });
        if (hit) i += hit.key.length - 1;
      }
      return out;
    },
    known(words) {
      const out = find(known, words);
      if (out.length) return out;
      // Only a word typed without marks, as chat shorthand is: "TQ", "tq", not "Tú".
      for (const w of words) {
        const name = w.raw === w.f || w.raw === w.f.toUpperCase() ? initials.get(w.f) : undefined;
        if (name && !out.includes(name)) out.push(name);
      }
      return out;
    },
    unknown(words, englishLower) {
      const out = find(unknown, words);
      if (englishLower) {
        const flat = ` ${englishLower.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ')} `;
        for (const [en, name] of ENGLISH_PLACES) {
          if (flat.includes(` ${en} `) && !out.includes(name) && !knownKeys.includes(placeKey(name).join(' '))) out.push(name);
        }
      }
      return out;
    },
    // A place typed as its initials ("hn") is no topic word either.
    has: (s) => syllables.has(s) || initials.has(s),
  };
}
