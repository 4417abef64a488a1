/**
 * Study pack → Word (.docx): what trainers edit, print and pass on. Same content as the
 * Markdown and HTML renderings (card, outline, tables, quiz, answer key on its own page).
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { card, LETTERS, lines, tables, type Table as Grid } from './render.js';
import type { StudyPack } from './pack.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Times New Roman';

/** Word rejects XML control characters; document text may carry them. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function para(text: string, opts: { bold?: boolean; indent?: number; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    indent: opts.indent ? { left: opts.indent } : undefined,
    spacing: { after: 60 },
    children: [new TextRun({ text: clean(text), bold: opts.bold, italics: opts.italics })],
  });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: clean(text) })] });
}

function cell(text: string, head = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: clean(text), bold: head, size: 20 })] })] });
}

function grid(t: Grid): Array<Paragraph | Table> {
  if (!t.rows.length) return [para('Không có.', { italics: true })];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: t.head.map((h) => cell(h, true)) }), ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
    }),
  ];
}

function packBody(p: StudyPack, first: boolean): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, pageBreakBefore: !first, children: [new TextRun({ text: clean(`Tài liệu học tập: ${p.meta.title}`) })] }));
  for (const [k, v] of card(p)) out.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun({ text: clean(v) })] }));
  out.push(heading('Bố cục', HeadingLevel.HEADING_1));
  for (const s of p.outline) {
    const depth = Math.max(0, s.path.split(' > ').length - 1);
    out.push(para(`${s.path.split(' > ').pop() ?? ''} (dòng ${lines(s.lines)})`, { indent: 360 * depth }));
  }
  for (const { title, table } of tables(p)) out.push(heading(title, HeadingLevel.HEADING_1), ...grid(table));
  out.push(heading(`Câu hỏi ôn tập (${p.quiz.length} câu)`, HeadingLevel.HEADING_1));
  for (const q of p.quiz) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: `Câu ${q.n}. `, bold: true }), new TextRun({ text: clean(q.question) })] }));
    q.options.forEach((o, i) => out.push(new Paragraph({ indent: { left: 360 }, keepNext: i < q.options.length - 1, children: [new TextRun({ text: `${LETTERS[i]}. ${clean(o)}` })] })));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }), heading('Đáp án', HeadingLevel.HEADING_1));
  for (const q of p.quiz) {
    out.push(
      new Paragraph({
        spacing: { after: 80 },
        children: [
          new TextRun({ text: `Câu ${q.n}: ${LETTERS[q.answerIndex]}. ${clean(q.answer)}`, bold: true }),
          new TextRun({ text: ` — ${q.citation.source}, dòng ${lines(q.citation.lines)}: “${clean(q.citation.quote)}”`, italics: true }),
        ],
      }),
    );
  }
  return out;
}

export async function renderDocx(packs: StudyPack[]): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    title: clean(`Tài liệu học tập — ${packs.map((p) => p.meta.locality ?? p.id).join(', ')}`),
    creator: 'Hỏi đáp Nghị quyết 42',
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 900 } } }, children: packs.flatMap((p, i) => packBody(p, i === 0)) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** "tai-lieu-hoc-tap-tay-ninh.docx": an ASCII file name for Content-Disposition. */
export function docxFileName(packs: StudyPack[]): string {
  const base = packs.map((p) => p.meta.locality ?? p.id).join('-');
  const ascii = base
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `tai-lieu-hoc-tap-${ascii || 'van-ban'}.docx`;
}
