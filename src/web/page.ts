/**
 * The web page at "/": server-rendered HTML, no framework. Everything a user typed or a
 * document says is put into the page with textContent (client) or escaped (server).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { INDICATORS } from '../domain/indicators.js';
import type { ApiDeps } from '../api/router.js';
import { docId } from '../ingest/document.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

const EXAMPLES = [
  'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?',
  'Chỉ tiêu tỷ lệ dân số tham gia BHYT của Tây Ninh đến năm 2030?',
  'So sánh chỉ tiêu nhà ở xã hội của Bình Định và Tây Ninh',
  'mttq cac huyen tuyen quang bao cao ket qua truoc ngay nao',
  'Which agency leads propaganda work in Tuy Phước?',
];

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#f6f5f2}
header{background:#a4161a;color:#fff;padding:12px 16px}header h1{margin:0;font-size:1.25rem}header p{margin:2px 0 0;font-size:.9rem;opacity:.9}
main{max-width:860px;margin:0 auto;padding:12px}
nav{display:flex;gap:8px;margin:8px 0}nav button{flex:1;padding:10px;border:1px solid #ccc;background:#fff;border-radius:8px;font-size:1rem;cursor:pointer}
nav button[aria-selected=true]{background:#a4161a;color:#fff;border-color:#a4161a}
form{display:flex;flex-wrap:wrap;gap:8px}textarea{width:100%;min-height:72px;padding:10px;font:inherit;border:1px solid #bbb;border-radius:8px}
select,button.primary{padding:10px 14px;font:inherit;border-radius:8px;border:1px solid #bbb;background:#fff}
button.primary{background:#a4161a;color:#fff;border-color:#a4161a;cursor:pointer}
.examples{display:flex;flex-wrap:wrap;gap:6px;margin:10px 0}.examples button{font-size:.85rem;padding:6px 10px;border-radius:16px;border:1px solid #d0c9c0;background:#fff;cursor:pointer;text-align:left}
.card{background:#fff;border:1px solid #e2ddd5;border-radius:10px;padding:12px 14px;margin:12px 0}
.answer{white-space:pre-wrap}.abstained{border-color:#c9a227;background:#fffbea}
ol.cites{padding-left:22px}ol.cites li{margin:8px 0}.cite-btn{all:unset;cursor:pointer;color:#0b4f9c;text-decoration:underline}
.meta{color:#555;font-size:.85rem}blockquote{margin:6px 0;padding:6px 10px;border-left:3px solid #a4161a;background:#faf7f2}
.context{font-size:.85rem;white-space:pre-wrap;background:#f3f1ec;border-radius:6px;padding:8px;margin-top:6px;overflow-x:auto}
.context .hit{background:#ffe08a}
table{width:100%;border-collapse:collapse;font-size:.95rem}th,td{border-bottom:1px solid #e6e1d9;padding:6px;text-align:left;vertical-align:top}
.hidden{display:none}.error{color:#a4161a}
@media (max-width:560px){header h1{font-size:1.05rem}main{padding:8px}th:nth-child(4),td:nth-child(4){display:none}}
`;

/** Client script: fetches the JSON API and renders with textContent only. */
const SCRIPT = `
const $ = (s) => document.querySelector(s);
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
function tab(name) {
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  for (const s of document.querySelectorAll('section[data-tab]')) s.classList.toggle('hidden', s.dataset.tab !== name);
}
for (const b of document.querySelectorAll('nav button')) b.addEventListener('click', () => tab(b.dataset.tab));
for (const b of document.querySelectorAll('.examples button')) b.addEventListener('click', () => { $('#q').value = b.textContent; $('#ask').requestSubmit(); });
async function showContext(li, c) {
  const box = li.querySelector('.context');
  if (box) { box.remove(); return; }
  const ctx = el('div', 'context', 'Đang tải…');
  li.appendChild(ctx);
  const id = c.source.replace(/\\.[^.]+$/, '');
  const from = Math.max(1, c.lines[0] - 3), to = c.lines[1] + 3;
  try {
    const r = await fetch('/api/documents/' + encodeURIComponent(id) + '/lines?from=' + from + '&to=' + to);
    const data = await r.json();
    if (!r.ok) throw new Error(data.error ? data.error.message : r.statusText);
    ctx.textContent = '';
    for (const line of data.lines) {
      const row = el('div', line.n >= c.lines[0] && line.n <= c.lines[1] ? 'hit' : '', String(line.n).padStart(4, ' ') + '  ' + line.text);
      ctx.appendChild(row);
    }
  } catch (e) { ctx.textContent = 'Không tải được đoạn văn: ' + e.message; }
}
$('#ask').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const out = $('#result');
  out.textContent = '';
  const question = $('#q').value.trim();
  if (!question) { out.appendChild(el('p', 'error', 'Vui lòng nhập câu hỏi.')); return; }
  const body = { question };
  if ($('#locality').value) body.locality = $('#locality').value;
  out.appendChild(el('p', 'meta', 'Đang tìm trong các văn bản…'));
  try {
    const r = await fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const a = await r.json();
    out.textContent = '';
    if (!r.ok) { out.appendChild(el('p', 'error', a.error ? a.error.message : 'Lỗi ' + r.status)); return; }
    const card = el('div', 'card' + (a.abstained ? ' abstained' : ''));
    card.appendChild(el('div', 'answer', a.answer));
    out.appendChild(card);
    if (a.citations.length) {
      const cites = el('div', 'card');
      cites.appendChild(el('strong', '', 'Trích dẫn'));
      const ol = el('ol', 'cites');
      a.citations.forEach((c) => {
        const li = el('li');
        const btn = el('button', 'cite-btn', c.document + ' — ' + (c.locality || '') + ' — dòng ' + c.lines[0] + '–' + c.lines[1]);
        btn.type = 'button';
        btn.title = 'Xem đoạn văn trong văn bản gốc';
        btn.addEventListener('click', () => showContext(li, c));
        li.appendChild(btn);
        li.appendChild(el('div', 'meta', (c.section || 'Phần mở đầu') + ' · ' + c.source));
        li.appendChild(el('blockquote', '', c.quote));
        ol.appendChild(li);
      });
      cites.appendChild(ol);
      out.appendChild(cites);
    }
  } catch (e) { out.textContent = ''; out.appendChild(el('p', 'error', 'Không kết nối được máy chủ: ' + e.message)); }
});
$('#compare').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const out = $('#table');
  out.textContent = '';
  try {
    const r = await fetch('/api/targets/compare?indicator=' + encodeURIComponent($('#indicator').value));
    const d = await r.json();
    if (!r.ok) { out.appendChild(el('p', 'error', d.error ? d.error.message : 'Lỗi')); return; }
    out.appendChild(el('h3', '', d.label));
    if (!d.rows.length) { out.appendChild(el('p', '', 'Chưa có địa phương nào nêu chỉ tiêu này.')); return; }
    const t = el('table');
    const head = el('tr');
    for (const h of ['Địa phương', 'Chỉ tiêu', 'Năm', 'Nguyên văn', 'Nguồn']) head.appendChild(el('th', '', h));
    t.appendChild(head);
    for (const row of d.rows) {
      const tr = el('tr');
      tr.appendChild(el('td', '', row.locality || ''));
      tr.appendChild(el('td', '', row.valueText));
      tr.appendChild(el('td', '', String(row.year)));
      tr.appendChild(el('td', '', row.text));
      tr.appendChild(el('td', 'meta', row.source + ' dòng ' + row.lines[0] + '–' + row.lines[1]));
      t.appendChild(tr);
    }
    out.appendChild(t);
    const csv = el('a', '', 'Tải CSV (Excel)');
    csv.href = '/api/targets/compare?format=csv&indicator=' + encodeURIComponent($('#indicator').value);
    out.appendChild(csv);
  } catch (e) { out.appendChild(el('p', 'error', 'Không kết nối được máy chủ: ' + e.message)); }
});
`;

export function renderPage(deps: ApiDeps): string {
  const localities = [...new Set(deps.engine.corpus.documents.map((d) => d.meta.locality).filter((x): x is string => Boolean(x)))].sort((a, b) => a.localeCompare(b, 'vi'));
  const present = new Set(deps.engine.corpus.targets.map((t) => t.indicator));
  const indicators = INDICATORS.filter((d) => present.has(d.key));
  const docs = deps.engine.corpus.documents
    .map((d) => {
      const id = encodeURIComponent(docId(d.meta.source));
      return `<li>${escapeHtml(d.meta.title)} <span class="meta">(${escapeHtml(d.meta.locality ?? '')}${d.meta.status === 'draft' ? ', dự thảo' : ''})</span><br><a href="/api/study/${id}?format=html" target="_blank" rel="noopener">Tài liệu học tập (in A4)</a> · <a href="/api/study/${id}?format=md">Markdown</a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hỏi đáp Nghị quyết 42</title><style>${STYLE}</style></head>
<body><header><h1>Hỏi đáp Nghị quyết 42-NQ/TW</h1><p>Trả lời ngắn gọn, kèm trích dẫn nguyên văn từ các kế hoạch, chương trình hành động.</p></header>
<main>
<nav role="tablist"><button type="button" data-tab="ask" aria-selected="true">Hỏi đáp</button><button type="button" data-tab="targets" aria-selected="false">Chỉ tiêu</button><button type="button" data-tab="docs" aria-selected="false">Tài liệu học tập</button></nav>
<section data-tab="ask">
<form id="ask"><label for="q" class="meta">Câu hỏi (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh)</label>
<textarea id="q" name="q" maxlength="1000" placeholder="Ví dụ: Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?"></textarea>
<select id="locality" aria-label="Địa phương"><option value="">Tất cả địa phương</option>${localities.map((l) => `<option value="${escapeHtml(l)}">${escapeHtml(l)}</option>`).join('')}</select>
<button class="primary" type="submit">Hỏi</button></form>
<div class="examples">${EXAMPLES.map((e) => `<button type="button">${escapeHtml(e)}</button>`).join('')}</div>
<div id="result" aria-live="polite"></div>
</section>
<section data-tab="targets" class="hidden">
<form id="compare"><select id="indicator" aria-label="Chỉ tiêu">${indicators.map((d) => `<option value="${escapeHtml(d.key)}">${escapeHtml(d.vi)}</option>`).join('')}</select>
<button class="primary" type="submit">So sánh các địa phương</button></form>
<div id="table" class="card"></div>
</section>
<section data-tab="docs" class="hidden"><div class="card"><p class="meta">Mỗi văn bản: thẻ văn bản, bố cục, bảng chỉ tiêu, phân công, so sánh với địa phương khác và 15–30 câu hỏi ôn tập có đáp án, trích dẫn.</p><ul>${docs}</ul></div></section>
</main><script>${SCRIPT}</script></body></html>`;
}

export function webRoutes(deps: ApiDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  // Rendered once per loaded index (documents can be added while the server runs).
  let cached: { engine: ApiDeps['engine']; html: string } | undefined;
  app.get('/', (c) => {
    if (cached?.engine !== deps.engine) cached = { engine: deps.engine, html: renderPage(deps) };
    return c.html(cached.html);
  });
  return app;
}
