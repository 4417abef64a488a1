import { describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { readIndex } from '../src/store.js';
import { buildStudyPack, studySources } from '../src/study/pack.js';
import { renderHtml, renderMarkdown } from '../src/study/render.js';
import { getEngine, SEED, seedText, sourceLines } from './helpers.js';

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
    const q = tp.quiz.find((x) => x.question.includes('Tỷ lệ thất nghiệp chung'));
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
