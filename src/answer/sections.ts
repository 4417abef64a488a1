/**
 * Sections a question points at: by their numbering ("mục III.5", "ý 8 phần III") or by a
 * quoted title ("item 1 under “MỤC ĐÍCH, YÊU CẦU”"), in the question's documents.
 */
import type { CorpusDocument } from '../ingest/corpus.js';
import { fold } from '../text.js';
import type { SectionInfo } from '../types.js';
import type { Engine } from './engine.js';
import type { Understanding } from './understand.js';

export interface SectionCandidate {
  kind: 'section';
  doc: CorpusDocument;
  section: SectionInfo;
  score: number;
}

const ROMAN = '[ivxlc]{1,6}';
/** "phần III", "mục III.5", "ý 5 phần III", "nhiệm vụ thứ 2 trong mục IV", "part I", "section IV". */
const SECTION_REFS: RegExp[] = [
  new RegExp(String.raw`\b(?:y|diem|nhiem vu thu|giai phap thu|noi dung thu|item|point|muc|tieu muc)\s+(\d{1,2})\s+(?:(?:trong|cua|thuoc|o|under|of|in)\s+)?(?:phan|muc|part|section|chuong)\s+(${ROMAN})\b`, 'g'),
  new RegExp(String.raw`\b(?:phan|muc|part|section|chuong)\s+(${ROMAN})(?:\s*[.]\s*|\s+)(\d{1,2})\b`, 'g'),
  new RegExp(String.raw`\b(?:phan|muc|part|section|chuong)\s+(${ROMAN})\b`, 'g'),
];

/** Section labels the question points at: [["iii", "5"], ["iv"]]. */
function sectionRefs(question: string): string[][] {
  const f = fold(question).replace(/[^a-z0-9.]+/g, ' ');
  for (const [i, re] of SECTION_REFS.entries()) {
    const out = [...f.matchAll(re)].map((m) => (i === 0 ? [m[2] ?? '', m[1] ?? ''] : [m[1] ?? '', m[2] ?? ''].filter(Boolean)));
    if (out.length) return out;
  }
  return [];
}

const flatTitle = (s: string): string => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

/** Sections named by a quoted title (“MỤC ĐÍCH, YÊU CẦU”), or an item numbered under one ("item 1 under …"). */
function sectionsByTitle(engine: Engine, u: Understanding): SectionCandidate[] {
  const titles = [...u.question.matchAll(/[“"«]([^”"»]{3,160})[”"»]/gu)].map((m) => flatTitle(m[1] ?? '')).filter(Boolean);
  if (!titles.length || u.sources.length > 3) return [];
  const item = /\b(?:item|point|y|diem|muc|tieu muc|nhiem vu|giai phap)\s+(\d{1,2})\b/.exec(flatTitle(u.question))?.[1];
  const out: SectionCandidate[] = [];
  for (const source of u.sources) {
    const doc = engine.docs.get(source);
    for (const s of doc?.sections ?? []) {
      if (!doc || !titles.includes(flatTitle(s.title))) continue;
      const child = item ? doc.sections.find((c) => c.parent === s.id && fold(c.label) === item) : undefined;
      if (!item || child) out.push({ kind: 'section', doc, section: child ?? s, score: 1 });
    }
  }
  return out;
}

/** Sections named by their numbering or quoted title, in the question's documents. */
export function gatherSections(engine: Engine, u: Understanding): SectionCandidate[] {
  const refs = sectionRefs(u.question);
  if (!refs.length) return sectionsByTitle(engine, u);
  if (u.sources.length > 3) return [];
  const out: SectionCandidate[] = [];
  for (const source of u.sources) {
    const doc = engine.docs.get(source);
    if (!doc) continue;
    for (const ref of refs) {
      const top = doc.sections.find((s) => fold(s.label) === ref[0] && !s.path.includes(' > '));
      const hit = top && ref[1] ? doc.sections.find((s) => s.parent === top.id && fold(s.label) === ref[1]) : top;
      if (hit) out.push({ kind: 'section', doc, section: hit, score: 1 });
    }
  }
  return out;
}
