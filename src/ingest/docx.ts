/**
 * .docx → plain text that keeps tables as rows. mammoth's raw text puts every table cell on
 * its own paragraph, so a task table (STT | Nhiệm vụ | Cơ quan chủ trì | …) loses which agency
 * and deadline belong to which task. We take mammoth's HTML instead (its stable output) and
 * render it: paragraphs as before, and each table row as text the indexer reads as a row:
 *
 *   1. <first text cell>            (the STT/TT cell's value as the number, when there is one)
 *   Cơ quan chủ trì: <cell>         (every other cell, labelled with its own header cell)
 *   Thời gian hoàn thành: <cell>
 *
 * The labels are the table's own header cells, so any table with a header row works; labels
 * start the line (no bullet) because that is the "Label: value" form plans use in prose.
 * A row whose text is one cell spanning the width (a group row such as "II | HOÀN THIỆN CƠ
 * CHẾ") is one line. Cells merged down rows repeat in each row. Data tables without a header
 * row give one line per row, cells joined with " | "; layout tables (issuer | motto,
 * recipients | signature) are read cell by cell as paragraphs.
 */

export interface CellText {
  text: string;
  /** The cell's paragraphs, for layout tables read as text. */
  paras: string[];
  colspan: number;
  rowspan: number;
  header: boolean;
}

export type DocxNode = { kind: 'para'; text: string } | { kind: 'table'; rows: CellText[][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  const n = m?.[1] ? Number(m[1]) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}

/**
 * Join a cell's paragraphs: "; " between items of a list ("Sở Y tế" / "Sở Tài chính"), a space
 * after punctuation or an upper-case line ("ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH").
 */
function joinParas(paras: string[]): string {
  let out = '';
  for (const p of paras.map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    out = !out ? p : /[\p{Ll}\d]$/u.test(out) ? `${out}; ${p}` : `${out} ${p}`;
  }
  return out;
}

/**
 * mammoth's HTML → paragraphs and tables. mammoth writes a small, regular subset of HTML
 * (escaped text, no comments, attributes quoted), which a tag scanner reads exactly.
 * A table nested in a cell is flattened into that cell's text.
 */
export function parseMammothHtml(html: string): DocxNode[] {
  const out: DocxNode[] = [];
  let para: string[] = [];
  // Characters of the paragraph inside and outside bold runs: a paragraph all in bold is a
  // heading whose number Word's auto-numbering kept to itself, so it is marked "**…**".
  let strong = 0;
  let boldChars = 0;
  let plainChars = 0;
  // Open tables, innermost last; each holds its rows and the cell being read.
  const tables: Array<{ rows: CellText[][]; cell: { paras: string[]; attrs: string; header: boolean } | null }> = [];
  const flushPara = (): void => {
    const text = para.join('').replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    const allBold = boldChars > 0 && plainChars === 0;
    para = [];
    boldChars = plainChars = 0;
    if (!text) return;
    const t = tables[tables.length - 1];
    if (t?.cell) t.cell.paras.push(text);
    else if (t) return; // text between cells: mammoth writes none
    else out.push({ kind: 'para', text: allBold && text.length <= 150 && !text.includes('\n') ? `**${text}**` : text });
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const piece = decode(m[4]);
      para.push(piece);
      const n = piece.replace(/\s+/g, '').length;
      if (strong > 0) boldChars += n;
      else plainChars += n;
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    if (tag === 'strong' || tag === 'b') strong = Math.max(0, strong + (closing ? -1 : 1));
    if (tag === 'br') para.push('\n');
    else if (BLOCK.has(tag)) flushPara();
    else if (tag === 'table' && !closing) {
      flushPara();
      tables.push({ rows: [], cell: null });
    } else if (tag === 'table' && closing) {
      flushPara();
      const t = tables.pop();
      if (!t) continue;
      const parent = tables[tables.length - 1];
      if (parent?.cell) parent.cell.paras.push(...t.rows.map((r) => joinParas(r.map((c) => c.text))));
      else out.push({ kind: 'table', rows: t.rows.filter((r) => r.length) });
    } else if (tag === 'tr' && !closing) tables[tables.length - 1]?.rows.push([]);
    else if ((tag === 'td' || tag === 'th') && !closing) {
      const t = tables[tables.length - 1];
      if (t) t.cell = { paras: [], attrs, header: tag === 'th' };
    } else if ((tag === 'td' || tag === 'th') && closing) {
      flushPara();
      const t = tables[tables.length - 1];
      if (t?.cell) {
        t.rows[t.rows.length - 1]?.push({ text: joinParas(t.cell.paras), paras: t.cell.paras.map((x) => x.replace(/[ \t]+/g, ' ').trim()), colspan: spanOf(t.cell.attrs, 'colspan'), rowspan: spanOf(t.cell.attrs, 'rowspan'), header: t.cell.header });
        t.cell = null;
      }
    }
  }
  flushPara();
  return out;
}

/** Rows as grids: a cell spanning columns sits in its first column (the rest empty), a cell merged down rows repeats. */
function toGrid(rows: CellText[][]): Array<{ cells: string[]; header: boolean; spans: number[] }> {
  const carry: Array<{ text: string; left: number } | undefined> = [];
  return rows.map((row) => {
    const cells: string[] = [];
    const spans: number[] = [];
    let col = 0;
    const fillCarried = (): void => {
      for (let c = carry[col]; c && c.left > 0; c = carry[col]) {
        cells[col] = c.text;
        spans[col] = 1;
        c.left--;
        col++;
      }
    };
    for (const cell of row) {
      fillCarried();
      cells[col] = cell.text;
      spans[col] = cell.colspan;
      for (let k = 0; k < cell.colspan; k++) {
        if (k > 0) {
          cells[col + k] = '';
          spans[col + k] = 0;
        }
        carry[col + k] = cell.rowspan > 1 ? { text: k === 0 ? cell.text : '', left: cell.rowspan - 1 } : undefined;
      }
      col += cell.colspan;
    }
    fillCarried();
    return { cells: Array.from(cells, (c) => c ?? ''), header: row.length > 0 && row.every((c) => c.header), spans: Array.from(spans, (s) => s ?? 1) };
  });
}

const NUMBER_HEADER = /^(?:stt|tt|so tt|so thu tu|thu tu)$/;

function foldLabel(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A first row reads as a header when Word marks it so, or when a table of 3+ columns opens with short labels. */
function headerRows(grid: ReturnType<typeof toGrid>): number {
  let n = 0;
  while (n < grid.length - 1 && grid[n]?.header) n++;
  if (n) return n;
  const first = grid[0];
  if (!first || grid.length < 2 || first.cells.length < 3) return 0;
  const looksLabel = first.cells.every((c) => c.length > 0 && c.length <= 60 && !/[.;]$/.test(c) && !/^\d+$/.test(c));
  return looksLabel ? 1 : 0;
}

/**
 * A headerless table of at most two columns, or one whose cells hold several paragraphs, lays
 * out text rather than data: issuer | national motto, "Nơi nhận" | "T/M … signature". It is
 * read cell by cell, as mammoth's raw text did, so the signature block stays recognisable.
 */
function isLayout(rows: CellText[][]): boolean {
  return rows.every((r) => r.length <= 2) || rows.some((r) => r.some((c) => c.paras.length > 1));
}

/**
 * A table of figures by year (Chỉ tiêu | Đơn vị tính | … | Năm 2030) with no one assigned:
 * kept as a pipe table, whose columns the indexer reads as one target per year. Its group rows
 * ("I | GIẢM NGHÈO …") stay rows of the table instead of reading as the plan's own headings.
 */
function isFigureTable(labels: string[]): boolean {
  const f = labels.map(foldLabel);
  return f.some((l) => /^(?:chi tieu|noi dung|tieu chi)\b/.test(l)) && f.some((l) => /\b20\d\d$/.test(l)) && !f.some((l) => /chu tri/.test(l));
}

export function renderTable(rows: CellText[][]): string[] {
  const grid = toGrid(rows);
  const nHeader = headerRows(grid);
  if (!nHeader && isLayout(rows)) return rows.flatMap((r) => r.flatMap((c) => c.paras)).filter(Boolean);
  if (!nHeader) return grid.map((r) => r.cells.filter(Boolean).join(' | ')).filter(Boolean);
  // With several header rows (a merged two-level header), the last one names the columns.
  const labels = grid[nHeader - 1]?.cells ?? [];
  // One paragraph of consecutive lines: a pipe table's rows follow each other without a blank line.
  if (isFigureTable(labels)) return [[labels, labels.map(() => '---'), ...grid.slice(nHeader).map((r) => r.cells)].map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`).join('\n')];
  const numberCol = labels.findIndex((l) => NUMBER_HEADER.test(foldLabel(l)));
  const lines: string[] = [];
  for (const row of grid.slice(nHeader)) {
    const num = numberCol >= 0 ? (row.cells[numberCol] ?? '').replace(/[.)]$/, '').trim() : '';
    const filled = row.cells.map((c, i) => ({ c, i })).filter(({ c, i }) => c && i !== numberCol);
    if (!filled.length) continue;
    const prefix = num ? `${num}. ` : '';
    // A group row: one cell spanning the rest of the row.
    if (filled.length === 1 && (row.spans[filled[0]?.i ?? 0] ?? 1) > 1) {
      lines.push(`${prefix}${filled[0]?.c ?? ''}`);
      continue;
    }
    const [title, ...rest] = filled;
    lines.push(`${prefix}${title?.c ?? ''}`);
    for (const { c, i } of rest) {
      const label = (labels[i] ?? '').replace(/:$/, '').trim();
      lines.push(label ? `${label}: ${c}` : c);
    }
  }
  return lines;
}

/** Paragraphs and rendered tables, one paragraph per line with blank lines between (as mammoth's raw text). */
export function renderDocx(nodes: DocxNode[]): string {
  const paras = nodes.flatMap((n) => (n.kind === 'para' ? [n.text] : renderTable(n.rows)));
  return paras.map((p) => `${p}\n\n`).join('');
}
