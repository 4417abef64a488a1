/**
 * Source text → physical lines → logical blocks (paragraphs), keeping a map back to
 * 1-based source line numbers. Repairs what PDF exports and markdown do to the text:
 * hard line breaks, page-number lines, hyphenated breaks ("19-" + "KH/TW"), markers.
 */
import { nfc, squash, stripMarkdown } from '../text.js';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** Verbatim line (without the line terminator). */
  raw: string;
  /** NFC, markdown markers removed, white space squashed. */
  clean: string;
  /** Markdown heading (`#`) line. */
  mdHeading: boolean;
  /** The whole line is wrapped in bold markers. */
  bold: boolean;
  /** Blank, a page number, or punctuation only: never part of a block. */
  skip: boolean;
  /** Punctuation-only rule such as `-----` or `*`: ends the current block. */
  rule: boolean;
}

export interface Block {
  start: number;
  end: number;
  /** Source line numbers that contributed text, in order. */
  lines: number[];
  text: string;
  /** Start offset in `text` of each line in `lines`. */
  offsets: number[];
  mdHeading: boolean;
  bold: boolean;
  /** 1-based piece number when a long paragraph was split (see MAX_BLOCK_CHARS). */
  part?: number;
  /** A row of a table (its text has lost the tabs that made it one). */
  tableRow?: boolean;
}

const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/;
const TERMINAL = /[.;:!?…]["”)]?$/;
const BULLET = /^[-+•–]\s+/;
const LABEL = /^\p{Lu}[^:.;]{1,45}:(\s|$)/u;
const NUMBERED = /^(?:[IVXLC]{1,6}\s*[.\-–)]|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)]?)\s+\p{Lu}/u;

export function splitLines(source: string): SourceLine[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return withoutRunningHeads(text.split('\n').map((raw, i) => {
    const clean = squash(stripMarkdown(nfc(raw)));
    const hasWord = /[\p{L}\p{N}]/u.test(clean);
    const trimmed = raw.trim().replace(/^#{1,6}\s+/, '');
    return {
      n: i + 1,
      raw,
      clean,
      mdHeading: /^\s{0,3}#{1,6}\s/.test(raw),
      bold: hasWord && trimmed.startsWith('**') && trimmed.endsWith('**'),
      skip: !hasWord || PAGE_NUMBER.test(clean),
      rule: clean.length > 0 && !hasWord,
    };
  }));
}

/**
 * A line of a table: a markdown pipe row ("| 1 | … |"), a row copied from Word as text, its
 * cells separated by tabs ("1\tRà soát …\tPhòng …"), or a PDF's row aligned with runs of
 * spaces (see text-tables.ts). A unit of its own for blocks and citations.
 */
export const startsTableRow = (raw: string): boolean => /^\s*\|/.test(raw) || TAB_ROW.test(raw) || SPACED_ROW.test(raw);
/** Cells apart by tabs, at least three of them. */
export const TAB_ROW = /\t.*\t/;
/** Cells apart by three spaces or more, at least three of them. */
export const SPACED_ROW = /\S {3,}\S.* {3,}\S/;

/** How many pages a line must head before it is read as the running head of a PDF export. */
const RUNNING_HEAD_PAGES = 2;

/**
 * A PDF export repeats the document's title at the top of every page, right after the page
 * number; left in, it cuts a sentence that runs over the page in two. A short line that stands
 * next to a page number on several pages is that running head, and is skipped like the number.
 */
function withoutRunningHeads(lines: SourceLine[]): SourceLine[] {
  const byText = new Map<string, SourceLine[]>();
  lines.forEach((l, i) => {
    if (l.skip || l.clean.length > 120) return;
    const near = [lines[i - 1], lines[i + 1], lines[i - 2], lines[i + 2]].some((x) => x && x.clean && PAGE_NUMBER.test(x.clean));
    if (!near) return;
    const list = byText.get(l.clean) ?? [];
    list.push(l);
    byText.set(l.clean, list);
  });
  for (const list of byText.values()) if (list.length >= RUNNING_HEAD_PAGES) for (const l of list) l.skip = true;
  return lines;
}

/** Join clean line texts the way blocks are joined: a space, or nothing across "19-" + "KH/TW". */
export function joinClean(parts: string[]): { text: string; offsets: number[] } {
  const pieces: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  let prev = '';
  for (const p of parts) {
    // Only the previous part is tested: testing the growing text made long blocks quadratic.
    const glued = !pieces.length || (/\d-$/.test(prev) && /^\p{Lu}{1,6}\//u.test(p));
    if (!glued) {
      pieces.push(' ');
      length += 1;
    }
    offsets.push(length);
    pieces.push(p);
    length += p.length;
    prev = p;
  }
  return { text: pieces.join(''), offsets };
}

/**
 * The most characters one block (and so one chunk) may hold. Real paragraphs of plans stay
 * under ~1,200; indexing cost per chunk grows faster than its length, so a longer paragraph
 * is split at sentence ends, else at a space, else hard.
 */
export const MAX_BLOCK_CHARS = 2000;

/** Cut points (offsets into text) so that no piece is longer than `max`. Linear in text length. */
export function cutPoints(text: string, max = MAX_BLOCK_CHARS): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from, from + max + 1);
    // Last sentence end in the window's second half, else its last space, else a hard cut.
    let at = -1;
    for (const m of window.matchAll(/[.;!?…]["”)]?\s/gu)) if ((m.index ?? 0) >= max / 2) at = (m.index ?? 0) + m[0].length;
    if (at < 0 || at > max) {
      const sp = window.lastIndexOf(' ', max);
      at = sp >= max / 2 ? sp + 1 : max;
    }
    from += at;
    cuts.push(from);
  }
  return cuts;
}

/** A block longer than MAX_BLOCK_CHARS as several blocks, each mapped back to its source lines. */
export function splitLongBlock(block: Block, max = MAX_BLOCK_CHARS): Block[] {
  if (block.text.length <= max) return [block];
  const bounds = [0, ...cutPoints(block.text, max), block.text.length];
  const out: Block[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? block.text.length;
    const lines: number[] = [];
    const offsets: number[] = [];
    block.offsets.forEach((off, k) => {
      const next = block.offsets[k + 1] ?? block.text.length;
      if (next > from && off < to) {
        lines.push(block.lines[k] ?? block.start);
        offsets.push(Math.max(0, off - from));
      }
    });
    const text = block.text.slice(from, to).trimEnd();
    if (!text.trim()) continue;
    out.push({ ...block, start: lines[0] ?? block.start, end: lines[lines.length - 1] ?? block.end, lines, offsets, text, part: out.length + 1 });
  }
  return out;
}

/** Source lines [first, last] that hold the characters [from, to) of a block's text. */
export function lineSpan(block: Block, from: number, to: number): [number, number] {
  let first = block.start;
  let last = block.start;
  block.offsets.forEach((off, i) => {
    const n = block.lines[i] ?? block.start;
    if (off <= from) first = n;
    if (off < to) last = n;
  });
  return [first, Math.max(first, last)];
}

interface WrapProfile {
  hardWrapped: boolean;
  width: number;
}

/** A PDF export keeps lines near one width and ends most of them mid-sentence. */
function wrapProfile(lines: SourceLine[]): WrapProfile {
  const lens = lines.filter((l) => !l.skip).map((l) => l.clean.length).sort((a, b) => a - b);
  if (lens.length < 8) return { hardWrapped: false, width: 0 };
  const p90 = lens[Math.floor(lens.length * 0.9)] ?? 0;
  const long = lines.filter((l) => !l.skip && l.clean.length >= 40);
  const open = long.filter((l) => !TERMINAL.test(l.clean)).length;
  return { hardWrapped: p90 <= 130 && long.length >= 5 && open / long.length >= 0.4, width: p90 };
}

/**
 * Does `next` continue the block so far? Only the block's start (`prevHead`) and its last
 * line (`prevTail`) are looked at, so a block of many lines is not rescanned per line.
 */
function continues(prev: Block, prevHead: string, prevTail: string, prevLine: SourceLine, next: SourceLine, wrap: WrapProfile): boolean {
  if (prev.mdHeading || next.mdHeading) return false;
  // A pipe-table row is a row: it is cited, and searched, on its own.
  if (startsTableRow(next.raw) || startsTableRow(prevLine.raw)) return false;
  const t = next.clean;
  const prevText = prevTail;
  if (/\d-$/.test(prevText) && /^\p{Lu}{1,6}\//u.test(t)) return true;
  if (LABEL.test(t)) return false;
  // "a) …", "b) …": lettered items start their own block even in lower case.
  if (/^\(?[a-zđ]\)\s/u.test(t)) return false;
  const bullet = BULLET.exec(t);
  if (bullet) {
    const after = t.slice(bullet[0].length);
    return /^\p{Ll}/u.test(after) && !TERMINAL.test(prevText);
  }
  if (/^\p{Ll}/u.test(t)) return !/[.!?…]$/.test(prevText) || /^(?:v\.v|\.\.\.)/.test(t);
  if (NUMBERED.test(t)) return false;
  // A numbered heading line is followed by its body, not continued by it.
  if (!wrap.hardWrapped || TERMINAL.test(prevText) || NUMBERED.test(prevHead)) return false;
  return prevLine.clean.length >= wrap.width * 0.72;
}

export function toBlocks(lines: SourceLine[]): Block[] {
  const wrap = wrapProfile(lines);
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let curParts: string[] = [];
  let lastLine: SourceLine | undefined;
  const flush = (): void => {
    if (cur) {
      const joined = joinClean(curParts);
      cur.text = joined.text;
      cur.offsets = joined.offsets;
      for (const b of splitLongBlock(cur)) blocks.push(b);
    }
    cur = undefined;
    curParts = [];
  };
  for (const line of lines) {
    if (line.rule) {
      flush();
      continue;
    }
    if (line.skip) continue;
    if (cur && lastLine && continues(cur, joinClean(curParts.slice(0, 2)).text.slice(0, 64), curParts[curParts.length - 1] ?? '', lastLine, line, wrap)) {
      // The text is joined once, at flush: re-joining at every line made long paragraphs quadratic.
      curParts.push(line.clean);
      cur.end = line.n;
      cur.lines.push(line.n);
      cur.bold = cur.bold && line.bold;
    } else {
      flush();
      cur = {
        start: line.n,
        end: line.n,
        lines: [line.n],
        text: line.clean,
        offsets: [0],
        mdHeading: line.mdHeading,
        bold: line.bold,
        ...(startsTableRow(line.raw) ? { tableRow: true } : {}),
      };
      curParts = [line.clean];
    }
    lastLine = line;
  }
  flush();
  return blocks;
}
