/**
 * A .docx laid out the way government offices lay them out: paragraphs, borderless two-column
 * "layout" tables (issuer | national motto, recipients | signature) and data tables with a
 * header row, group rows spanning the width, cells merged down rows and cells with several
 * paragraphs. Built with the `docx` package so the test reads a real Word file.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** One cell: its paragraphs (a string is one paragraph), and how far it spans. */
export interface CellSpec {
  text: string | string[];
  columnSpan?: number;
  rowSpan?: number;
}

export type DocPart = { p: string; bold?: boolean } | { table: { header?: string[]; rows: Array<Array<string | CellSpec>> } };

function cell(spec: string | CellSpec, bold = false): TableCell {
  const s: CellSpec = typeof spec === 'string' ? { text: spec } : spec;
  const paras = (Array.isArray(s.text) ? s.text : [s.text]).map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] }));
  return new TableCell({ children: paras, ...(s.columnSpan ? { columnSpan: s.columnSpan } : {}), ...(s.rowSpan ? { rowSpan: s.rowSpan } : {}) });
}

export async function makeOfficeDocx(parts: DocPart[]): Promise<Uint8Array> {
  const children = parts.map((part) => {
    if ('p' in part) return new Paragraph({ children: [new TextRun({ text: part.p, bold: part.bold ?? false })] });
    const rows: TableRow[] = [];
    if (part.table.header) rows.push(new TableRow({ tableHeader: true, children: part.table.header.map((h) => cell(h, true)) }));
    for (const r of part.table.rows) rows.push(new TableRow({ children: r.map((c) => cell(c)) }));
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  });
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
