/** Issue 12, item 0: caps and linear time in the indexer, on adversarial input of the maximum size. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/ingest/corpus.js';
import { AddError, extractText } from '../src/ingest/extract.js';
import { cutPoints, MAX_BLOCK_CHARS, splitLines, toBlocks } from '../src/ingest/lines.js';
import { MAX_TEXT_CHARS, zipEntries } from '../src/ingest/limits.js';
import { stripTrailing } from '../src/ingest/targets.js';
import { buildChunkDb } from '../src/search/orama.js';
import { docxBomb, pdfPageListBomb } from './bombs.js';
import { makeDocx } from './files.js';
import { commaRun, longParagraph, manyHeadings, manyParagraphs } from './hostile-text.js';

/** Index one text; returns the corpus and the time taken (corpus + Orama). */
function indexText(text: string) {
  const t0 = performance.now();
  const corpus = buildCorpus([{ name: 'x.txt', text }], {});
  buildChunkDb(corpus);
  return { corpus, ms: performance.now() - t0 };
}

async function refusal(file: string, bytes: Uint8Array): Promise<AddError> {
  const e = await extractText(file, bytes).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AddError);
  return e as AddError;
}

describe('indexing time is linear on hostile text (bounds are generous: CI has 2 shared cores)', () => {
  it('a 32 KB run of commas in a target line', () => {
    const { corpus, ms } = indexText(commaRun());
    expect(ms).toBeLessThan(3000);
    expect(corpus.targets.some((t) => t.value === 95)).toBe(true);
  });

  it('12,800 heading lines', () => {
    const { corpus, ms } = indexText(manyHeadings());
    expect(ms).toBeLessThan(8000);
    expect(corpus.responsibilities.length).toBe(12_800);
  });

  it('one 500 KB paragraph: split into chunks of at most MAX_BLOCK_CHARS, at sentence ends', () => {
    const { corpus, ms } = indexText(longParagraph());
    expect(ms).toBeLessThan(8000);
    const long = corpus.chunks.filter((c) => c.text.includes('Ủy ban nhân dân huyện'));
    expect(long.length).toBeGreaterThan(200);
    expect(Math.max(...long.map((c) => c.text.length))).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
    expect(long.slice(0, -1).every((c) => c.text.endsWith('.'))).toBe(true);
    expect(new Set(corpus.chunks.map((c) => c.id)).size).toBe(corpus.chunks.length);
  });

  it('200,000 paragraphs make a corpus (no spread of huge arrays)', () => {
    const text = manyParagraphs(200_000, 4 * 1024 * 1024);
    const t0 = performance.now();
    const corpus = buildCorpus([{ name: 'x.txt', text }], {});
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(corpus.chunks.length).toBeGreaterThanOrEqual(200_000);
  });

  it('a hard-wrapped paragraph of 20,000 lines is one pass, not a re-join per line', () => {
    const text = `KẾ HOẠCH\n${Array.from({ length: 20_000 }, (_, i) => `tiếp tục triển khai chính sách xã hội số ${i} trên địa bàn huyện`).join('\n')}\n`;
    const t0 = performance.now();
    const blocks = toBlocks(splitLines(text));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(blocks.every((b) => b.text.length <= MAX_BLOCK_CHARS)).toBe(true);
    expect(blocks.reduce((s, b) => s + b.lines.length, 0)).toBeGreaterThanOrEqual(20_000);
  });
});

describe('pieces of text', () => {
  it('stripTrailing removes punctuation and filler words at the end only', () => {
    expect(stripTrailing('tỷ lệ bao phủ đạt,,, ')).toBe('tỷ lệ bao phủ');
    expect(stripTrailing('số bác sĩ trên')).toBe('số bác sĩ');
    expect(stripTrailing('tỷ lệ hộ khá')).toBe('tỷ lệ hộ khá');
    expect(stripTrailing('Khoảng')).toBe('');
    expect(stripTrailing(`a${','.repeat(32 * 1024)}b`)).toBe(`a${','.repeat(32 * 1024)}b`);
  });

  it('cutPoints: no piece longer than the cap, even without spaces', () => {
    const text = 'x'.repeat(10_001);
    const cuts = [0, ...cutPoints(text, 1000), text.length];
    for (let i = 1; i < cuts.length; i++) expect((cuts[i] ?? 0) - (cuts[i - 1] ?? 0)).toBeLessThanOrEqual(1000);
  });
});

describe('extraction refuses files over the caps, quickly and in Vietnamese', () => {
  it('a PDF whose page list names one page 200,000 times', async () => {
    const bytes = await pdfPageListBomb();
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const t0 = performance.now();
    const e = await refusal('bom.pdf', bytes);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(e.code).toBe('too_many_pages');
    expect(e.message).toMatch(/quá nhiều trang/);
  });

  it('a .docx whose document.xml expands to 200 MB', async () => {
    const bytes = docxBomb(200);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(zipEntries(bytes).find((x) => x.name === 'word/document.xml')?.uncompressed).toBeGreaterThan(200 * 1024 * 1024);
    const e = await refusal('bom.docx', bytes);
    expect(e.code).toBe('too_expanded');
    expect(e.message).toMatch(/giải nén quá lớn/);
  });

  it('a real .docx passes the size check', async () => {
    const text = await extractText('a.docx', await makeDocx(['Kế hoạch thực hiện chính sách xã hội của huyện, bảo đảm an sinh.']));
    expect(text).toMatch(/an sinh/);
  });

  it('a 20 MB .txt of 200,000 paragraphs is refused as too long, not a 500', async () => {
    const bytes = new TextEncoder().encode(manyParagraphs());
    expect(bytes.length).toBeGreaterThan(MAX_TEXT_CHARS);
    const e = await refusal('dai.txt', bytes);
    expect(e.code).toBe('too_long');
  });
});
