/**
 * The web page at "/": server-rendered HTML, no framework. A chat (a thread of turns in one
 * conversation, suggested follow-ups, highlighted quotes, 👍/👎), the targets table, a document
 * reader (#doc/<id>/L47) and an admin tab. Everything a user typed or a document says is put
 * into the page with textContent (client) or escaped (server).
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
  'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?',
  'Chỉ tiêu tỷ lệ dân số tham gia BHYT của Tây Ninh đến năm 2030?',
  'So sánh chỉ tiêu nhà ở xã hội của Bình Định và Tây Ninh',
  'mttq cac huyen tuyen quang bao cao ket qua truoc ngay nao',
  'Which agency leads propaganda work in Tuy Phước?',
];

const STYLE = `
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#f6f5f2;overflow-wrap:anywhere}
header{background:#a4161a;color:#fff;padding:10px 16px}header h1{margin:0;font-size:1.2rem}header p{margin:2px 0 0;font-size:.88rem;opacity:.9}
main{max-width:900px;margin:0 auto;padding:10px}
nav{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 10px}nav button{flex:1 1 0;min-width:0;padding:9px 4px;border:1px solid #ccc;background:#fff;border-radius:8px;font-size:.95rem;cursor:pointer}
nav button[aria-selected=true]{background:#a4161a;color:#fff;border-color:#a4161a}
form{display:flex;flex-wrap:wrap;gap:8px;align-items:center}textarea,input[type=password]{width:100%;padding:10px;font:inherit;border:1px solid #bbb;border-radius:8px}
textarea{min-height:56px;max-height:40vh;resize:vertical}
select{max-width:100%;padding:9px 10px;font:inherit;border-radius:8px;border:1px solid #bbb;background:#fff}
button.primary,button.secondary{padding:9px 14px;font:inherit;border-radius:8px;border:1px solid #a4161a;cursor:pointer}
button.primary{background:#a4161a;color:#fff}button.secondary{background:#fff;color:#a4161a}
button:disabled{opacity:.6;cursor:wait}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}.chip{font:inherit;font-size:.85rem;padding:5px 11px;border-radius:16px;border:1px solid #d0c9c0;background:#fff;cursor:pointer;text-align:left;max-width:100%}
.chip:hover{border-color:#a4161a}
#thread{display:flex;flex-direction:column;gap:4px}
.turn{scroll-margin-top:8px}
.bubble.q{align-self:flex-end;margin:10px 0 4px auto;max-width:85%;width:fit-content;background:#a4161a;color:#fff;padding:8px 12px;border-radius:14px 14px 2px 14px;white-space:pre-wrap}
.card{background:#fff;border:1px solid #e2ddd5;border-radius:10px;padding:10px 12px;margin:6px 0}
.card.pending{color:#666;font-style:italic}.abstained{border-color:#c9a227;background:#fffbea}
.reading{margin:0 0 6px;color:#5a4a00;background:#fff6d6;border-radius:6px;padding:4px 8px;font-size:.9rem}
.answer{white-space:pre-wrap}.clarify{margin:8px 0 0;font-weight:600}
ol.cites{padding-left:22px;margin:10px 0 0}ol.cites li{margin:8px 0}
.cite-link{color:#0b4f9c;font-weight:600}
.meta{color:#555;font-size:.85rem}
blockquote{margin:6px 0;padding:6px 10px;border-left:3px solid #a4161a;background:#faf7f2;white-space:pre-wrap}
mark{background:#ffe08a;color:inherit;padding:0 1px;border-radius:2px}
.fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:8px}
.fb-btn{font-size:1.05rem;padding:3px 10px;border-radius:14px;border:1px solid #d0c9c0;background:#fff;cursor:pointer}
.fb-btn[aria-pressed=true]{background:#e8f1ff;border-color:#0b4f9c}
#ask{position:sticky;bottom:0;background:#f6f5f2;padding:8px 0 10px;border-top:1px solid #e2ddd5;margin-top:8px}
#ask .row{display:flex;gap:8px;width:100%;align-items:center}#ask .row select{flex:1;min-width:0}
#ask-error:empty{display:none}#ask-error{margin:0}
.hint{font-size:.8rem;color:#666}
table{width:100%;border-collapse:collapse;font-size:.95rem}th,td{border-bottom:1px solid #e6e1d9;padding:6px;text-align:left;vertical-align:top}
.hidden{display:none!important}.error{color:#a4161a}
#doclist ul{padding-left:20px}#doclist li{margin:8px 0}
.reader-head h2{font-size:1.1rem;margin:4px 0}
.reader-grid{display:grid;grid-template-columns:minmax(0,260px) minmax(0,1fr);gap:12px;align-items:start}
.outline{position:sticky;top:8px;max-height:80vh;overflow:auto;font-size:.85rem;background:#fff;border:1px solid #e2ddd5;border-radius:10px;padding:6px 8px}
.outline ul{list-style:none;padding-left:12px;margin:2px 0}.outline>ul{padding-left:0}.outline a{color:#0b4f9c;text-decoration:none}.outline a:hover{text-decoration:underline}
.doc-text{background:#fff;border:1px solid #e2ddd5;border-radius:10px;padding:6px 0;font-size:.9rem;min-width:0}
.ln{display:flex;gap:8px;padding:0 8px;scroll-margin-top:30vh}.ln .n{flex:0 0 3.2em;text-align:right;color:#888;text-decoration:none;font-variant-numeric:tabular-nums;user-select:none}
.ln .t{flex:1;min-width:0;white-space:pre-wrap}.ln.hit{background:#fff4cc;box-shadow:inset 3px 0 #a4161a}.ln mark{background:#ffcf40}
@media (max-width:700px){.reader-grid{grid-template-columns:minmax(0,1fr)}.outline{position:static;max-height:none}}
@media (max-width:560px){header h1{font-size:1.02rem}header p{display:none}main{padding:6px}
 .wide-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}textarea{min-height:44px}#ask{padding:6px 0}
 table.rows,table.rows tbody,table.rows tr,table.rows td{display:block;width:100%}table.rows tr:first-child{display:none}
 table.rows tr{border-bottom:1px solid #e6e1d9;padding:6px 0}table.rows td{border:0;padding:2px 4px}
 table.rows td[data-label]::before{content:attr(data-label) ": ";color:#555;font-size:.85rem}}
`;

/**
 * Client script: fetches the JSON API and renders with textContent and DOM nodes only, never
 * innerHTML, so nothing a user typed or a document says can become markup.
 */
const SCRIPT = String.raw`
const $ = (s) => document.querySelector(s);
/** Source file → the document's title, to name documents as people do. */
const TITLES = JSON.parse(document.getElementById('titles').textContent || '{}');
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
function errText(d, r) { return d && d.error ? d.error.message : 'Lỗi ' + r.status; }
function tab(name) {
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  for (const s of document.querySelectorAll('section[data-tab]')) s.classList.toggle('hidden', s.dataset.tab !== name);
}
for (const b of document.querySelectorAll('nav button')) b.addEventListener('click', () => tab(b.dataset.tab));

// ---- chat ----
const state = { conversation: 'new', busy: false };
const thread = $('#thread');
function lineLabel(l) { return l[0] === l[1] ? 'dòng ' + l[0] : 'dòng ' + l[0] + '–' + l[1]; }
function docRef(source) { return source.replace(/\.[^.]+$/, ''); }
function docHref(id, l) { return '#doc/' + encodeURIComponent(id) + '/L' + l[0] + (l[1] && l[1] !== l[0] ? '-L' + l[1] : ''); }
function chip(text, onClick, cls) { const b = el('button', 'chip' + (cls ? ' ' + cls : ''), text); b.type = 'button'; b.addEventListener('click', onClick); return b; }
function send(question) { $('#q').value = question; $('#ask').requestSubmit(); }
for (const b of document.querySelectorAll('#examples .chip')) b.addEventListener('click', () => send(b.textContent));
/** Fill a node with text, the [start, end) ranges of it in <mark>. */
function fillMarked(node, text, ranges) {
  node.textContent = '';
  const spans = (Array.isArray(ranges) ? ranges : [])
    .filter((h) => Array.isArray(h) && h.length === 2 && h[1] > h[0])
    .map((h) => [Math.max(0, h[0]), Math.min(text.length, h[1])])
    .sort((x, y) => x[0] - y[0]);
  let at = 0;
  for (const [a, b] of spans) {
    if (b <= at) continue;
    const s = Math.max(a, at);
    if (s > at) node.appendChild(document.createTextNode(text.slice(at, s)));
    node.appendChild(el('mark', '', text.slice(s, b)));
    at = b;
  }
  if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
  return node;
}
/** The quote with the fact's character spans (the engine's offsets) in <mark>. */
function quoteNode(quote, highlights) { return fillMarked(el('blockquote', 'quote'), quote, highlights); }
/** The fact's words of the citation being opened, to mark them in the reader too. */
let pendingMarks = null;
function markedTexts(quote, highlights) {
  return (Array.isArray(highlights) ? highlights : []).map((h) => quote.slice(h[0], h[1]).trim()).filter((t) => t.length >= 3);
}
function feedbackBox(answerId) {
  const box = el('div', 'fb');
  box.appendChild(el('span', 'meta', 'Câu trả lời này đúng không?'));
  const status = el('span', 'fb-status meta');
  for (const [vote, label, title] of [['up', '👍', 'Đúng, hữu ích'], ['down', '👎', 'Chưa đúng']]) {
    const b = el('button', 'fb-btn', label);
    b.type = 'button'; b.dataset.vote = vote; b.title = title;
    b.setAttribute('aria-label', title); b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', async () => {
      status.textContent = 'Đang gửi…';
      try {
        const r = await fetch('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'vi' }, body: JSON.stringify({ answerId, vote }) });
        const d = await r.json();
        if (!r.ok) throw new Error(errText(d, r));
        for (const x of box.querySelectorAll('.fb-btn')) x.setAttribute('aria-pressed', String(x === b));
        status.textContent = 'Cảm ơn bạn đã góp ý!';
      } catch (e) { status.textContent = 'Không gửi được góp ý: ' + e.message; }
    });
    box.appendChild(b);
  }
  box.appendChild(status);
  return box;
}
function renderAnswer(card, a) {
  if (a.reading) card.appendChild(el('p', 'reading', a.reading));
  card.appendChild(el('div', 'answer', a.answer));
  if (a.clarify) {
    card.appendChild(el('p', 'clarify', a.clarify));
    const row = el('div', 'chips choices');
    for (const c of a.choices || []) row.appendChild(chip(c.label, () => send(c.question)));
    card.appendChild(row);
  }
  if (a.citations.length) {
    const ol = el('ol', 'cites');
    for (const c of a.citations) {
      const li = el('li', 'cite');
      const link = el('a', 'cite-link', c.document || c.source);
      link.href = docHref(docRef(c.source), c.lines);
      link.title = 'Mở văn bản tại ' + lineLabel(c.lines);
      link.addEventListener('click', () => { pendingMarks = { href: link.getAttribute('href'), texts: markedTexts(c.quote, c.highlights) }; });
      li.appendChild(link);
      li.appendChild(el('div', 'meta', [c.locality, c.section || 'Phần mở đầu', lineLabel(c.lines)].filter(Boolean).join(' · ')));
      li.appendChild(quoteNode(c.quote, c.highlights));
      ol.appendChild(li);
    }
    card.appendChild(ol);
  }
  if (a.suggestions && a.suggestions.length) {
    const row = el('div', 'chips suggestions');
    for (const s of a.suggestions) row.appendChild(chip(s, () => send(s)));
    card.appendChild(row);
  }
  if (a.answerId) card.appendChild(feedbackBox(a.answerId));
}
$('#q').addEventListener('keydown', (e) => {
  // Enter sends; Shift+Enter is a new line; an IME still composing keeps its Enter.
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); $('#ask').requestSubmit(); }
});
$('#new-chat').addEventListener('click', () => {
  state.conversation = 'new';
  thread.textContent = '';
  $('#examples').classList.remove('hidden');
  $('#q').focus();
});
$('#ask').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const question = $('#q').value.trim();
  const hint = $('#ask-error');
  hint.textContent = '';
  if (!question) { hint.textContent = 'Vui lòng nhập câu hỏi.'; return; }
  if (state.busy) return;
  state.busy = true;
  $('#send').disabled = true;
  $('#examples').classList.add('hidden');
  const turn = el('div', 'turn');
  turn.appendChild(el('div', 'bubble q', question));
  const card = el('div', 'card a pending', 'Đang tìm trong các văn bản…');
  turn.appendChild(card);
  thread.appendChild(turn);
  $('#q').value = '';
  const body = { question, conversation: state.conversation, channel: 'web' };
  if ($('#locality').value) body.locality = $('#locality').value;
  try {
    const r = await fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'vi' }, body: JSON.stringify(body) });
    const a = await r.json();
    card.textContent = '';
    card.classList.remove('pending');
    if (!r.ok) { card.appendChild(el('p', 'error', errText(a, r))); }
    else {
      if (a.conversation) state.conversation = a.conversation;
      if (a.abstained) card.classList.add('abstained');
      renderAnswer(card, a);
    }
  } catch (e) {
    card.textContent = '';
    card.classList.remove('pending');
    card.appendChild(el('p', 'error', 'Không kết nối được máy chủ: ' + e.message));
  } finally {
    state.busy = false;
    $('#send').disabled = false;
    // The newest turn at the top of the screen: its question, then as much answer as fits.
    turn.scrollIntoView({ block: 'start' });
  }
});

// ---- targets ----
$('#compare').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const out = $('#table');
  out.textContent = '';
  try {
    const r = await fetch('/api/targets/compare?indicator=' + encodeURIComponent($('#indicator').value));
    const d = await r.json();
    if (!r.ok) { out.appendChild(el('p', 'error', errText(d, r))); return; }
    out.appendChild(el('h3', '', d.label));
    if (!d.rows.length) { out.appendChild(el('p', '', 'Chưa có địa phương nào nêu chỉ tiêu này.')); return; }
    const heads = ['Địa phương', 'Chỉ tiêu', 'Năm', 'Nguyên văn', 'Nguồn'];
    const t = el('table', 'rows');
    const head = el('tr');
    for (const h of heads) head.appendChild(el('th', '', h));
    t.appendChild(head);
    for (const row of d.rows) {
      const tr = el('tr');
      const cells = [row.locality || '', row.valueText, String(row.year), row.text];
      cells.forEach((v, i) => { const td = el('td', '', v); td.dataset.label = heads[i]; tr.appendChild(td); });
      const src = el('td', 'meta'); src.dataset.label = heads[4];
      const a = el('a', '', (TITLES[row.source] || docRef(row.source)) + ', ' + lineLabel(row.lines));
      a.href = docHref(docRef(row.source), row.lines);
      src.appendChild(a); tr.appendChild(src);
      t.appendChild(tr);
    }
    out.appendChild(t);
    const csv = el('a', '', 'Tải CSV (Excel)');
    csv.href = '/api/targets/compare?format=csv&indicator=' + encodeURIComponent($('#indicator').value);
    out.appendChild(csv);
  } catch (e) { out.appendChild(el('p', 'error', 'Không kết nối được máy chủ: ' + e.message)); }
});

// ---- document reader: #doc/<id>/L47 (or L47-L49) ----
const docs = new Map();
function loadDoc(id) {
  if (docs.has(id)) return docs.get(id);
  const p = (async () => {
    const base = '/api/documents/' + encodeURIComponent(id);
    const r = await fetch(base);
    const meta = await r.json();
    if (!r.ok) throw new Error(errText(meta, r));
    const lines = [];
    // The lines route gives at most 400 lines a call.
    for (let from = 1; from <= meta.lineCount; from += 400) {
      const lr = await fetch(base + '/lines?from=' + from + '&to=' + Math.min(meta.lineCount, from + 399));
      const ld = await lr.json();
      if (!lr.ok) throw new Error(errText(ld, lr));
      for (const l of ld.lines) lines.push(l);
    }
    return { meta, lines };
  })();
  docs.set(id, p);
  p.catch(() => docs.delete(id));
  return p;
}
function outlineTree(id, sections) {
  const kids = new Map();
  for (const s of sections) { const k = s.parent || 0; if (!kids.has(k)) kids.set(k, []); kids.get(k).push(s); }
  const build = (parent) => {
    const ul = el('ul');
    for (const s of kids.get(parent) || []) {
      const li = el('li');
      const a = el('a', '', (s.label ? s.label + '. ' : '') + s.title);
      a.href = docHref(id, [s.lines[0], s.lines[0]]);
      li.appendChild(a);
      if (kids.has(s.id)) li.appendChild(build(s.id));
      ul.appendChild(li);
    }
    return ul;
  };
  return build(0);
}
function markLines(view, from, to) {
  for (const x of view.querySelectorAll('.ln.hit')) x.classList.remove('hit');
  for (const t of view.querySelectorAll('.ln .t.marked')) { t.textContent = t.textContent; t.classList.remove('marked'); }
  if (!from) return;
  // Opened from a citation: the fact's words are marked where a cited line holds them verbatim.
  const marks = pendingMarks && pendingMarks.href === location.hash ? pendingMarks.texts : [];
  pendingMarks = null;
  for (let n = from; n <= to; n++) {
    const row = view.querySelector('#L' + n);
    if (!row) continue;
    row.classList.add('hit');
    const t = row.querySelector('.t');
    const text = t.textContent;
    const ranges = [];
    for (const m of marks) { const i = text.indexOf(m); if (i >= 0) ranges.push([i, i + m.length]); }
    if (ranges.length) { fillMarked(t, text, ranges); t.classList.add('marked'); }
  }
  const first = view.querySelector('#L' + from);
  if (first) first.scrollIntoView({ block: 'center' });
  const link = view.querySelector('.permalink');
  if (link) { link.href = docHref(view.dataset.doc, [from, to]); link.textContent = location.origin + '/' + docHref(view.dataset.doc, [from, to]); }
}
async function openDoc(id, from, to) {
  tab('docs');
  const view = $('#reader');
  $('#doclist').classList.add('hidden');
  view.classList.remove('hidden');
  if (view.dataset.doc === id) { markLines(view, from, to); return; }
  view.dataset.doc = '';
  view.textContent = '';
  view.appendChild(el('p', 'meta', 'Đang tải văn bản…'));
  try {
    const { meta, lines } = await loadDoc(id);
    view.textContent = '';
    const head = el('div', 'reader-head card');
    const back = el('button', 'secondary', '← Danh sách văn bản');
    back.type = 'button';
    back.addEventListener('click', closeDoc);
    head.appendChild(back);
    head.appendChild(el('h2', '', meta.title));
    head.appendChild(el('div', 'meta', [meta.locality, meta.number, meta.date, meta.status === 'draft' ? 'dự thảo' : '', meta.lineCount + ' dòng'].filter(Boolean).join(' · ')));
    const pl = el('div', 'meta', 'Liên kết: ');
    const link = el('a', 'permalink');
    pl.appendChild(link);
    head.appendChild(pl);
    view.appendChild(head);
    const grid = el('div', 'reader-grid');
    const outline = el('details', 'outline');
    outline.open = window.innerWidth > 700;
    outline.appendChild(el('summary', '', 'Mục lục'));
    outline.appendChild(outlineTree(id, meta.outline || []));
    grid.appendChild(outline);
    const body = el('div', 'doc-text');
    for (const l of lines) {
      const row = el('div', 'ln');
      row.id = 'L' + l.n;
      const n = el('a', 'n', String(l.n));
      n.href = docHref(id, [l.n, l.n]);
      row.appendChild(n);
      row.appendChild(el('span', 't', l.text));
      body.appendChild(row);
    }
    grid.appendChild(body);
    view.appendChild(grid);
    view.dataset.doc = id;
    link.href = docHref(id, [from || 1, to || from || 1]);
    link.textContent = location.origin + '/' + link.getAttribute('href');
    markLines(view, from, to);
  } catch (e) {
    view.textContent = '';
    view.appendChild(el('p', 'error', 'Không mở được văn bản: ' + e.message));
  }
}
function closeDoc() {
  $('#reader').classList.add('hidden');
  $('#doclist').classList.remove('hidden');
  if (location.hash.startsWith('#doc/')) history.pushState(null, '', location.pathname + location.search);
}
function route() {
  const m = /^#doc\/([^/]+)(?:\/L(\d+)(?:-L?(\d+))?)?$/.exec(location.hash);
  if (m) {
    let id;
    try { id = decodeURIComponent(m[1]); } catch { return; }
    const from = m[2] ? Number(m[2]) : 0;
    openDoc(id, from, m[3] ? Math.max(from, Number(m[3])) : from);
  } else if (location.hash === '#admin') tab('admin');
}
window.addEventListener('hashchange', route);
route();

// ---- admin: what users asked that the documents did not answer ----
const tokenBox = $('#admin-token');
try { tokenBox.value = sessionStorage.getItem('adminToken') || ''; } catch {}
function adminTable(heads, rows) {
  const t = el('table', 'rows');
  const head = el('tr');
  for (const h of heads) head.appendChild(el('th', '', h));
  t.appendChild(head);
  for (const r of rows) {
    const tr = el('tr');
    r.forEach((v, i) => { const td = el('td', '', String(v == null ? '' : v)); td.dataset.label = heads[i]; tr.appendChild(td); });
    t.appendChild(tr);
  }
  return t;
}
$('#admin-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const out = $('#admin-out');
  out.textContent = '';
  const token = tokenBox.value.trim();
  if (!token) { out.appendChild(el('p', 'error', 'Nhập mã quản trị (ADMIN_TOKEN).')); return; }
  try { sessionStorage.setItem('adminToken', token); } catch {}
  const get = async (path) => {
    const r = await fetch(path, { headers: { authorization: 'Bearer ' + token, 'accept-language': 'vi' } });
    const d = await r.json();
    if (!r.ok) throw new Error(errText(d, r));
    return d.items;
  };
  try {
    const [unanswered, downs] = await Promise.all([get('/api/admin/unanswered?limit=50'), get('/api/admin/feedback?vote=down&limit=20')]);
    out.appendChild(el('h3', '', 'Câu hỏi chưa trả lời được, hỏi nhiều nhất'));
    if (!unanswered.length) out.appendChild(el('p', 'meta', 'Chưa có câu hỏi nào chưa trả lời được.'));
    else out.appendChild(adminTable(['Số lần', 'Câu hỏi', 'Lần cuối'], unanswered.map((x) => [x.count, x.question, (x.lastAsked || '').slice(0, 16).replace('T', ' ')])));
    out.appendChild(el('h3', '', '👎 gần đây'));
    if (!downs.length) out.appendChild(el('p', 'meta', 'Chưa có đánh giá 👎 nào.'));
    else out.appendChild(adminTable(['Câu hỏi', 'Góp ý', 'Kênh', 'Lúc'], downs.map((x) => [x.resolved || x.question, x.comment || '', x.channel, (x.at || '').slice(0, 16).replace('T', ' ')])));
  } catch (e) { out.appendChild(el('p', 'error', e.message)); }
});
`;

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end it early. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderPage(deps: ApiDeps): string {
  const titles = Object.fromEntries(deps.engine.corpus.documents.map((d) => [d.meta.source, d.meta.number ? `${d.meta.number} (${d.meta.locality ?? ''})` : d.meta.title]));
  const localities = [...new Set(deps.engine.corpus.documents.map((d) => d.meta.locality).filter((x): x is string => Boolean(x)))].sort((a, b) => a.localeCompare(b, 'vi'));
  const present = new Set(deps.engine.corpus.targets.map((t) => t.indicator));
  const indicators = INDICATORS.filter((d) => present.has(d.key));
  const docs = deps.engine.corpus.documents
    .map((d) => {
      const id = encodeURIComponent(docId(d.meta.source));
      return `<li><a class="doc-open" href="#doc/${id}">${escapeHtml(d.meta.title)}</a> <span class="meta">(${escapeHtml(d.meta.locality ?? '')}${d.meta.status === 'draft' ? ', dự thảo' : ''})</span><br><a href="/api/study/${id}?format=html" target="_blank" rel="noopener">Tài liệu học tập (in A4)</a> · <a href="/api/study/${id}?format=md">Markdown</a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hỏi đáp Nghị quyết 42</title><style>${STYLE}</style></head>
<body><header><h1>Hỏi đáp Nghị quyết 42-NQ/TW</h1><p>Trả lời ngắn gọn, kèm trích dẫn nguyên văn từ các kế hoạch, chương trình hành động.</p></header>
<main>
<nav role="tablist"><button type="button" data-tab="ask" aria-selected="true">Hỏi đáp</button><button type="button" data-tab="targets" aria-selected="false">Chỉ tiêu</button><button type="button" data-tab="docs" aria-selected="false">Văn bản</button><button type="button" data-tab="admin" aria-selected="false">Quản trị</button></nav>
<section data-tab="ask">
<div id="examples" class="chips">${EXAMPLES.map((e) => `<button type="button" class="chip">${escapeHtml(e)}</button>`).join('')}</div>
<div id="thread" aria-live="polite"></div>
<form id="ask"><label for="q" class="hint wide-only">Câu hỏi (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh). Enter để gửi, Shift+Enter để xuống dòng. Có thể hỏi tiếp: “còn Tây Ninh thì sao?”</label>
<textarea id="q" name="q" maxlength="1000" rows="2" placeholder="Đặt câu hỏi… (Enter để gửi)"></textarea>
<div class="row"><select id="locality" aria-label="Địa phương"><option value="">Tất cả địa phương</option>${localities.map((l) => `<option value="${escapeHtml(l)}">${escapeHtml(l)}</option>`).join('')}</select>
<button id="new-chat" class="secondary" type="button" title="Cuộc trò chuyện mới" aria-label="Cuộc trò chuyện mới">↺ Mới</button><button id="send" class="primary" type="submit">Gửi</button></div>
<p id="ask-error" class="error" role="alert"></p></form>
</section>
<section data-tab="targets" class="hidden">
<form id="compare"><select id="indicator" aria-label="Chỉ tiêu">${indicators.map((d) => `<option value="${escapeHtml(d.key)}">${escapeHtml(d.vi)}</option>`).join('')}</select>
<button class="primary" type="submit">So sánh các địa phương</button></form>
<div id="table" class="card"></div>
</section>
<section data-tab="docs" class="hidden"><div id="doclist" class="card"><p class="meta">Bấm tên văn bản để đọc toàn văn, có mục lục. Tài liệu học tập: thẻ văn bản, bố cục, bảng chỉ tiêu, phân công, so sánh với địa phương khác và 15–30 câu hỏi ôn tập có đáp án, trích dẫn.</p><ul>${docs}</ul></div><div id="reader" class="hidden"></div></section>
<section data-tab="admin" class="hidden"><div class="card"><form id="admin-form"><label for="admin-token" class="hint">Mã quản trị (ADMIN_TOKEN của máy chủ); chỉ lưu trong thẻ trình duyệt này.</label>
<input id="admin-token" type="password" autocomplete="off"><button class="primary" type="submit">Xem câu hỏi chưa trả lời được</button></form><div id="admin-out"></div></div></section>
</main><script type="application/json" id="titles">${jsonForScript(titles)}</script><script>${SCRIPT}</script></body></html>`;
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
