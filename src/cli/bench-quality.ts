/**
 * npm run bench:quality [-- --file questions.json]: the dev questions answered by this
 * engine, plain Orama (default tokenizer) and MiniSearch (default options), all over the
 * same chunks, in one run; answer accuracy and cited rate per intent and per language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, createEngine } from '../answer/engine.js';
import { createMiniSearchBaseline, createOramaBaseline } from '../evaluation/baseline.js';
import { EvalSetSchema, scoreItem, summarize, type ItemScore } from '../evaluation/score.js';
import { ensureIndex, ROOT } from '../store.js';

const args = process.argv.slice(2);
const files = args.includes('--file') ? [args[args.indexOf('--file') + 1] ?? ''] : [join(ROOT, '..', 'shared', 'eval', 'dev.json')];
for (const f of files) if (!existsSync(f)) throw new Error(`No question set at ${f}`);
const items = files.flatMap((f) => EvalSetSchema.parse(JSON.parse(readFileSync(f, 'utf8'))));

const data = ensureIndex((m) => process.stderr.write(`${m}\n`));
const engine = createEngine(data);
const systems = [
  { name: 'this engine', ask: (q: string, id: string) => ask(engine, q, { id }) },
  ...[createOramaBaseline(data.corpus), createMiniSearchBaseline(data.corpus)].map((b) => ({ name: b.name, ask: (q: string, id: string) => b.ask(q, id) })),
];
const scores = systems.map((s) => items.map((it) => scoreItem(it, s.ask(it.question, it.id))));

function table(title: string, key: (s: ItemScore) => string): void {
  const sums = scores.map((sc) => summarize(sc, key));
  const keys = [...(sums[0]?.keys() ?? [])].sort();
  console.log(`\n${title.padEnd(15)} ${'n'.padStart(3)} | ${systems.map((s) => `${s.name} ans/cited`.padStart(28)).join(' | ')}`);
  for (const k of keys) {
    const cells = sums.map((m) => {
      const v = m.get(k) ?? { n: 0, answered: 0, cited: 0 };
      return `${(v.answered / v.n).toFixed(2)} / ${(v.cited / v.n).toFixed(2)}`.padStart(28);
    });
    console.log(`${k.padEnd(15)} ${String(sums[0]?.get(k)?.n ?? 0).padStart(3)} | ${cells.join(' | ')}`);
  }
}

table('intent', (s) => s.intent);
table('language', (s) => s.lang);
table('all', () => 'all');
const misses = scores.map((sc) => sc.filter((s) => !s.answered).length);
console.log(`\nmisses: ${systems.map((s, i) => `${s.name} ${misses[i]}`).join(', ')} (of ${items.length})`);
console.log(`this engine's misses / plain Orama's: ${misses[1] ? ((misses[0] ?? 0) / misses[1]).toFixed(2) : 'n/a'} (target ≤ 0.25)`);
