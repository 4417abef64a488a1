/** npm run study -- <source-or-locality> [--format md|html|docx] [--out FILE] */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { createEngine } from '../answer/engine.js';
import { ensureIndex } from '../store.js';
import { buildStudyPack, studySources } from '../study/pack.js';
import { docxFileName, renderDocx } from '../study/docx.js';
import { renderHtml, renderMarkdown } from '../study/render.js';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const key = argv.filter((a, i) => !a.startsWith('--') && !['--format', '--out'].includes(argv[i - 1] ?? '')).join(' ');
const format = z.enum(['md', 'html', 'docx']).safeParse(opt('--format') ?? 'md');
if (!key || !format.success) {
  console.error('Cách dùng: npm run study -- <tệp nguồn hoặc địa phương> [--format md|html|docx] [--out tệp]');
  process.exit(2);
}
const engine = createEngine(ensureIndex((m) => console.error(m)));
const docs = studySources(engine, key);
if (!docs.length) {
  console.error(`Không có văn bản nào cho “${key}”. Địa phương có trong kho: ${[...new Set(engine.corpus.documents.map((d) => d.meta.locality).filter(Boolean))].join(', ')}.`);
  process.exit(1);
}
const packs = docs.map((d) => buildStudyPack(engine, d));
const out = format.data === 'docx' ? await renderDocx(packs) : format.data === 'html' ? renderHtml(packs) : renderMarkdown(packs);
// A .docx is binary: written to a file (named after the localities unless --out says otherwise).
const file = opt('--out') ?? (format.data === 'docx' ? docxFileName(packs) : undefined);
if (file) {
  writeFileSync(file, out);
  console.error(`Đã ghi ${file} (${packs.reduce((n, p) => n + p.quiz.length, 0)} câu hỏi).`);
} else process.stdout.write(out);
