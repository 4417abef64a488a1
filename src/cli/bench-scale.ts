/**
 * npm run bench:scale [-- --sizes 100,500,2000 --queries 1000 --systems "this engine,minisearch-default"]: for each corpus size N
 * (generated plans, bench/generate.ts), in a fresh child process: index build time, peak
 * RSS, serialized index size, load time, ask and search p50/p99 over ≥ 1,000 queries,
 * accuracy on (up to 400 of) the generated questions; the same for the two baselines where they apply.
 * Prints a table and writes an SVG chart to bench/out/scale.svg.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type GeneratedQuestion } from '../../bench/generate.js';
import { ask, createEngine } from '../answer/engine.js';
import { searchPassages } from '../answer/search.js';
import { createMiniSearchBaseline, createOramaBaseline, type Baseline } from '../evaluation/baseline.js';
import { buildCorpus } from '../ingest/corpus.js';
import { buildChunkDb, saveChunkDb } from '../search/orama.js';
import type { Answer } from '../types.js';
import { ROOT } from '../store.js';

interface Row {
  system: string;
  n: number;
  chunks: number;
  buildMs: number;
  peakRssMb: number;
  indexMb: number | null;
  loadMs: number | null;
  askP50: number | null;
  askP99: number | null;
  searchP50: number;
  searchP99: number;
  accuracy: number;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};
const lower = (s: string): string => s.normalize('NFC').toLowerCase();

function correct(q: GeneratedQuestion, a: Answer): boolean {
  const want = lower(q.answer);
  return !a.abstained && lower(a.answer).includes(want) && a.citations.some((c) => c.source === q.source && lower(c.quote).includes(want));
}

/** At most 400 questions, spread over the corpus, decide accuracy (a baseline search can take a second). */
function sample(questions: GeneratedQuestion[]): GeneratedQuestion[] {
  const step = Math.max(1, Math.floor(questions.length / 400));
  return questions.filter((_, i) => i % step === 0).slice(0, 400);
}

function queries(questions: GeneratedQuestion[], count: number): string[] {
  // Each query distinct (a trailing number), so no cache can answer it.
  return Array.from({ length: count }, (_, i) => `${questions[i % questions.length]?.question ?? ''} ${i}`);
}

function child(n: number, system: string, nQueries: number): Row {
  const { docs, questions } = generateCorpus(n);
  const files = docs.map((d) => ({ name: d.name, text: d.text }));
  const t0 = performance.now();
  const corpus = buildCorpus(files, {});
  if (system === 'this engine') {
    const raw = saveChunkDb(buildChunkDb(corpus));
    const buildMs = performance.now() - t0;
    const serialized = JSON.stringify(raw).length + JSON.stringify(corpus).length;
    const t1 = performance.now();
    const engine = createEngine({ corpus: JSON.parse(JSON.stringify(corpus)), orama: JSON.parse(JSON.stringify(raw)) }, { cacheSize: 0 });
    const loadMs = performance.now() - t1;
    const judged = sample(questions);
    const acc = judged.filter((q) => correct(q, ask(engine, q.question))).length / judged.length;
    const qs = queries(questions, nQueries);
    const askT = qs.map((q) => {
      const s = performance.now();
      ask(engine, q);
      return performance.now() - s;
    });
    const searchT = qs.map((q) => {
      const s = performance.now();
      searchPassages(engine, { q, limit: 10, offset: 0 });
      return performance.now() - s;
    });
    return { system, n, chunks: corpus.chunks.length, buildMs, peakRssMb: process.resourceUsage().maxRSS / 1024, indexMb: serialized / 1e6, loadMs, askP50: pct(askT, 0.5), askP99: pct(askT, 0.99), searchP50: pct(searchT, 0.5), searchP99: pct(searchT, 0.99), accuracy: acc };
  }
  const b: Baseline = system === 'orama-default' ? createOramaBaseline(corpus) : createMiniSearchBaseline(corpus);
  const buildMs = performance.now() - t0;
  const judged = sample(questions);
  const acc = judged.filter((q) => correct(q, b.ask(q.question))).length / judged.length;
  const searchT = queries(questions, nQueries).map((q) => {
    const s = performance.now();
    b.search(q, 10);
    return performance.now() - s;
  });
  return { system, n, chunks: corpus.chunks.length, buildMs, peakRssMb: process.resourceUsage().maxRSS / 1024, indexMb: null, loadMs: null, askP50: null, askP99: null, searchP50: pct(searchT, 0.5), searchP99: pct(searchT, 0.99), accuracy: acc };
}

function svg(rows: Row[]): string {
  const ours = rows.filter((r) => r.system === 'this engine');
  const W = 640;
  const H = 300;
  const pad = 50;
  const maxN = Math.max(...ours.map((r) => r.n));
  const x = (n: number): number => pad + ((W - 2 * pad) * n) / maxN;
  const series = [
    { name: 'ask p99 (ms)', color: '#a4161a', values: ours.map((r) => r.askP99 ?? 0) },
    { name: 'search p99 (ms)', color: '#0b4f9c', values: ours.map((r) => r.searchP99) },
    { name: 'peak RSS (MB / 10)', color: '#2d6a4f', values: ours.map((r) => r.peakRssMb / 10) },
  ];
  const maxY = Math.max(1, ...series.flatMap((s) => s.values));
  const y = (v: number): number => H - pad - ((H - 2 * pad) * v) / maxY;
  const lines = series
    .map((s, si) => {
      const pts = ours.map((r, i) => `${x(r.n).toFixed(1)},${y(s.values[i] ?? 0).toFixed(1)}`).join(' ');
      const dots = ours.map((r, i) => `<circle cx="${x(r.n).toFixed(1)}" cy="${y(s.values[i] ?? 0).toFixed(1)}" r="3" fill="${s.color}"/>`).join('');
      return `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts}"/>${dots}<text x="${W - pad - 150}" y="${pad + si * 16}" fill="${s.color}" font-size="12">${s.name}</text>`;
    })
    .join('');
  const ticks = ours.map((r) => `<text x="${x(r.n)}" y="${H - pad + 16}" font-size="11" text-anchor="middle">${r.n}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif"><rect width="100%" height="100%" fill="#fff"/><line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#333"/><line x1="${pad}" y1="${pad}" x2="${pad}" y2="${H - pad}" stroke="#333"/><text x="${W / 2}" y="${H - 8}" font-size="12" text-anchor="middle">documents (N)</text><text x="${pad}" y="${pad - 14}" font-size="12">max ${maxY.toFixed(1)}</text>${ticks}${lines}</svg>\n`;
}

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? def) : def);
if (args[0] === '--child') {
  process.stdout.write(JSON.stringify(child(Number(args[1]), args[2] ?? 'this engine', Number(args[3]))));
} else {
  const sizes = opt('--sizes', '100,500,2000').split(',').map(Number);
  const nQueries = Math.max(1000, Number(opt('--queries', '1000')));
  const self = fileURLToPath(import.meta.url);
  const rows: Row[] = [];
  for (const n of sizes) {
    for (const system of opt('--systems', 'this engine,orama-default,minisearch-default').split(',')) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', String(n), system, String(nQueries)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
      rows.push(JSON.parse(out) as Row);
      process.stderr.write(`N=${n} ${system} done: ${out}\n`);
    }
  }
  const f = (v: number | null, d = 2): string => (v === null ? '—' : v.toFixed(d));
  console.log(`${'system'.padEnd(19)} ${'N'.padStart(5)} ${'chunks'.padStart(7)} ${'build s'.padStart(8)} ${'RSS MB'.padStart(7)} ${'index MB'.padStart(9)} ${'load ms'.padStart(8)} ${'ask p50'.padStart(8)} ${'ask p99'.padStart(8)} ${'srch p50'.padStart(9)} ${'srch p99'.padStart(9)} ${'accuracy'.padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.system.padEnd(19)} ${String(r.n).padStart(5)} ${String(r.chunks).padStart(7)} ${f(r.buildMs / 1000).padStart(8)} ${f(r.peakRssMb, 0).padStart(7)} ${f(r.indexMb, 1).padStart(9)} ${f(r.loadMs, 0).padStart(8)} ${f(r.askP50).padStart(8)} ${f(r.askP99).padStart(8)} ${f(r.searchP50).padStart(9)} ${f(r.searchP99).padStart(9)} ${f(r.accuracy, 3).padStart(9)}`);
  }
  const dir = join(ROOT, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'scale.svg'), svg(rows));
  writeFileSync(join(dir, 'scale.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\nchart: ${join(dir, 'scale.svg')}; ${nQueries} distinct queries per size (no cache); latencies in ms.`);
}
