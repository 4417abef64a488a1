import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { readIndex } from '../src/store.js';
import { buildStudyPack, studySources, type QuizItem } from '../src/study/pack.js';
import { nearbyValues, optionKey, parseViNumber } from '../src/study/options.js';
import { TASK_KINDS } from '../src/study/quiz.js';
import { renderHtml, renderMarkdown } from '../src/study/render.js';
import { generateCorpus } from '../bench/generate.js';
import { createEngine } from '../src/answer/engine.js';
import { buildCorpus } from '../src/ingest/corpus.js';
import { buildChunkDb, saveChunkDb } from '../src/search/orama.js';
import { DOCX_TYPE, renderDocx } from '../src/study/docx.js';
import { getEngine, ROOT, SEED, seedText, sourceLines } from './helpers.js';
import { tempDir } from './tmp.js';

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[*#_\\]/g, '').replace(/\s+/g, ' ').trim();

function pack(source: string) {
  const doc = getEngine().corpus.documents.find((d) => d.meta.source === source);
  if (!doc) throw new Error(source);
  return buildStudyPack(getEngine(), doc);
}

describe('study packs for each seed', () => {
  for (const source of Object.values(SEED)) {
    it(`${source}: 15–30 quiz questions, each answer verbatim in its cited lines`, () => {
      const p = pack(source);
      expect(p.quiz.length).toBeGreaterThanOrEqual(15);
      expect(p.quiz.length).toBeLessThanOrEqual(30);
      const text = seedText(source);
      for (const q of p.quiz) {
        expect(q.options[q.answerIndex]).toBe(q.answer);
        expect(new Set(q.options.map(norm)).size, q.question).toBe(q.options.length);
        expect(q.options.length).toBeGreaterThanOrEqual(3);
        expect(q.citation.source).toBe(source);
        const lines = sourceLines(text, q.citation.lines[0], q.citation.lines[1]).join(' ');
        expect(norm(lines.replace(/(\d)-\s+(\p{Lu})/gu, '$1-$2')), `${q.n}: ${q.answer}`).toContain(norm(q.answer));
      }
    });
  }

  it('is deterministic for the same index', () => {
    expect(JSON.stringify(pack(SEED.binhDinh).quiz)).toBe(JSON.stringify(pack(SEED.binhDinh).quiz));
  });

  it('carries the hand-checked facts with their line references', () => {
    const bd = pack(SEED.binhDinh);
    expect(bd.targets.find((t) => t.indicator === 'social_housing_units')).toMatchObject({ valueText: '12.900 căn', lines: [43, 43] });
    expect(bd.responsibilities.find((r) => r.agency === 'Ban Tuyên giáo Tỉnh ủy')).toMatchObject({ role: 'lead', deadline: { text: 'Quý IV/2024' }, lines: [69, 71] });
    const tn = pack(SEED.tayNinh);
    expect(tn.targets.find((t) => t.indicator === 'health_insurance')).toMatchObject({ comparator: 'gt', valueText: '95%', lines: [38, 38] });
    const tp = pack(SEED.tuyPhuoc);
    expect(tp.targets.find((t) => t.indicator === 'unemployment')?.valueText).toBe('2,45%');
    const q = tp.quiz.find((x) => x.indicator === 'unemployment');
    expect(q?.answer).toBe('dưới 2,45%');
    expect(q?.options).toContain('dưới 2%'); // Đức Phổ's value for the same indicator
    const tq = pack(SEED.tuyenQuang);
    expect(tq.responsibilities.find((r) => r.agency === 'Ban Dân chủ - Pháp luật')?.role).toBe('advise_execute');
    const cmp = tp.comparison.find((c) => c.indicator === 'health_insurance');
    expect(cmp?.others.map((o) => o.locality)).toEqual(['Đức Phổ', 'Bình Định', 'Tây Ninh']);
  });

  it('a locality selects its documents; unknown keys select none', () => {
    expect(studySources(getEngine(), 'tay ninh').map((d) => d.meta.source)).toEqual([SEED.tayNinh]);
    expect(studySources(getEngine(), '000_3907415c8c5f8eb7').map((d) => d.meta.source)).toEqual([SEED.tuyPhuoc]);
    expect(studySources(getEngine(), 'Atlantis')).toEqual([]);
  });
});

/** Independent of the module's own key: folded, no white space at all, no leading zeros. */
const loose = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/(^|\D)0+(\d)/g, '$1$2')
    .replace(/[–—]/g, '-')
    .replace(/[\s"“”*]/g, '')
    .replace(/[.,;:…]+$/, '');
const firstNumber = (s: string) => parseViNumber(/\d+(?:[.,]\d+)*/.exec(s)?.[0] ?? 'NaN');
const flat = (s: string) => norm(s.replace(/(\d)-\s+(\p{Lu})/gu, '$1-$2'));

/** A stem is one whole question: capitalised, ends with "?", quotes closed, "…" only after a finished clause. */
function stemProblems(q: QuizItem, docText: string): string[] {
  const out: string[] = [];
  const s = q.question;
  if (!/^\p{Lu}/u.test(s)) out.push('does not start with a capital');
  if (!s.endsWith('?') || s.indexOf('?') !== s.length - 1) out.push('does not end with one "?"');
  if ((s.match(/“/g) ?? []).length !== (s.match(/”/g) ?? []).length) out.push('unbalanced quotes');
  if (s.includes(' > ')) out.push('quotes a section path');
  for (const m of s.matchAll(/…/g)) if (!/[;.:] ?$/.test(s.slice(0, m.index))) out.push('cut mid-clause');
  // Quoted tasks and group titles are the document's own words.
  for (const m of s.matchAll(/“([^”]*)”/g)) {
    const quoted = (m[1] ?? '').replace(/\s*…$/, '');
    if (!flat(docText).includes(flat(quoted))) out.push(`quote not in the document: ${quoted}`);
  }
  return out;
}

describe('study pack quiz properties (all seeds)', () => {
  const engine = getEngine();
  for (const source of Object.values(SEED)) {
    it(`${source}: distinct options, one correct, whole stems, a third on tasks, plausible distractors`, () => {
      const p = pack(source);
      const text = seedText(source);
      const tasks = p.quiz.filter((q) => TASK_KINDS.has(q.kind));
      expect(tasks.length * 3, `task questions ${tasks.length} of ${p.quiz.length}`).toBeGreaterThanOrEqual(p.quiz.length);
      expect(new Set(tasks.map((q) => q.kind)).size, 'more than one kind of task question').toBeGreaterThanOrEqual(2);
      for (const q of p.quiz) {
        const keys = q.options.map(loose);
        expect(new Set(keys).size, `${q.n}: ${q.options.join(' | ')}`).toBe(q.options.length);
        expect(keys.filter((k) => k === loose(q.answer)), `${q.n}: exactly one correct`).toHaveLength(1);
        expect(q.options[q.answerIndex]).toBe(q.answer);
        expect(flat(sourceLines(text, q.citation.lines[0], q.citation.lines[1]).join(' ')), `${q.n}: ${q.answer}`).toContain(flat(q.answer));
        expect(stemProblems(q, text), `${q.n}: ${q.question}`).toEqual([]);
        if (q.kind !== 'target') continue;
        const own = engine.corpus.targets.find((t) => t.source === source && t.indicator === q.indicator && !t.vision);
        if (!own) throw new Error(`${q.n}: no target`);
        const real = engine.corpus.targets.filter((t) => t.indicator === own.indicator && t.source !== source && !t.vision && t.unit === own.unit).map((t) => t.value);
        const v = firstNumber(q.answer);
        for (const o of q.options.filter((x) => x !== q.answer)) {
          const d = firstNumber(o);
          const isReal = real.includes(d) && (own.unit === '%' || (d >= v / 3 && d <= v * 3));
          const near = own.unit === '%' ? d > 0 && d <= 100 && Math.abs(d - v) <= 0.5 * v : d > 0 && Math.abs(d - v) <= Math.max(1, 0.15 * v);
          expect(isReal || near, `${q.n}: ${o} for ${q.answer}`).toBe(true);
          // Same unit as the answer: what follows the value is the same words.
          expect(o.replace(/^.*?\d[\d.,\s–-]*/, ''), `${q.n}: unit of ${o}`).toBe(q.answer.replace(/^.*?\d[\d.,\s–-]*/, ''));
        }
      }
    });
  }

  it('documents that are not the seeds: generated plans and a hostile one give well-formed quizzes', () => {
    const hostile = [
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết số 42-NQ/TW',
      'I. MỤC TIÊU',
      '- Đến năm 2030, tuổi thọ trung bình khoảng 75 tuổi; tỷ lệ thất nghiệp dưới 0,5%; bác sĩ trên 10.000 dân đạt 01 bác sĩ.',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Nhóm nhiệm vụ không dấu câu',
      `- ${'tăng cường phối hợp thực hiện chính sách xã hội '.repeat(60)}`,
      '2. Nhóm nhiệm vụ có ngoặc chưa đóng',
      '- Đẩy mạnh phong trào “Chung tay vì người nghèo (giai đoạn 2024; tiếp tục mở rộng phạm vi thực hiện ở các xã.',
      'III. TỔ CHỨC THỰC HIỆN',
      `1. Ban Dân vận Huyện ủy chủ trì, phối hợp ${'các cơ quan, '.repeat(80)}thực hiện Kế hoạch này: `,
    ].join('\n');
    const files = [...generateCorpus(12, 5).docs.map((d) => ({ name: d.name, text: d.text })), { name: 'hostile.txt', text: hostile }];
    const corpus = buildCorpus(files, {});
    const e = createEngine({ corpus, orama: JSON.parse(JSON.stringify(saveChunkDb(buildChunkDb(corpus)))) }, { cacheSize: 0 });
    let questions = 0;
    for (const f of files) {
      const doc = e.docs.get(f.name);
      if (!doc) throw new Error(f.name);
      const p = buildStudyPack(e, doc);
      questions += p.quiz.length;
      for (const q of p.quiz) {
        const keys = q.options.map(loose);
        expect(new Set(keys).size, `${f.name} ${q.n}: ${q.options.join(' | ')}`).toBe(q.options.length);
        expect(q.options[q.answerIndex]).toBe(q.answer);
        expect(flat(sourceLines(f.text, q.citation.lines[0], q.citation.lines[1]).join(' '))).toContain(flat(q.answer));
        expect(stemProblems(q, f.text), `${f.name} ${q.n}: ${q.question}`).toEqual([]);
      }
    }
    expect(questions).toBeGreaterThan(12 * 5);
  });

  it('options that differ only in spacing or leading zeros are one option', () => {
    expect(optionKey('35-40%')).toBe(optionKey('35 - 40%'));
    expect(optionKey('02 dược sĩ')).toBe(optionKey('2 dược sĩ'));
    expect(optionKey('Ban Thường vụ Thị uỷ')).toBe(optionKey('Ban Thường vụ Thị ủy'));
    expect(optionKey('40%')).not.toBe(optionKey('45%'));
  });

  it('made-up values stay near the true one and inside the unit’s range', () => {
    const firsts = (xs: string[]) => xs.map(firstNumber);
    for (const d of firsts(nearbyValues('khoảng 75 tuổi', 'tuổi'))) expect(Math.abs(d - 75)).toBeLessThanOrEqual(75 * 0.15);
    for (const d of firsts(nearbyValues('tối thiểu 68 năm', 'năm'))) expect(d).toBeLessThan(80);
    for (const d of firsts(nearbyValues('99,9%', '%'))) expect(d).toBeLessThanOrEqual(100);
    expect(nearbyValues('12.900 căn', 'căn')).toContain('13.500 căn');
    expect(nearbyValues('35 - 40%', '%')).toContain('40 - 45%');
    expect(nearbyValues('04 bác sĩ', 'bác sĩ')).toEqual(expect.arrayContaining(['05 bác sĩ', '03 bác sĩ']));
  });
});

describe('rendering', () => {
  it('HTML is printable, self-contained, and contains no unescaped document text', () => {
    const p = pack(SEED.tuyPhuoc);
    const hostile = { ...p, meta: { ...p.meta, title: '<script>alert(1)</script> & "x"' }, quiz: p.quiz.map((q) => ({ ...q, question: `${q.question} <img src=x onerror=alert(1)>` })) };
    const html = renderHtml([hostile]);
    expect(html).toContain('@page{size:A4');
    expect(html).not.toMatch(/<script|<img|<link/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('Câu hỏi ôn tập');
  });
  it('Markdown pastes cleanly: tables with escaped pipes, one line per row', () => {
    const md = renderMarkdown([pack(SEED.binhDinh)]);
    expect(md).toMatch(/^# Tài liệu học tập: /);
    expect(md).toContain('| Chỉ tiêu | Mức | Năm | Nguyên văn | Dòng |');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
    expect(md).toContain('### Đáp án');
  });
  it('GET /api/study/:id serves HTML and Markdown; unknown ids are 404', async () => {
    const app = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '' });
    const html = await app.request('/api/study/T%C3%A2y%20Ninh');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Tây Ninh');
    const md = await app.request(`/api/study/${SEED.tuyPhuoc}?format=md`);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect((await app.request('/api/study/nope')).status).toBe(404);
    expect((await app.request('/api/study/x?format=pdf')).status).toBe(400);
  });
});

/** The text Word would show: mammoth reads the .docx the way a user's file is read. */
async function docxText(bytes: Uint8Array): Promise<string> {
  expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK'); // a zip container
  return norm((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
}

function expectWholePack(text: string, p: ReturnType<typeof pack>): void {
  expect(text).toContain(norm(`Tài liệu học tập: ${p.meta.title}`));
  expect(text).toContain(norm('Câu hỏi ôn tập'));
  expect(text).toContain(norm('Đáp án'));
  for (const q of p.quiz) {
    expect(text).toContain(norm(q.question));
    for (const o of q.options) expect(text).toContain(norm(o));
    expect(text).toContain(norm(`Câu ${q.n}: ${'ABCD'[q.answerIndex]}. ${q.answer}`));
  }
  // The answer key comes after every question.
  const lastQuestion = text.lastIndexOf(norm(p.quiz.at(-1)?.question ?? ''));
  expect(text.indexOf(norm('Đáp án'), lastQuestion)).toBeGreaterThan(lastQuestion);
}

describe('Word (.docx) export', () => {
  it('renderDocx: title, card, every question with its options, and the answer key', async () => {
    const p = pack(SEED.tayNinh);
    const text = await docxText(await renderDocx([p]));
    expectWholePack(text, p);
    expect(text).toContain(norm(`Người ký: ${p.meta.signer ?? '—'}`));
    expect(text).toContain(norm('Phân công thực hiện'));
  });

  it('GET /api/study/:id?format=docx is a Word attachment with the right type and file name', async () => {
    const app = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '' });
    const res = await app.request('/api/study/T%C3%A2y%20Ninh?format=docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX_TYPE);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tai-lieu-hoc-tap-tay-ninh.docx"');
    expectWholePack(await docxText(new Uint8Array(await res.arrayBuffer())), pack(SEED.tayNinh));
    const spec = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, { get: { parameters: Array<{ name: string; schema: { enum?: string[] } }> } }> };
    expect(spec.paths['/api/study/{id}']?.get.parameters.find((x) => x.name === 'format')?.schema.enum).toEqual(['md', 'html', 'docx']);
  });

  it('npm run study -- <locality> --format docx writes a .docx', async () => {
    const out = join(tempDir('study-docx-'), 'pack.docx');
    await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/study.ts', 'Tuyên Quang', '--format', 'docx', '--out', out], { cwd: ROOT });
    expectWholePack(await docxText(readFileSync(out)), pack(SEED.tuyenQuang));
  }, 60_000);
});
