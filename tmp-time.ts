import { commaRun, manyHeadings, longParagraph, manyParagraphs } from './test/hostile-text.js';
import { buildCorpus } from './src/ingest/corpus.js';
import { buildChunkDb } from './src/search/orama.js';
const which = process.argv[2];
const gens: Record<string, () => string> = { commaRun, manyHeadings, longParagraph, manyParagraphs };
for (const [k, g] of Object.entries(gens)) {
  if (which && k !== which) continue;
  const text = g();
  const t0 = performance.now();
  const corpus = buildCorpus([{ name: 'x.txt', text }], {});
  const t1 = performance.now();
  buildChunkDb(corpus);
  const t2 = performance.now();
  console.log(k, text.length, 'corpus', Math.round(t1 - t0), 'orama', Math.round(t2 - t1), 'chunks', corpus.chunks.length, 'targets', corpus.targets.length, 'resp', corpus.responsibilities.length);
}
