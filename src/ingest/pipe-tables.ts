/**
 * Markdown pipe tables ("| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … |") read as rows, each
 * cited from its own source line. A table is read by its own header cells: one with a column
 * for who leads gives who-does-what rows; one with a target column and year columns gives a
 * target per year. Other tables stay text.
 */
import { fold, squash } from '../text.js';
import type { Deadline, Responsibility, Role, Target } from '../types.js';
import { normalizeDeadline } from './deadline.js';
import { TAB_ROW, type SourceLine } from './lines.js';
import { agencyKey } from './responsibilities.js';
import type { Section } from './structure.js';
import { comparatorBefore, indicatorOf, parseViNumber } from './targets.js';
import { textTable } from './text-tables.js';

export interface PipeTable {
  header: string[];
  /** Each row's first source line, and its last when it spans several (a table flattened to text). */
  rows: Array<{ line: number; end?: number; cells: string[] }>;
  /** Source lines of the whole table, header and separator included. */
  lines: Set<number>;
}

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const cell = (c: string): string => squash(c.replace(/\*\*|__/g, ''));
const pipeCells = (raw: string): string[] => raw.trim().replace(/^\||\|$/g, '').split('|').map(cell);
const tabCells = (raw: string): string[] => raw.split('\t').map(cell);

/** The rows from line `from` on that `isRow` accepts, added to the table; the index after the last. */
function collectRows(table: PipeTable, lines: SourceLine[], from: number, isRow: RegExp, cells: (raw: string) => string[]): number {
  let j = from;
  for (; j < lines.length && isRow.test(lines[j]?.raw ?? ''); j++) {
    const l = lines[j];
    if (!l) break;
    table.lines.add(l.n);
    table.rows.push({ line: l.n, cells: cells(l.raw) });
  }
  return j;
}

/**
 * Every table: a pipe table's header row, separator and data rows; or a table copied from Word
 * as text, a tab-separated header line and the rows under it.
 */
export function pipeTables(lines: SourceLine[]): PipeTable[] {
  const out: PipeTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    const sep = lines[i + 1];
    if (!head || !sep) continue;
    const text = textTable(lines, i);
    if (text) {
      out.push(text.table);
      i = text.next - 1;
    } else if (TAB_ROW.test(head.raw) && !TAB_ROW.test(lines[i - 1]?.raw ?? '')) {
      const table: PipeTable = { header: tabCells(head.raw), rows: [], lines: new Set([head.n]) };
      const next = collectRows(table, lines, i + 1, TAB_ROW, tabCells);
      if (table.rows.length) out.push(table);
      i = next - 1;
    } else if (ROW.test(head.raw) && SEPARATOR.test(sep.raw)) {
      // A header of two rows ("| STT | Nhiệm vụ | Đơn vị thực hiện | | …" over "| | | Chủ trì | Phối hợp | …"): each column is named by both.
      const above = lines[i - 1];
      const upper = above && ROW.test(above.raw) ? pipeCells(above.raw) : null;
      const header = pipeCells(head.raw).map((c, k) => squash(`${upper?.[k] ?? ''} ${c}`));
      const table: PipeTable = { header, rows: [], lines: new Set([...(upper && above ? [above.n] : []), head.n, sep.n]) };
      i = collectRows(table, lines, i + 2, ROW, pipeCells) - 1;
      out.push(table);
    }
  }
  return out;
}

const col = (header: string[], re: RegExp): number => header.findIndex((h) => re.test(fold(h)));
const NUMBER_COL = /^(?:stt|tt|so tt|so thu tu)$/;

interface Ctx {
  source: string;
  locality: string | null;
  sectionAt: (line: number) => Section | undefined;
}

/** Who-does-what rows of a task table: lead, partners and deadline from their own columns. */
export function tableResponsibilities(t: PipeTable, ctx: Ctx, idPrefix: string): Responsibility[] {
  const lead = col(t.header, /chu tri/);
  if (lead < 0) return [];
  const partner = col(t.header, /phoi hop/);
  const time = col(t.header, /thoi gian|thoi han|tien do|hoan thanh/);
  const task = t.header.findIndex((h, i) => i !== lead && i !== partner && i !== time && !NUMBER_COL.test(fold(h)));
  const out: Responsibility[] = [];
  for (const row of t.rows) {
    const sec = ctx.sectionAt(row.line);
    const what = row.cells[task] ?? '';
    if (!sec || !what) continue;
    const deadline: Deadline | null = time >= 0 ? normalizeDeadline(row.cells[time] ?? '') : null;
    const push = (agency: string, role: Role, text: string): void => {
      const a = squash(agency.replace(/[,;:.]+$/, ''));
      if (!a || a.length > 160) return;
      const lines: [number, number] = [row.line, row.end ?? row.line];
      out.push({ id: `${idPrefix}-${out.length + 1}`, source: ctx.source, locality: ctx.locality, agency: a, agencyKey: agencyKey(a, ctx.locality), role, task: text, deadline, deadlineLines: deadline ? lines : null, section: sec.path, lines });
    };
    const leads = (row.cells[lead] ?? '').split(/\s*;\s*/u).filter(Boolean);
    for (const a of leads) push(a, 'lead', what);
    // A partner's task is the row's task: the lead's name is in its own column, not in what is done.
    for (const p of (partner >= 0 ? (row.cells[partner] ?? '') : '').split(/\s*;\s*/u).filter(Boolean)) push(p, 'coordinate', what);
  }
  return out;
}

const ACHIEVED = /^(?:uoc )?(?:thuc hien|dat duoc)|hien trang|nam goc|co so/;
const VALUE = /^(.*?)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%)?$/u;

/** Targets of a target table: one per row and year column ("Năm 2030"), its unit from the unit column. */
export function tableTargets(t: PipeTable, ctx: Ctx, idPrefix: string): Target[] {
  const label = col(t.header, /chi tieu|noi dung|tieu chi/);
  // A column of what was achieved ("Thực hiện năm 2023", "Ước thực hiện 2024") holds no target.
  const years = t.header.map((h, i) => ({ i, year: /(20\d\d)\s*$/.exec(fold(h))?.[1] })).filter((y) => y.year && y.i !== label && !ACHIEVED.test(fold(t.header[y.i] ?? '')));
  if (label < 0 || !years.length) return [];
  const unitCol = col(t.header, /don vi/);
  const out: Target[] = [];
  for (const row of t.rows) {
    const sec = ctx.sectionAt(row.line);
    const name = row.cells[label] ?? '';
    if (!sec || !name) continue;
    const unitCell = unitCol >= 0 ? (row.cells[unitCol] ?? '') : '';
    for (const { i, year } of years) {
      const cell = row.cells[i] ?? '';
      const m = VALUE.exec(cell);
      if (!m?.[2]) continue;
      const percent = Boolean(m[3]) || unitCell === '%';
      const unit = percent ? '%' : unitCell;
      const valueText = `${m[2]}${percent ? '%' : unit ? ` ${unit}` : ''}`;
      out.push({
        id: `${idPrefix}-${out.length + 1}`,
        source: ctx.source,
        locality: ctx.locality,
        indicator: indicatorOf(name, '') ?? `other:${fold(name).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 8).join('_')}`,
        label: name,
        comparator: comparatorBefore(m[1] ?? ''),
        value: parseViNumber(m[2]),
        valueMax: null,
        valueText,
        unit,
        year: Number(year),
        vision: false,
        text: `${name}: ${cell}${!m[3] && unit ? `${unit === '%' ? '' : ' '}${unit}` : ''}`,
        section: sec.path,
        lines: [row.line, row.end ?? row.line],
      });
    }
  }
  return out;
}
