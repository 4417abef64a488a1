/**
 * Citations at sentence or bullet granularity. A fact found on some source lines is quoted
 * as the whole sentence or bullet that carries it (a hard-wrapped PDF line never starts a
 * quote mid-sentence), the line range widened to match, and the fact's span marked by
 * character offsets into the quote so that pages and bots can highlight it.
 */
import type { CorpusDocument } from '../ingest/corpus.js';
import { joinClean, startsTableRow } from '../ingest/lines.js';
import { fold } from '../text.js';
import type { Citation } from '../types.js';

/** A line that opens a unit of its own: a bullet, a numbered item or a "Label:" lead-in. */
const OPENS = /^(?:[-+•–*]\s|\(?[a-zđ]\)\s|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+\p{Lu}|[IVXLC]{1,6}\s*[.\-–)]\s|\p{Lu}[^:.;]{1,45}:\s)/u;
const ENDS = /[.!?…:]["”)]?$/u;
/** How far a paragraph may grow around the fact, in lines each way. */
const REACH = 14;

/** Does line `next` continue the sentence of line `prev` (0-based indexes of non-blank lines)? */
function continues(doc: CorpusDocument, prev: number, next: number): boolean {
  const a = doc.lines[prev] ?? '';
  const b = doc.lines[next] ?? '';
  // A pipe-table row is a unit of its own.
  if (!a || !b || ENDS.test(a) || OPENS.test(b) || startsTableRow(doc.raw[next] ?? '') || startsTableRow(doc.raw[prev] ?? '')) return false;
  // Only page-number lines between: running text. Blank lines between: a PDF export that
  // double-spaces its lines continues only into a line that starts in lower case.
  let blank = false;
  for (let i = prev + 1; i < next; i++) if ((doc.raw[i] ?? '').trim() === '') blank = true;
  return !blank || /^[\p{Ll}\d(“"]/u.test(b);
}

/** The nearest non-blank line before (step -1) or after (step 1) index i, within reach. */
function neighbour(doc: CorpusDocument, i: number, step: 1 | -1): number {
  for (let k = 1, j = i + step; k <= 4 && j >= 0 && j < doc.lines.length; k++, j += step) if (doc.lines[j]) return j;
  return -1;
}

/** Line indexes (0-based) of the paragraph that holds lines [a, b] (1-based). */
function paragraph(doc: CorpusDocument, a: number, b: number): number[] {
  let first = a - 1;
  for (let k = 0; k < REACH; k++) {
    const p = neighbour(doc, first, -1);
    if (p < 0 || !continues(doc, p, first)) break;
    first = p;
  }
  let last = b - 1;
  for (let k = 0; k < REACH; k++) {
    const n = neighbour(doc, last, 1);
    if (n < 0 || !continues(doc, last, n)) break;
    last = n;
  }
  const out: number[] = [];
  for (let i = first; i <= last; i++) if (doc.lines[i]) out.push(i);
  return out;
}

/** Sentence spans [start, end) of a paragraph: ends at . ! ? before a capital or a bullet. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?…]["”)]?\s+(?=[\p{Lu}\-+•])/gu)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    out.push([start, end]);
    start = end + (m[0].length - m[0].trimEnd().length);
  }
  out.push([start, text.length]);
  // "1. Ban Tuyên giáo …", "II. NHIỆM VỤ …": a numbering label opens the sentence after it.
  const merged: Array<[number, number]> = [];
  for (const [s, e] of out) {
    const prev = merged[merged.length - 1];
    // "TM.", "KT.", "T/M": the signature block's abbreviation is not a sentence of its own either.
    if (prev && /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zđ]|\p{Lu}{1,3}(?:\/\p{Lu})?)[.)]?$/u.test(text.slice(prev[0], prev[1]))) prev[1] = e;
    else merged.push([s, e]);
  }
  return merged;
}

/** Where a fact sits in a text, by folded comparison (folding keeps NFC text's length). */
function locate(text: string, fact: string, from = 0): [number, number] | null {
  const needle = fact.trim();
  if (needle.length < 2) return null;
  const hay = fold(text);
  const f = fold(needle);
  const same = hay.length === text.length && f.length === needle.length;
  const i = same ? hay.indexOf(f, from) : text.toLowerCase().indexOf(needle.toLowerCase(), from);
  return i >= 0 ? [i, i + needle.length] : null;
}

/**
 * Cite the sentence(s) of the paragraph around lines [a, b] that carry `facts` (strings
 * as they appear in the source: a clause, an agency, a value). Without a fact found, the
 * sentences overlapping the given lines are quoted.
 */
export function cite(doc: CorpusDocument, section: string, lines: [number, number], facts: string[] = []): Citation {
  const idx = paragraph(doc, lines[0], lines[1]);
  const { text, offsets } = joinClean(idx.map((i) => doc.lines[i] ?? ''));
  const lineAt = (pos: number): number => {
    let n = idx[0] ?? lines[0] - 1;
    offsets.forEach((o, k) => {
      if (o <= pos) n = idx[k] ?? n;
    });
    return n + 1;
  };
  // Character range of the given lines, the fallback anchor.
  const k0 = idx.indexOf(lines[0] - 1);
  const k1 = idx.indexOf(lines[1] - 1);
  const anchorStart = k0 >= 0 ? (offsets[k0] ?? 0) : 0;
  const anchorEnd = k1 >= 0 ? (offsets[k1 + 1] ?? text.length + 1) - 1 : text.length;
  const found: Array<[number, number]> = [];
  for (const fact of facts) {
    const at = locate(text, fact, anchorStart) ?? locate(text, fact);
    if (at) found.push(at);
  }
  const from = found.length ? Math.min(...found.map((f) => f[0])) : anchorStart;
  const to = found.length ? Math.max(...found.map((f) => f[1])) : Math.max(anchorStart + 1, anchorEnd);
  const units = sentences(text).filter(([s, e]) => e > from && s < to);
  const start = units[0]?.[0] ?? 0;
  const end = units[units.length - 1]?.[1] ?? text.length;
  const quote = text.slice(start, end).trim();
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const highlights = found
    .map(([s, e]): [number, number] => [s - start - lead, e - start - lead])
    .filter(([s, e]) => s >= 0 && e <= quote.length)
    .sort((x, y) => x[0] - y[0]);
  return {
    source: doc.meta.source,
    document: doc.meta.title,
    locality: doc.meta.locality ?? '',
    section,
    lines: [lineAt(start + lead), Math.max(lineAt(start + lead), lineAt(Math.max(start, end - 1)))],
    quote,
    ...(highlights.length ? { highlights } : {}),
  };
}

/** One citation per source span, first seen first; the facts marked in the copies are kept. */
export function dedupeCitations(cites: Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of cites) {
    const k = `${c.source}:${c.lines[0]}-${c.lines[1]}`;
    const first = seen.get(k);
    if (!first) seen.set(k, { ...c });
    else if (c.highlights?.length) {
      const all = [...(first.highlights ?? []), ...c.highlights].sort((x, y) => x[0] - y[0]);
      first.highlights = all.filter((h, i) => !all.slice(0, i).some((g) => g[0] === h[0] && g[1] === h[1]));
    }
  }
  return [...seen.values()];
}
