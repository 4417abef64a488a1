/**
 * Tables that a PDF-to-text tool left as plain text, read back into rows of cells:
 * - columns aligned with runs of spaces ("TT   Chỉ tiêu   Đơn vị   Năm 2026   Năm 2030"): each
 *   cell goes to the header column that starts nearest to it, so an empty cell stays empty;
 * - one cell per line ("TT" / "Nội dung nhiệm vụ" / "Cơ quan chủ trì" / … then "1" / the task
 *   / the lead / …): a row starts at its number, and a task that runs over two lines is kept
 *   whole because the lead's cell is the first line that names an agency.
 * Both give the same table shape as a pipe table, so one reader of columns serves all.
 */
import { fold, squash } from '../text.js';
import { SPACED_ROW, type SourceLine } from './lines.js';
import type { PipeTable } from './pipe-tables.js';

/** The column a table is about: what to do, or what to reach. */
const SUBJECT_COLUMN = /^(?:noi dung|chi tieu|nhiem vu|cong viec|tieu chi)/;
const RULE = /^[\s\-–—_=.]+$/;

function fixedCells(raw: string): Array<{ at: number; text: string }> {
  return [...raw.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({ at: m.index ?? 0, text: squash(m[0]) }));
}

function fixedTable(lines: SourceLine[], i: number): { table: PipeTable; next: number } | null {
  const head = lines[i];
  if (!head || !SPACED_ROW.test(head.raw) || SPACED_ROW.test(lines[i - 1]?.raw ?? '')) return null;
  const columns = fixedCells(head.raw);
  if (!columns.some((c) => SUBJECT_COLUMN.test(fold(c.text))) || columns.some((c) => c.text.length > 40)) return null;
  const table: PipeTable = { header: columns.map((c) => c.text), rows: [], lines: new Set([head.n]) };
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (!l) break;
    if (RULE.test(l.raw) && l.raw.trim()) {
      table.lines.add(l.n);
      continue;
    }
    if (!SPACED_ROW.test(l.raw)) break;
    const cells = columns.map(() => '');
    for (const c of fixedCells(l.raw)) {
      // The column that starts nearest to the cell holds it.
      let k = 0;
      for (let x = 1; x < columns.length; x++) if (Math.abs((columns[x]?.at ?? 0) - c.at) < Math.abs((columns[k]?.at ?? 0) - c.at)) k = x;
      cells[k] = squash(`${cells[k] ?? ''} ${c.text}`);
    }
    table.lines.add(l.n);
    table.rows.push({ line: l.n, cells });
  }
  return table.rows.length ? { table, next: j } : null;
}

const NUMBER_HEADER = /^(?:stt|tt|so tt)$/;
/** A line that names a body: the lead's cell of a flattened task row. */
const AGENCY_LINE = /^(?:Ban|Ủy ban|Uỷ ban|UBND|Sở|Phòng|Văn phòng|Trung tâm|Hội|Huyện đoàn|Tỉnh đoàn|Đoàn|Bảo hiểm xã hội|Ngân hàng|Công an|Bộ|Đảng ủy|Đảng uỷ|Các|Thường trực|Liên đoàn|Chi cục|Cục|Trạm|Bệnh viện|Kho bạc|Thanh tra|Mặt trận|MTTQ)(?![\p{L}])/u;
/** A deadline cell: "Quý II/2024", "Năm 2025", "Hằng năm", "Giai đoạn 2024 - 2030". */
const DEADLINE_LINE = /^(?:(?:trong |trước |hoàn thành )?(?:quý|năm|tháng|ngày|giai đoạn)\s|hằng năm|hàng năm|thường xuyên|định kỳ|trước ngày)/iu;

function flatTable(lines: SourceLine[], i: number): { table: PipeTable; next: number } | null {
  const text = (k: number): string => lines[k]?.clean ?? '';
  if (!NUMBER_HEADER.test(fold(text(i)))) return null;
  // The header: short lines after "TT", one of them naming who leads.
  let k = i + 1;
  const header = [text(i)];
  while (k < lines.length && text(k) && text(k).length <= 40 && !/^\d+$/.test(text(k)) && header.length < 8) header.push(text(k++));
  const lead = header.findIndex((h) => /chu tri/.test(fold(h)));
  if (header.length < 4 || lead < 2 || !SUBJECT_COLUMN.test(fold(header[1] ?? ''))) return null;
  const table: PipeTable = { header, rows: [], lines: new Set(Array.from({ length: k - i }, (_, d) => lines[i + d]?.n ?? 0)) };
  const hasTime = /thoi gian|thoi han|hoan thanh/.test(fold(header[header.length - 1] ?? ''));
  let expected = 1;
  while (k < lines.length && text(k) === String(expected)) {
    const start = k++;
    // A page number may stand before the row number it equals, or anywhere between rows.
    if (text(k) === String(expected)) k++;
    const body: string[] = [];
    const lineNos: number[] = [];
    while (k < lines.length && text(k) !== String(expected + 1) && !(text(k) === '' && text(k + 1) === '')) {
      const t = text(k);
      if (t && !(/^\d{1,3}$/.test(t) && text(k + 1) === String(expected + 1))) {
        body.push(t);
        lineNos.push(lines[k]?.n ?? 0);
      }
      k++;
    }
    const leadAt = body.findIndex((t, x) => x > 0 && AGENCY_LINE.test(t));
    if (leadAt < 0) break;
    const timeAt = hasTime && body.length > leadAt + 1 && DEADLINE_LINE.test(body[body.length - 1] ?? '') ? body.length - 1 : body.length;
    // Number, task (the lines before the lead), lead, the partners (what lies between), the time.
    const cells = header.map(() => '');
    cells[0] = String(expected);
    cells[1] = body.slice(0, leadAt).join(' ');
    cells[lead] = body[leadAt] ?? '';
    if (lead + 1 < header.length - (hasTime ? 1 : 0)) cells[lead + 1] = body.slice(leadAt + 1, timeAt).join(' ');
    if (hasTime && timeAt < body.length) cells[header.length - 1] = body[timeAt] ?? '';
    for (let x = start; x < k; x++) table.lines.add(lines[x]?.n ?? 0);
    const end = lineNos[lineNos.length - 1];
    table.rows.push({ line: lineNos[0] ?? lines[start]?.n ?? 0, ...(end !== undefined ? { end } : {}), cells });
    expected++;
  }
  return table.rows.length ? { table, next: k } : null;
}

/** A text table starting at line `i`, if one does. */
export function textTable(lines: SourceLine[], i: number): { table: PipeTable; next: number } | null {
  return fixedTable(lines, i) ?? flatTable(lines, i);
}
