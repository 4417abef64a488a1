import { describe, expect, it } from 'vitest';
import { splitLines, toBlocks } from '../src/ingest/lines.js';
import { cleanLines as clean, parseSeed, SEED, seedText, sourceLines } from './helpers.js';

const ALL = Object.values(SEED);

describe('structure parser on the real seeds', () => {
  it('gives every seed its numbered top-level parts with line ranges', () => {
    const tp = parseSeed(SEED.tuyPhuoc);
    const paths = tp.sections.map((s) => `${s.path}@${s.lines[0]}`);
    expect(paths).toContain('I. MỤC ĐÍCH, YÊU CẦU@15');
    expect(paths).toContain('II. MỤC TIÊU > 2. Các chỉ tiêu chủ yếu đến năm 2030@33');
    expect(paths).toContain('IV. TỔ CHỨC THỰC HIỆN > 2@159');
    const bd = parseSeed(SEED.binhDinh);
    expect(bd.sections.map((s) => s.path)).toContain('IV. NHIỆM VỤ CỤ THỂ > 1. Ban Tuyên giáo Tỉnh ủy');
    const dp = parseSeed(SEED.ducPho);
    const nine = dp.sections.find((s) => s.path.endsWith('> 9.2. Hội đồng nhân dân các cấp tăng cường giám sát việc thực hiện chính sách, pháp luật về chí…'));
    expect(nine?.lines[0]).toBe(664);
    expect(dp.sections.find((s) => s.path === 'II. MỤC TIÊU > 2. Mục tiêu cụ thể > 2.2. Tầm nhìn đến năm 2045')?.kind).toBe('vision');
  });

  it('maps named parts to section kinds', () => {
    for (const name of ALL) {
      const kinds = new Set(parseSeed(name).sections.map((s) => s.kind));
      expect(kinds.has('purpose'), name).toBe(true);
      expect(kinds.has('tasks'), name).toBe(true);
      expect(kinds.has('organisation') || kinds.has('specific-assignments'), name).toBe(true);
      expect(kinds.has('recipients'), name).toBe(true);
      expect(kinds.has('signature'), name).toBe(true);
    }
    expect(parseSeed(SEED.tayNinh).sections.find((s) => s.title.startsWith('CHỈ TIÊU CỤ THỂ'))?.kind).toBe('targets');
    expect(parseSeed(SEED.binhDinh).sections.find((s) => s.title === 'NHIỆM VỤ CỤ THỂ')?.kind).toBe('specific-assignments');
  });

  it('every chunk quotes exactly its source lines and never crosses a section', () => {
    for (const name of ALL) {
      const text = seedText(name);
      const doc = parseSeed(name);
      expect(doc.chunks.length, name).toBeGreaterThan(10);
      for (const c of doc.chunks) {
        expect(c.text, `${name} ${c.id}`).toBe(clean(sourceLines(text, c.lines[0], c.lines[1])));
        const sec = doc.sections[c.sectionId];
        expect(sec && sec.lines[0] <= c.lines[0] && c.lines[1] <= sec.lines[1], c.id).toBe(true);
      }
    }
  });

  it('joins hard-wrapped PDF lines, drops page numbers and repairs "19-" + "KH/TW"', () => {
    const dp = parseSeed(SEED.ducPho);
    const pre = dp.chunks.find((c) => c.lines[0] === 30);
    expect(pre?.lines).toEqual([30, 46]);
    expect(pre?.text).toContain('Kế hoạch số 19-KH/TW ngày 27/11/2023');
    // line 325 is the page number "5" between two paragraphs
    expect(dp.chunks.some((c) => c.text === '5')).toBe(false);
    const dl = dp.chunks.find((c) => c.lines[0] === 327);
    expect(dl?.text).toBe('Thời gian thực hiện: Năm 2024 và các năm tiếp theo.');
  });

  it('joins a paragraph split by a page break in markdown (000 lines 27 and 31)', () => {
    const c = parseSeed(SEED.tuyPhuoc).chunks.find((x) => x.lines[0] === 27);
    expect(c?.lines).toEqual([27, 31]);
    expect(c?.text).toContain('Phát triển thị trường lao động linh hoạt');
  });

  it('parses the same under CRLF, NFD and restyled headings', () => {
    for (const name of [SEED.tuyPhuoc, SEED.binhDinh, SEED.ducPho]) {
      const text = seedText(name);
      const base = parseSeed(name);
      const shape = (d: typeof base) => d.sections.map((s) => `${s.kind}|${s.label}|${s.lines.join('-')}`);
      const crlf = parseSeed(name, text.replace(/\n/g, '\r\n'));
      expect(shape(crlf)).toEqual(shape(base));
      expect(crlf.targets.map((t) => t.valueText)).toEqual(base.targets.map((t) => t.valueText));
      const nfd = parseSeed(name, text.normalize('NFD'));
      expect(shape(nfd)).toEqual(shape(base));
      expect(nfd.responsibilities.map((r) => r.agency)).toEqual(base.responsibilities.map((r) => r.agency));
      // "### I. X" → "I - X", "**2. X**" → "2) X": same parts, same lines.
      const restyled = text
        .replace(/^(#{1,6}[ \t]*)?(\*\*)?([IVX]+)\.[ \t]+/gm, (_m, _h, b, r) => `${b ?? ''}${r} - `)
        .replace(/^(#{1,6}[ \t]*)?\*\*(\d+)\.[ \t]+/gm, (_m, _h, n) => `**${n}) `);
      const rs = parseSeed(name, restyled);
      expect(rs.sections.map((s) => `${s.kind}|${s.lines.join('-')}`)).toEqual(base.sections.map((s) => `${s.kind}|${s.lines.join('-')}`));
    }
  });
});

describe('hostile documents', () => {
  const cases: Record<string, string> = {
    empty: '',
    blank: '\n\n   \n',
    binaryish: '\u0000\u0001\u0002ÿþ\uFFFD',
    oneHugeLine: 'Tỷ lệ 5% '.repeat(120_000),
    deepNumbers: Array.from({ length: 500 }, (_, i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1} Mục ${i}`).join('\n'),
    brokenRoman: 'IIII. X\nVV - Y\nI.\n- \n**\n##\n',
    mixed: 'Nơi nhận:\nT/M BAN\nI. MỤC TIÊU\n1. Chỉ tiêu\n- trên 95% dân số tham gia bảo hiểm y tế',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`does not throw and keeps quotes equal to lines: ${name}`, () => {
      const lines = splitLines(text);
      const blocks = toBlocks(lines);
      for (const b of blocks) expect(b.start).toBeLessThanOrEqual(b.end);
      const doc = parseSeed('hostile.txt', text);
      const wholes = new Map<string, string>();
      for (const c of doc.chunks) {
        const key = `${c.lines[0]}-${c.lines[1]}`;
        const whole = wholes.get(key) ?? clean(sourceLines(text, c.lines[0], c.lines[1]));
        wholes.set(key, whole);
        // A piece of a paragraph split at MAX_BLOCK_CHARS (id ends in .N) is part of its lines.
        if (/\.\d+$/.test(c.id)) expect(whole).toContain(c.text);
        else expect(c.text).toBe(whole);
      }
    });
  }
});
