/** One source document → metadata, sections, chunks, targets and responsibilities. */
import type { CatalogEntry, Chunk, DocMeta, Responsibility, SectionInfo, Target } from '../types.js';
import { splitLines, toBlocks, type SourceLine } from './lines.js';
import { buildStructure } from './structure.js';
import { detectMeta, mergeCatalog } from './metadata.js';
import { extractTargets } from './targets.js';
import { extractResponsibilities } from './responsibilities.js';
import { pipeTables, tableResponsibilities, tableTargets } from './pipe-tables.js';

export interface IngestedDocument {
  meta: DocMeta;
  sections: SectionInfo[];
  chunks: Chunk[];
  targets: Target[];
  responsibilities: Responsibility[];
}

export interface ParsedDocument extends IngestedDocument {
  lines: SourceLine[];
}

/** Short, stable id prefix from a source file name: "000_3907415c8c5f8eb7.txt" → "000_3907415c8c5f8eb7". */
export function docId(source: string): string {
  return source.replace(/\.[^.]+$/, '');
}

export function ingestDocument(source: string, text: string, entry?: CatalogEntry): ParsedDocument {
  const lines = splitLines(text);
  const { sections, blocks } = buildStructure(toBlocks(lines));
  const meta = mergeCatalog(detectMeta(source, text, blocks, sections, lines.length), entry);
  const id = docId(source);

  const chunks: Chunk[] = [];
  for (const b of blocks) {
    if (b.heading?.titled) continue;
    const sec = sections[b.section];
    if (!sec) continue;
    chunks.push({
      // Pieces of one split paragraph can share a line range: the piece number keeps ids unique.
      id: `${id}#${b.start}-${b.end}${b.part ? `.${b.part}` : ''}`,
      source,
      section: sec.path,
      sectionId: sec.id,
      sectionKind: sec.kind,
      lines: [b.start, b.end],
      text: b.text,
    });
  }

  // Pipe tables are read by their columns, each row from its own line; their text is not read as prose.
  const tables = pipeTables(lines);
  const inTable = new Set(tables.flatMap((t) => [...t.lines]));
  const prose = blocks.filter((b) => !b.lines.some((n) => inTable.has(n)));
  // A row's section is that of the block its first line is in (a page number between rows is in none: the line before it).
  const lineSection = new Map(blocks.flatMap((b) => b.lines.map((n) => [n, sections[b.section]] as const)));
  const sectionAt = (n: number) => {
    for (let k = n; k > 0; k--) if (lineSection.has(k)) return lineSection.get(k);
    return undefined;
  };
  const tableCtx = { source, locality: meta.locality, sectionAt };

  const targets: Target[] = tables.flatMap((t, k) => tableTargets(t, tableCtx, `${id}-tt${k}`));
  // A plan with no "Chỉ tiêu" or "Mục tiêu cụ thể" part states its figures under "Mục tiêu".
  const goalsAreTargets = !sections.some((s) => s.kind === 'targets' || s.kind === 'vision');
  for (const b of prose) {
    const sec = sections[b.section];
    if (!sec || b.heading?.titled) continue;
    const inTargets = sec.kind === 'targets' || sec.kind === 'vision' || (goalsAreTargets && sec.kind === 'goals');
    if (!inTargets && !/phấn đấu/iu.test(b.text)) continue;
    if (sec.kind === 'recipients' || sec.kind === 'signature' || sec.kind === 'preamble') continue;
    // "đến năm 2030", "GIAI ĐOẠN 2024 - 2026": the last year the heading names.
    const yearInTitle = sec.segments.join(' ').match(/20\d\d/gu)?.pop();
    targets.push(
      ...extractTargets(
        b,
        {
          source,
          locality: meta.locality,
          section: sec.path,
          year: yearInTitle ? Number(yearInTitle) : sec.kind === 'vision' ? 2045 : 2030,
          vision: sec.kind === 'vision',
          aspirationalOnly: !inTargets,
        },
        `${id}-t${targets.length}`,
      ),
    );
  }
  targets.forEach((t, i) => (t.id = `${id}-t${i + 1}`));

  const responsibilities = [
    ...extractResponsibilities(prose, { source, locality: meta.locality, issuingBody: meta.issuingBody, sections }, `${id}-r`),
    ...tables.flatMap((t, k) => tableResponsibilities(t, tableCtx, `${id}-rt${k}`)),
  ];

  const sectionInfos: SectionInfo[] = sections.map((s) => ({
    id: s.id,
    parent: s.parent,
    path: s.path,
    title: s.heading.title,
    label: s.heading.label,
    kind: s.kind,
    lines: [s.start, s.end],
  }));
  return { meta, sections: sectionInfos, chunks, targets, responsibilities, lines };
}
