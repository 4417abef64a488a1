/**
 * What the engine scores with: corpus term statistics, read from the index's postings, and
 * per-chunk / per-row term sets computed on demand and cached (bounded), so memory grows
 * with the corpus text, not with a set per chunk held forever.
 */
import type { Corpus } from '../ingest/corpus.js';
import type { Postings } from '../search/postings.js';
import { indicatorWords } from '../domain/indicators.js';
import { accentedSyllables, fold } from '../text.js';
import type { Chunk, Responsibility, Target } from '../types.js';
import { flatClauses } from './constraints.js';
import { buildItemIndex, indexScorer, plainScorer, type ItemIndex, type RowScorer } from './inverted.js';

/**
 * Up to this many documents every document's inverted index stays cached; beyond, building
 * and evicting them costs more time and memory (peak RSS +30 MB at 2,000 plans) than scoring
 * the few rows a question reads one by one. Both give the same numbers.
 */
const INDEXED_DOCUMENTS = 256;
import { createLru } from './lru.js';
import { termSet, type Idf, type TermSet } from './scoring.js';
import { STOPWORDS } from '../search/tokenizer.js';

/** "Về nhà ở: …" — the lead-in label a passage opens with. */
const LEAD_IN = /^(?:[-+•]\s*)?([^:.;]{2,40}):\s/u;
/** A stated quantity: a percentage, a number with its unit, not a year or a date. */
const QUANTITY = /\d(?:[\d.,]*\d)?\s*%|(?<![\d/.,])(?!(?:19|20)\d\d(?!\d))\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+(?!năm\b|tháng\b|ngày\b)\p{L}/u;

/**
 * A bounded memo for small derived values (flags, folded clauses, per-document indexes): a hit
 * is one Map lookup (an LRU's reordering costs more than the lookup). When the young half fills
 * it becomes the old half; entries still in use move back on their next read. At most
 * `capacity` entries. The large per-passage term sets stay in LRUs: dropping half of them at
 * once raised the serving process's peak RSS by ~30 MB at 2,000 plans.
 */
function createMemo<V>(capacity: number): { get(key: string): V | undefined; set(key: string, value: V): void } {
  const half = Math.max(1, Math.ceil(capacity / 2));
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const set = (key: string, value: V): void => {
    if (young.size >= half) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return {
    get(key) {
      const v = young.get(key);
      if (v !== undefined) return v;
      const o = old.get(key);
      if (o !== undefined) set(key, o);
      return o;
    },
    set,
  };
}

/** A row's terms as the scorers read them: its context is the extra field. */
const rowTerms = (f: RowFeatures): { terms: TermSet; accents: Set<string>; extra: TermSet } => ({ terms: f.terms, accents: f.accents, extra: f.context });

/** Content terms of a text's lead-in label, null when it opens with none. */
function leadInTerms(text: string): string[] | null {
  const m = LEAD_IN.exec(text);
  return m?.[1] ? [...termSet(m[1])].filter((t) => !STOPWORDS.has(t)) : null;
}

export interface ChunkFeatures {
  /** The text's terms: the same as the index's postings for the chunk (both are tokenizer `terms`), which gather reads as masks. */
  terms: TermSet;
  section: TermSet;
  /** Accented syllables (one tone placement) of text and section. */
  accents: Set<string>;
  /** Content terms of the passage's lead-in label ("Về nhà ở: …"), null when it has none. */
  leadIn: string[] | null;
}

export interface RowFeatures {
  terms: TermSet;
  /** The agency's name folded to words, spaced at both ends (" ban tuyen giao "). */
  agencyKey: string;
  /** The agency's name and the text of the section the assignment closes (it applies to that text). */
  context: TermSet;
  accents: Set<string>;
}

export interface TargetFeatures {
  /** Label, clause and section of the target. */
  terms: TermSet;
  label: TermSet;
  /** The label's terms less stopwords. */
  labelWords: string[];
  accents: Set<string>;
}

export interface Features {
  stats: Idf;
  /** termSet of a text that recurs across questions (a document's title line), remembered; not to be modified. */
  terms(text: string): TermSet;
  chunk(c: Chunk): ChunkFeatures;
  row(r: Responsibility): RowFeatures;
  target(t: Target): TargetFeatures;
  /** The passage states a quantity (a percentage, a number with its unit): read before its other features are worked out. */
  quantity(c: Chunk): boolean;
  /** A passage's clauses folded flat (constraints.flatClauses), remembered: every figure question reads them. */
  clauses(c: Chunk): string[];
  /** A document's targets (its whole list, in order) inverted by term and label word. */
  targetIndex(source: string, targets: Target[]): ItemIndex;
  /** A document's who-does-what rows (its whole list, in order) inverted by term and context term. */
  rowIndex(source: string, rows: Responsibility[]): ItemIndex;
  /** How gather scores a document's targets: through its inverted index in a corpus small enough to keep them all, else one by one. */
  targetScorer(source: string, targets: Target[]): RowScorer;
  rowScorer(source: string, rows: Responsibility[]): RowScorer;
}

export function createFeatures(corpus: Corpus, postings: Postings, cacheSize = 20_000): Features {
  const sections = createLru<TermSet>(cacheSize);
  const sectionTerms = (path: string): TermSet => {
    let t = sections.get(path);
    if (!t) {
      t = termSet(path);
      sections.set(path, t);
    }
    return t;
  };

  // Document frequencies come from the index: chunk text plus its section path, so
  // "giải pháp" in every heading is not a distinctive term. Terms in the opening of most
  // documents ("Nghị quyết 42", "chính sách xã hội") are frame terms: every plan is about them.
  const need = Math.max(2, Math.ceil(corpus.documents.length * 0.6));
  const frame = new Set<string>();
  const { text } = postings;
  for (const [term, t] of text.terms) {
    let sources = 0;
    let last: string | undefined;
    for (let k = text.start[t] ?? 0, end = text.start[t + 1] ?? 0; k < end && sources < need; k++) {
      const c = corpus.chunks[text.chunk[k] ?? 0];
      if (c?.sectionKind === 'preamble' && c.source !== last) {
        sources++;
        last = c.source;
      }
    }
    if (sources >= need) frame.add(term);
  }

  // Chunks by source, to read the section an assignment belongs to.
  const bySource = new Map<string, Chunk[]>();
  for (const c of corpus.chunks) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  const sectionText = (source: string, section: string): string =>
    (bySource.get(source) ?? [])
      .filter((c) => c.section === section)
      .map((c) => c.text)
      .join(' ')
      .slice(0, 20_000);
  // Section bodies are few and costly to read: cached whatever the engine's cache size.
  const bodies = createLru<{ terms: TermSet; accents: string[] }>(4096);
  const sectionBody = (source: string, section: string): { terms: TermSet; accents: string[] } => {
    const key = `${source}\u0001${section}`;
    let b = bodies.get(key);
    if (!b) {
      const text = sectionText(source, section);
      b = { terms: termSet(text), accents: accentedSyllables(text) };
      bodies.set(key, b);
    }
    return b;
  };

  const chunks = createLru<ChunkFeatures>(cacheSize);
  const rows = createLru<RowFeatures>(cacheSize);
  const targets = createLru<TargetFeatures>(cacheSize);
  const texts = createMemo<TermSet>(1024);
  // A folded copy of a passage's text: kept for the passages in use (a question reads at most 40), not for every chunk.
  const clauses = createMemo<string[]>(Math.min(cacheSize, 4096));
  const quantities = createMemo<boolean>(cacheSize);
  // Bounded by documents (a question reads at most a few dozen), so a large corpus holds only the indexes in use.
  const targetIndexes = createMemo<ItemIndex>(INDEXED_DOCUMENTS);
  const rowIndexes = createMemo<ItemIndex>(INDEXED_DOCUMENTS);
  const indexed = corpus.documents.length <= INDEXED_DOCUMENTS;
  const features: Features = {
    stats: { n: postings.n, df: postings.df, frame },
    terms(text) {
      let t = texts.get(text);
      if (!t) {
        t = termSet(text);
        texts.set(text, t);
      }
      return t;
    },
    chunk(c) {
      let f = chunks.get(c.id);
      if (!f) {
        f = { terms: termSet(c.text), section: sectionTerms(c.section), accents: new Set(accentedSyllables(`${c.text} ${c.section}`)), leadIn: leadInTerms(c.text) };
        chunks.set(c.id, f);
      }
      return f;
    },
    target(t) {
      let f = targets.get(t.id);
      if (!f) {
        const label = termSet(t.label);
        const words = `${t.label} ${t.text} ${indicatorWords(t.indicator)}`;
        f = { terms: termSet(words), label, labelWords: [...label].filter((x) => !STOPWORDS.has(x)), accents: new Set(accentedSyllables(words)) };
        targets.set(t.id, f);
      }
      return f;
    },
    row(r) {
      let f = rows.get(r.id);
      if (!f) {
        // An assignment that names no task of its own ("Cơ quan chỉ đạo: …" under a heading)
        // applies to the whole section it closes.
        const body = fold(r.section).includes(fold(r.task)) ? sectionBody(r.source, r.section) : null;
        const context = termSet(r.agency);
        if (body) for (const t of body.terms) context.add(t);
        f = { terms: termSet(`${r.task} ${r.section}`), agencyKey: ` ${fold(r.agency).replace(/[^a-z0-9]+/g, ' ')} `, context, accents: new Set([...accentedSyllables(`${r.agency} ${r.task} ${r.section}`), ...(body?.accents ?? [])]) };
        rows.set(r.id, f);
      }
      return f;
    },
    quantity(c) {
      let x = quantities.get(c.id);
      if (x === undefined) {
        x = QUANTITY.test(c.text);
        quantities.set(c.id, x);
      }
      return x;
    },
    clauses(c) {
      let x = clauses.get(c.id);
      if (!x) {
        x = flatClauses(c.text);
        clauses.set(c.id, x);
      }
      return x;
    },
    targetScorer(source, list) {
      return indexed ? indexScorer(features.targetIndex(source, list)) : plainScorer(list.map((t) => features.target(t)));
    },
    rowScorer(source, list) {
      return indexed ? indexScorer(features.rowIndex(source, list)) : plainScorer(list.map((r) => rowTerms(features.row(r))));
    },
    targetIndex(source, list) {
      let x = targetIndexes.get(source);
      if (!x) {
        x = buildItemIndex(list.map((t) => features.target(t)));
        targetIndexes.set(source, x);
      }
      return x;
    },
    rowIndex(source, list) {
      let x = rowIndexes.get(source);
      if (!x) {
        x = buildItemIndex(list.map((r) => rowTerms(features.row(r))));
        rowIndexes.set(source, x);
      }
      return x;
    },
  };
  return features;
}
