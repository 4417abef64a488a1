/** Study pack → Markdown (pastes cleanly) or self-contained printable HTML (A4); .docx in docx.ts. */
import { INDICATOR_BY_KEY } from '../domain/indicators.js';
import type { Role } from '../types.js';
import { escapeHtml } from '../web/page.js';
import type { StudyPack } from './pack.js';

const ROLE_VI: Record<Role, string> = {
  lead: 'Chủ trì',
  coordinate: 'Phối hợp',
  direct: 'Chỉ đạo',
  advise_execute: 'Tham mưu, thực hiện',
  execute: 'Thực hiện',
  monitor: 'Giám sát',
  report: 'Báo cáo',
};
export const LETTERS = ['A', 'B', 'C', 'D'];

export interface Table {
  head: string[];
  rows: string[][];
}

export function card(p: StudyPack): Array<[string, string]> {
  const m = p.meta;
  return [
    ['Tiêu đề', m.title],
    ['Loại văn bản', m.kind],
    ['Số hiệu', m.number ?? '—'],
    ['Cơ quan ban hành', m.issuingBody ?? '—'],
    ['Địa phương', [m.locality, m.province && m.province !== m.locality ? `tỉnh ${m.province}` : ''].filter(Boolean).join(', ') || '—'],
    ['Cấp', m.level ?? '—'],
    ['Ngày', m.date ?? '—'],
    ['Tình trạng', m.status === 'draft' ? 'Dự thảo' : 'Đã ban hành'],
    ['Người ký', m.signer ?? '—'],
    ['Tệp nguồn', m.source],
  ];
}

export function lines(l: [number, number]): string {
  return l[0] === l[1] ? `${l[0]}` : `${l[0]}–${l[1]}`;
}

export function tables(p: StudyPack): Array<{ title: string; table: Table }> {
  return [
    {
      title: 'Chỉ tiêu',
      table: {
        head: ['Chỉ tiêu', 'Mức', 'Năm', 'Nguyên văn', 'Dòng'],
        rows: p.targets.map((t) => [INDICATOR_BY_KEY.get(t.indicator)?.vi ?? t.label, t.valueText, String(t.year), t.text, lines(t.lines)]),
      },
    },
    {
      title: 'Phân công thực hiện',
      table: {
        head: ['Cơ quan', 'Vai trò', 'Nhiệm vụ', 'Thời hạn', 'Dòng'],
        rows: p.responsibilities.map((r) => [r.agency, ROLE_VI[r.role], r.task.length > 300 ? `${r.task.slice(0, 299)}…` : r.task, r.deadline?.text ?? '', lines(r.lines)]),
      },
    },
    {
      title: 'So sánh với các địa phương khác',
      table: {
        head: ['Chỉ tiêu', p.meta.locality ?? 'Văn bản này', 'Các địa phương khác'],
        rows: p.comparison.map((c) => [c.label, c.own.valueText, c.others.map((o) => `${o.locality ?? o.source}: ${o.valueText}`).join('; ')]),
      },
    },
  ];
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function mdTable(t: Table): string {
  if (!t.rows.length) return '_Không có._';
  return [`| ${t.head.join(' | ')} |`, `| ${t.head.map(() => '---').join(' | ')} |`, ...t.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

export function renderMarkdown(packs: StudyPack[]): string {
  return packs
    .map((p) => {
      const out: string[] = [`# Tài liệu học tập: ${p.meta.title}`, '', ...card(p).map(([k, v]) => `- **${k}:** ${mdCell(v)}`), '', '## Bố cục', ''];
      for (const s of p.outline) out.push(`${'  '.repeat(Math.max(0, s.path.split(' > ').length - 1))}- ${mdCell(s.path.split(' > ').pop() ?? '')} (dòng ${lines(s.lines)})`);
      for (const { title, table } of tables(p)) out.push('', `## ${title}`, '', mdTable(table));
      out.push('', `## Câu hỏi ôn tập (${p.quiz.length} câu)`, '');
      for (const q of p.quiz) {
        out.push(`${q.n}. ${mdCell(q.question)}`);
        q.options.forEach((o, i) => out.push(`   - ${LETTERS[i]}. ${mdCell(o)}`));
      }
      out.push('', '### Đáp án', '');
      for (const q of p.quiz) out.push(`${q.n}. **${LETTERS[q.answerIndex]}. ${mdCell(q.answer)}** — ${q.citation.source}, dòng ${lines(q.citation.lines)}: “${mdCell(q.citation.quote)}”`);
      return out.join('\n');
    })
    .join('\n\n---\n\n')
    .concat('\n');
}

const CSS = `
@page{size:A4;margin:16mm 14mm}
body{font:11pt/1.45 "DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif;color:#111;max-width:190mm;margin:0 auto;padding:8px}
h1{font-size:16pt;color:#8a1014;margin:0 0 8px}h2{font-size:13pt;border-bottom:1px solid #ccc;margin-top:18px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:6px 0}th,td{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}th{background:#f1ece4}
tr{page-break-inside:avoid}ol.quiz li{margin:6px 0;page-break-inside:avoid}ol.opts{list-style:upper-alpha;margin:2px 0}
.answers{page-break-before:always}.pack+.pack{page-break-before:always}.muted{color:#555}
ul.outline{padding-left:18px}@media print{a{color:inherit;text-decoration:none}}
`;

function htmlTable(t: Table): string {
  if (!t.rows.length) return '<p class="muted">Không có.</p>';
  return `<table><thead><tr>${t.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function renderHtml(packs: StudyPack[]): string {
  const body = packs
    .map((p) => {
      const outline = p.outline.map((s) => `<li style="margin-left:${(s.path.split(' > ').length - 1) * 14}px">${escapeHtml(s.path.split(' > ').pop() ?? '')} <span class="muted">(dòng ${lines(s.lines)})</span></li>`).join('');
      const quiz = p.quiz.map((q) => `<li>${escapeHtml(q.question)}<ol class="opts">${q.options.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ol></li>`).join('');
      const answers = p.quiz
        .map((q) => `<li><b>${LETTERS[q.answerIndex]}. ${escapeHtml(q.answer)}</b> — <span class="muted">${escapeHtml(q.citation.source)}, dòng ${lines(q.citation.lines)}</span>: “${escapeHtml(q.citation.quote)}”</li>`)
        .join('');
      return `<section class="pack"><h1>Tài liệu học tập: ${escapeHtml(p.meta.title)}</h1>
<dl>${card(p).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<h2>Bố cục</h2><ul class="outline">${outline}</ul>
${tables(p).map(({ title, table }) => `<h2>${escapeHtml(title)}</h2>${htmlTable(table)}`).join('\n')}
<h2>Câu hỏi ôn tập (${p.quiz.length} câu)</h2><ol class="quiz">${quiz}</ol>
<div class="answers"><h2>Đáp án</h2><ol>${answers}</ol></div></section>`;
    })
    .join('\n');
  const title = packs.map((p) => p.meta.locality ?? p.id).join(', ');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Tài liệu học tập — ${escapeHtml(title)}</title><style>${CSS}</style></head><body>${body}</body></html>\n`;
}
