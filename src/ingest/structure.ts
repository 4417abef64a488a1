/**
 * Blocks → section tree and chunks. Headings are recognised by numbering style
 * (`I.`, `I -`, `1.`, `2.1.`, `9.1`), markdown/bold-only lines and named parts
 * (Nơi nhận, T/M …); the rank of a heading comes from its numbering style, not from
 * markdown levels, which the sources use inconsistently.
 */
import { fold, squash, upperRatio } from '../text.js';
import type { Block } from './lines.js';
import type { SectionKind } from '../types.js';

export interface Heading {
  rank: number;
  /** Display label: "IV", "2", "2.1". Empty for named or unnumbered headings. */
  label: string;
  title: string;
  /** A short heading line (true) or a numbered paragraph whose text is content (false). */
  titled: boolean;
  named?: 'recipients' | 'signature';
}

export interface Section {
  id: number;
  parent: number | null;
  heading: Heading;
  path: string;
  /** Path segments from the root, for breadcrumb display. */
  segments: string[];
  kind: SectionKind;
  start: number;
  end: number;
}

export interface PlacedBlock extends Block {
  section: number;
  heading: Heading | null;
}

const ROMAN = /^([IVXLC]{1,6})\s*[.\-–:)]\s*(.+)$/;
const NUM3 = /^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(.+)$/;
const NUM2 = /^(\d{1,2}\.\d{1,2})\.?\s+(.+)$/;
const NUM1 = /^(\d{1,2})\s*[.)]\s+(.+)$/;
const LETTER = /^([a-zđ])\)\s+(.+)$/;
/** "A. NHIỆM VỤ", "B. GIẢI PHÁP": capital letters that are not Roman numerals number top parts. */
const CAPITAL = /^([A-HJ-UWYZĐ])\s*[.)]\s+(.+)$/u;
/** "Phần I", "PHẦN THỨ HAI", "Mục 1. Giảm nghèo": named parts with their number. */
const PART = /^(Phần|PHẦN|Mục|MỤC|Chương|CHƯƠNG)\s+((?:thứ|THỨ)\s+\p{L}+|[IVXLC]{1,6}|\d{1,2})\s*(?:[.:\-–)]\s*)?(.*)$/u;
/** A document's own title line ("KẾ HOẠCH", "PHỤ LỤC", "Phụ lục: PHÂN CÔNG NHIỆM VỤ"): after a signature, the plan or appendix it issues begins. */
const DOC_TITLE = /^(?:(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|PHỤ LỤC|QUY CHẾ|ĐỀ ÁN)(?:\s+[\dIVX]+)?|(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[\dIVX]+)?\s*[:.\-–]\s*\S.{0,120})$/u;

function isTitled(block: Block, title: string): boolean {
  if (block.mdHeading || block.bold) return true;
  const t = title.replace(/\.\/\.$/, '.');
  return t.length <= 250 && !/[.;]$/.test(t);
}

function named(text: string): Heading['named'] | undefined {
  const f = fold(text);
  if (/^noi nhan\b/.test(f)) return 'recipients';
  if (/^(?:t\/m|tm\.?|t\.m\.?|kt\.?|q\.)\s/.test(f) && upperRatio(text) > 0.6) return 'signature';
  // A resolution or decision signed by its chair alone: "CHỦ TỊCH" on its own line.
  if (/^(?:pho )?(?:chu tich|bi thu|giam doc|truong ban|bo truong|thu truong)$/.test(f) && upperRatio(text) > 0.9) return 'signature';
  return undefined;
}

/** Recognise a heading; `inBody` is true once the first numbered heading has been seen. */
export function parseHeading(block: Block, inBody: boolean): Heading | null {
  const text = block.text;
  // A row of a pipe table ("| I | GIẢM NGHÈO … |") is the table's own group, not a heading of the plan.
  if (block.tableRow) return null;
  const n = named(text);
  if (n) return { rank: 1, label: '', title: text.replace(/:$/, ''), titled: true, named: n };
  const part = PART.exec(text);
  if (part && (part[3] === '' || /^[\p{Lu}\d"“(]/u.test(part[3] ?? ''))) {
    const chapter = /^(?:phan|chuong)/.test(fold(part[1] ?? ''));
    const title = (part[3] ?? '').trim() || `${part[1]} ${part[2]}`;
    return { rank: chapter ? 1 : 2, label: part[2] ?? '', title, titled: isTitled(block, title) };
  }
  let m = ROMAN.exec(text);
  if (m && m[2] && upperRatio(m[2]) >= 0.6 && /^\p{Lu}/u.test(m[2])) {
    return { rank: 1, label: m[1] ?? '', title: m[2].trim(), titled: isTitled(block, m[2]) };
  }
  m = CAPITAL.exec(text);
  if (m && m[2] && upperRatio(m[2]) >= 0.6 && text.length <= 160) {
    return { rank: 1, label: m[1] ?? '', title: m[2].trim(), titled: isTitled(block, m[2]) };
  }
  const numbered: Array<[RegExp, number]> = [
    [NUM3, 4],
    [NUM2, 3],
    [NUM1, 2],
    [LETTER, 5],
  ];
  for (const [re, rank] of numbered) {
    m = re.exec(text);
    if (m && m[2] && /^[\p{Lu}\d"“(]/u.test(m[2])) {
      return { rank, label: m[1] ?? '', title: m[2].trim(), titled: isTitled(block, m[2]) };
    }
  }
  const short = text.length <= 120 && !/[.;,]$/.test(text);
  // A bold line that names a part of a plan ("MỤC ĐÍCH, YÊU CẦU", "Nhiệm vụ cụ thể") is a heading
  // even with no number: Word's auto-numbering keeps its numbers out of the text.
  if (short && (block.bold || block.mdHeading) && kindOfTitle(text)) return { rank: upperRatio(text) >= 0.9 ? 1 : 2, label: '', title: text, titled: true };
  if (!inBody) return null;
  if (short && upperRatio(text) >= 0.9 && text.split(' ').length >= 2) {
    return { rank: 1, label: '', title: text, titled: true };
  }
  if (short && block.bold) return { rank: 2, label: '', title: text, titled: true };
  return null;
}

const KIND_RULES: Array<[RegExp, SectionKind]> = [
  [/^(?:\S+ ){0,2}muc dich/, 'purpose'],
  [/^(?:\S+ ){0,3}tam nhin/, 'vision'],
  [/^(?:\S+ ){0,3}chi tieu/, 'targets'],
  [/^(?:\S+ ){0,2}muc tieu cu the/, 'targets'],
  // "Mục tiêu đến năm 2027": a goal with its year is a target.
  [/^(?:\S+ ){0,2}muc tieu (?:den|dat duoc den|toi|trong) nam 20\d\d/, 'targets'],
  [/^(?:\S+ ){0,2}muc tieu/, 'goals'],
  [/^(?:\S+ ){0,2}nhiem vu cu the/, 'specific-assignments'],
  [/^(?:\S+ ){0,2}(?:nhiem vu|giai phap)/, 'tasks'],
  [/^(?:\S+ ){0,2}to chuc thuc hien/, 'organisation'],
];

export function kindOfTitle(title: string): SectionKind | null {
  const f = squash(fold(title).replace(/[^a-z0-9 ]/g, ' '));
  for (const [re, kind] of KIND_RULES) if (re.test(f)) return kind;
  return null;
}

function segmentOf(h: Heading): string {
  const title = h.title.length > 90 ? `${h.title.slice(0, 89).trimEnd()}…` : h.title;
  if (!h.label) return title;
  if (!h.titled) return h.label;
  return `${h.label}. ${title}`;
}

export interface Structure {
  sections: Section[];
  blocks: PlacedBlock[];
}

export function buildStructure(blocks: Block[]): Structure {
  const root: Section = {
    id: 0,
    parent: null,
    heading: { rank: 0, label: '', title: '', titled: true },
    path: '',
    segments: [],
    kind: 'preamble',
    start: blocks[0]?.start ?? 1,
    end: blocks[blocks.length - 1]?.end ?? 1,
  };
  const sections: Section[] = [root];
  const stack: Section[] = [root];
  const placed: PlacedBlock[] = [];
  let inBody = false;
  for (const block of blocks) {
    // Everything after "T/M …" is the signature block: titles and names, never headings.
    const inSignature = stack.some((s) => s.kind === 'signature');
    const restart = inSignature && DOC_TITLE.test(block.text.trim());
    const h: Heading | null = restart ? { rank: 1, label: '', title: block.text.trim(), titled: true } : inSignature ? null : parseHeading(block, inBody);
    if (h) {
      if (h.label || (h.titled && kindOfTitle(h.title))) inBody = true;
      while (stack.length > 1 && (stack[stack.length - 1]?.heading.rank ?? 0) >= h.rank) stack.pop();
      const parent = stack[stack.length - 1] ?? root;
      const seg = segmentOf(h);
      const kind: SectionKind = h.named ?? kindOfTitle(h.title) ?? (parent.kind === 'preamble' && inBody ? 'other' : parent.kind);
      const sec: Section = {
        id: sections.length,
        parent: parent.id,
        heading: h,
        segments: [...parent.segments, seg],
        path: [...parent.segments, seg].join(' > '),
        kind,
        start: block.start,
        end: block.end,
      };
      sections.push(sec);
      stack.push(sec);
    }
    const top = stack[stack.length - 1] ?? root;
    for (const s of stack) s.end = Math.max(s.end, block.end);
    placed.push({ ...block, section: top.id, heading: h });
  }
  return { sections, blocks: placed };
}
