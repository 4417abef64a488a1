/**
 * Sections a question points at: by their numbering ("mục III.5", "ý 8 phần III") or by a
 * quoted title ("item 1 under “MỤC ĐÍCH, YÊU CẦU”"), in the question's documents.
 */
import type { CorpusDocument } from '../ingest/corpus.js';
import { fold } from '../text.js';
import type { SectionInfo } from '../types.js';
import type { Engine } from './engine.js';
import { cover, prepare } from './scoring.js';
import { documentNaming, type Understanding } from './understand.js';

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

/** A title names what the question asks about when it holds all of it and not much else. */
const TITLE_SPREAD = 3;

/**
 * Sections whose title is all the question asks about ("Mục đích của kế hoạch … là gì?" →
 * "I. MỤC ĐÍCH, YÊU CẦU"): the plan's own headings name its parts.
 */
function sectionsByTitleWords(engine: Engine, u: Understanding): SectionCandidate[] {
  if (u.sources.length > 3) return [];
  // The words that name the document ("kế hoạch của Tỉnh ủy") are not asked about; "yêu cầu", frame word though it is, may be.
  const subject = u.topic.filter((t) => !u.sources.some((x) => documentNaming(engine, x).has(t)) && !/^\d+$/.test(t));
  const syllables = subject.filter((t) => !t.includes('_')).length;
  if (!syllables) return [];
  const q = prepare(u.stats, subject, u.wanted);
  const out: SectionCandidate[] = [];
  for (const source of u.sources) {
    const doc = engine.docs.get(source);
    for (const s of doc?.sections ?? []) {
      if (!doc || !s.title || s.kind === 'recipients' || s.kind === 'signature' || s.kind === 'preamble') continue;
      const title = engine.features.terms(s.title);
      const words = [...title].filter((t) => !t.includes('_')).length;
      if (words <= syllables * TITLE_SPREAD && cover(q, title) >= 0.99) out.push({ kind: 'section', doc, section: s, score: 1 });
    }
  }
  // "I. MỤC ĐÍCH, YÊU CẦU" and its "2. Yêu cầu": the part that is only what was asked.
  return out.filter((x) => !out.some((y) => y.doc === x.doc && y.section.parent === x.section.id));
}

/** Sections named by their numbering, quoted title or title words, in the question's documents. */
export function gatherSections(engine: Engine, u: Understanding): SectionCandidate[] {
  const refs = sectionRefs(u.question);
  if (!refs.length) {
    const quoted = sectionsByTitle(engine, u);
    return quoted.length ? quoted : sectionsByTitleWords(engine, u);
  }
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
