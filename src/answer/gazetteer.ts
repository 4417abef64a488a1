/**
 * Places the corpus covers, and places it does not (other provinces), found in a
 * question in time proportional to the question, not to the number of documents.
 */
import { fold } from '../text.js';
import { ENGLISH_PLACES, PROVINCES } from '../domain/places.js';

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
  has(syllable: string): boolean;
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

export function createGazetteer(names: string[]): Gazetteer {
  const places: Place[] = [];
  for (const name of names) if (!places.some((p) => p.name === name)) places.push({ name, key: placeKey(name) });
  const knownKeys = places.map((p) => p.key.join(' '));
  const known = byFirst(places.map((p) => ({ ...p, needCaps: false })));
  // A province overlapping a corpus place ("Bình Định" in "Bình Định Mới") is not "unknown".
  const others = PROVINCES.map((name) => ({ name, key: placeKey(name) }))
    .filter((p) => {
      const k = p.key.join(' ');
      return !knownKeys.some((c) => c.includes(k) || k.includes(c));
    })
    .map((p) => ({ ...p, needCaps: AMBIGUOUS.has(p.key.join(' ')) }));
  const unknown = byFirst(others);
  const syllables = new Set(places.flatMap((p) => p.key));
  return {
    places,
    known: (words) => find(known, words),
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
    has: (s) => syllables.has(s),
  };
}
