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
}

const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/;
const TERMINAL = /[.;:!?…]["”)]?$/;
const BULLET = /^[-+•–]\s+/;
const LABEL = /^\p{Lu}[^:.;]{1,45}:(\s|$)/u;
const NUMBERED = /^(?:[IVXLC]{1,6}\s*[.\-–)]|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)]?)\s+\p{Lu}/u;

export function splitLines(source: string): SourceLine[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text.split('\n').map((raw, i) => {
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
  });
}

/** Join clean line texts the way blocks are joined: a space, or nothing across "19-" + "KH/TW". */
export function joinClean(parts: string[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (const p of parts) {
    if (!text) {
      offsets.push(0);
      text = p;
    } else if (/\d-$/.test(text) && /^\p{Lu}{1,6}\//u.test(p)) {
      offsets.push(text.length);
      text += p;
    } else {
      offsets.push(text.length + 1);
      text += ` ${p}`;
    }
  }
  return { text, offsets };
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

function continues(prev: Block, prevLine: SourceLine, next: SourceLine, wrap: WrapProfile): boolean {
  if (prev.mdHeading || next.mdHeading) return false;
  const t = next.clean;
  const prevText = prev.text;
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
  if (!wrap.hardWrapped || TERMINAL.test(prevText) || NUMBERED.test(prevText)) return false;
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
      blocks.push(cur);
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
    if (cur && lastLine && continues(cur, lastLine, line, wrap)) {
      curParts.push(line.clean);
      cur.text = joinClean(curParts).text;
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
      };
      curParts = [line.clean];
    }
    lastLine = line;
  }
  flush();
  return blocks;
}
