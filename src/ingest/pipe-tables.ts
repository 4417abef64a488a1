/**
 * Markdown pipe tables ("| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … |") read as rows, each
 * cited from its own source line. A table is read by its own header cells: one with a column
 * for who leads gives who-does-what rows; one with a target column and year columns gives a
 * target per year. Other tables stay text.
 */
import { fold, squash } from '../text.js';
import type { Deadline, Responsibility, Role, Target } from '../types.js';
import { normalizeDeadline } from './deadline.js';
import type { SourceLine } from './lines.js';
import { agencyKey } from './responsibilities.js';
import type { Section } from './structure.js';
import { comparatorBefore, indicatorOf, parseViNumber } from './targets.js';

export interface PipeTable {
  header: string[];
  rows: Array<{ line: number; cells: string[] }>;
  /** Source lines of the whole table, header and separator included. */
  lines: Set<number>;
}

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cellsOf(raw: string): string[] {
  return raw
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => squash(c.replace(/\*\*|__/g, '')));
}

const TSV = /\t.*\t/;
const tabCells = (raw: string): string[] => raw.split('\t').map((c) => squash(c.replace(/\*\*|__/g, '')));

/** A table copied from Word as text: a header line and the rows under it, cells separated by tabs. */
function tabTable(lines: SourceLine[], i: number): { table: PipeTable; next: number } | null {
  const head = lines[i];
  if (!head || !TSV.test(head.raw) || (i > 0 && TSV.test(lines[i - 1]?.raw ?? ''))) return null;
  const table: PipeTable = { header: tabCells(head.raw), rows: [], lines: new Set([head.n]) };
  let j = i + 1;
  for (; j < lines.length && TSV.test(lines[j]?.raw ?? ''); j++) {
    const l = lines[j];
    if (!l) break;
    table.lines.add(l.n);
    table.rows.push({ line: l.n, cells: tabCells(l.raw) });
  }
  return table.rows.length ? { table, next: j } : null;
}

/** Every table: a pipe table's header row, separator and data rows; a tab-separated header and its rows. */
export function pipeTables(lines: SourceLine[]): PipeTable[] {
  const out: PipeTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const tab = tabTable(lines, i);
    if (tab) {
      out.push(tab.table);
      i = tab.next - 1;
      continue;
    }
    const head = lines[i];
    const sep = lines[i + 1];
    if (!head || !sep || !ROW.test(head.raw) || !SEPARATOR.test(sep.raw)) continue;
    const table: PipeTable = { header: cellsOf(head.raw), rows: [], lines: new Set([head.n, sep.n]) };
    let j = i + 2;
    for (; j < lines.length && ROW.test(lines[j]?.raw ?? ''); j++) {
      const l = lines[j];
      if (!l) break;
      table.lines.add(l.n);
      table.rows.push({ line: l.n, cells: cellsOf(l.raw) });
    }
    out.push(table);
    i = j - 1;
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
      const lines: [number, number] = [row.line, row.line];
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
        lines: [row.line, row.line],
      });
    }
  }
  return out;
}
