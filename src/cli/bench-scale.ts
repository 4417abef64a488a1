/**
 * npm run bench:scale [-- --sizes 100,500,2000 --queries 1000 --systems "this engine,minisearch-default"]:
 * for each corpus size N (generated plans, bench/generate.ts): one child process builds the
 * index into a temporary index/ (build time, peak RSS, size on disk), a second loads it as
 * the server does (load time, heap and RSS once loaded, peak RSS) and answers: ask and search
 * p50/p99 over ≥ 1,000 distinct queries, accuracy on (up to 400 of) the generated questions.
 * The two baselines build and search in one child each. Prints a table and writes an SVG
 * chart to bench/out/scale.svg.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, type GeneratedQuestion } from '../../bench/generate.js';
import { ask, createEngine } from '../answer/engine.js';
import { searchPassages } from '../answer/search.js';
import { createMiniSearchBaseline, createOramaBaseline, type Baseline } from '../evaluation/baseline.js';
import { buildCorpus, FORMAT_VERSION } from '../ingest/corpus.js';
import { buildChunkDb, saveChunkDb } from '../search/orama.js';
import { readPostings } from '../search/postings.js';
import type { Answer } from '../types.js';
import { currentBuildDir, readIndex, ROOT, writeIndex } from '../store.js';

interface Row {
  system: string;
  n: number;
  chunks: number;
  buildMs: number;
  /** Peak RSS of the process that built the index (baselines: built and queried). */
  buildRssMb: number;
  /** corpus.json + orama.json + postings.bin. */
  indexMb: number | null;
  /** What a server reads at load: corpus.json + postings.bin. */
  servedMb: number | null;
  loadMs: number | null;
  /** CPU time of the load (user + system): steadier than wall time when other processes share the cores. */
  loadCpuMs: number | null;
  /** Heap and RSS of a serving process once the index is loaded (after GC). */
  heapMb: number | null;
  rssMb: number | null;
  /** Peak RSS of the serving process (loading included). */
  servePeakMb: number | null;
  /** Whether the index loads in a V8 heap capped at 128 MB (a Cloudflare Worker's memory). */
  fits128: boolean | null;
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
const mb = (bytes: number): number => bytes / 1e6;
const peakRssMb = (): number => (process.resourceUsage().maxRSS * 1024) / 1e6;

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

function timed(qs: string[], f: (q: string) => unknown): number[] {
  return qs.map((q) => {
    const s = performance.now();
    f(q);
    return performance.now() - s;
  });
}

/** Builds the index of N generated plans into `dir`, as `npm run index` would, with the questions beside it. */
function buildChild(n: number, dir: string): Pick<Row, 'n' | 'chunks' | 'buildMs' | 'buildRssMb' | 'indexMb' | 'servedMb'> {
  const { docs, questions } = generateCorpus(n);
  const t0 = performance.now();
  const corpus = buildCorpus(docs, {});
  const db = buildChunkDb(corpus);
  const orama = saveChunkDb(db);
  const postings = readPostings(db, corpus.chunks.map((c) => c.id));
  const buildMs = performance.now() - t0;
  const manifest = { formatVersion: FORMAT_VERSION, fingerprint: 'bench', builtAt: new Date().toISOString(), buildMs: Math.round(buildMs), documents: corpus.documents.length, chunks: corpus.chunks.length, targets: corpus.targets.length, responsibilities: corpus.responsibilities.length };
  writeIndex({ corpus, orama, postings, manifest }, dir);
  writeFileSync(join(dir, 'questions.json'), JSON.stringify(questions));
  const built = currentBuildDir(dir);
  const size = (f: string): number => mb(statSync(join(built, f)).size);
  return { n, chunks: corpus.chunks.length, buildMs, buildRssMb: peakRssMb(), indexMb: size('corpus.json') + size('orama.json') + size('postings.bin'), servedMb: size('corpus.json') + size('postings.bin') };
}

/** Loads the index from `dir` like the server does, then measures memory, latency and accuracy. */
function serveChild(dir: string, nQueries: number): Pick<Row, 'loadMs' | 'loadCpuMs' | 'heapMb' | 'rssMb' | 'servePeakMb' | 'askP50' | 'askP99' | 'searchP50' | 'searchP99' | 'accuracy'> {
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const engine = createEngine(readIndex(dir), { cacheSize: 0 });
  const loadMs = performance.now() - t1;
  const cpu = process.cpuUsage(c1);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as GeneratedQuestion[];
  const judged = sample(questions);
  const accuracy = judged.filter((q) => correct(q, ask(engine, q.question))).length / judged.length;
  const qs = queries(questions, nQueries);
  const askT = timed(qs, (q) => ask(engine, q));
  const searchT = timed(qs, (q) => searchPassages(engine, { q, limit: 10, offset: 0 }));
  return { loadMs, loadCpuMs, heapMb: mb(heapUsed), rssMb: mb(rss), servePeakMb: peakRssMb(), askP50: pct(askT, 0.5), askP99: pct(askT, 0.99), searchP50: pct(searchT, 0.5), searchP99: pct(searchT, 0.99), accuracy };
}

/** A baseline builds over the same chunks and answers in one process. */
function baselineChild(n: number, system: string, nQueries: number): Row {
  const { docs, questions } = generateCorpus(n);
  const t0 = performance.now();
  const corpus = buildCorpus(docs, {});
  const b: Baseline = system === 'orama-default' ? createOramaBaseline(corpus) : createMiniSearchBaseline(corpus);
  const buildMs = performance.now() - t0;
  const judged = sample(questions);
  const accuracy = judged.filter((q) => correct(q, b.ask(q.question))).length / judged.length;
  const searchT = timed(queries(questions, nQueries), (q) => b.search(q, 10));
  return { system, n, chunks: corpus.chunks.length, buildMs, buildRssMb: peakRssMb(), indexMb: null, servedMb: null, loadMs: null, loadCpuMs: null, heapMb: null, rssMb: null, servePeakMb: null, fits128: null, askP50: null, askP99: null, searchP50: pct(searchT, 0.5), searchP99: pct(searchT, 0.99), accuracy };
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
    { name: 'serving heap (MB / 10)', color: '#2d6a4f', values: ours.map((r) => (r.heapMb ?? 0) / 10) },
  ];
  const maxY = Math.max(1, ...series.flatMap((s) => s.values));
  const y = (v: number): number => H - pad - ((H - 2 * pad) * v) / maxY;
  const lines = series
    .map((s, si) => {
      const pts = ours.map((r, i) => `${x(r.n).toFixed(1)},${y(s.values[i] ?? 0).toFixed(1)}`).join(' ');
      const dots = ours.map((r, i) => `<circle cx="${x(r.n).toFixed(1)}" cy="${y(s.values[i] ?? 0).toFixed(1)}" r="3" fill="${s.color}"/>`).join('');
      return `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts}"/>${dots}<text x="${pad + 12}" y="${pad + si * 16}" fill="${s.color}" font-size="12">${s.name}</text>`;
    })
    .join('');
  const ticks = ours.map((r) => `<text x="${x(r.n)}" y="${H - pad + 16}" font-size="11" text-anchor="middle">${r.n}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif"><rect width="100%" height="100%" fill="#fff"/><line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#333"/><line x1="${pad}" y1="${pad}" x2="${pad}" y2="${H - pad}" stroke="#333"/><text x="${W / 2}" y="${H - 8}" font-size="12" text-anchor="middle">documents (N)</text><text x="${pad}" y="${pad - 14}" font-size="12">max ${maxY.toFixed(1)}</text>${ticks}${lines}</svg>\n`;
}

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? def) : def);
const self = fileURLToPath(import.meta.url);
const run = (childArgs: string[], nodeFlags: string[] = []): string =>
  execFileSync(process.execPath, ['--expose-gc', ...nodeFlags, '--import', 'tsx', self, ...childArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] });

function fitsIn128(dir: string): boolean {
  try {
    return run(['--load', dir], ['--max-old-space-size=128']).trim() === 'loaded';
  } catch {
    return false;
  }
}

if (args[0] === '--build') process.stdout.write(JSON.stringify(buildChild(Number(args[1]), args[2] ?? '')));
else if (args[0] === '--load') {
  createEngine(readIndex(args[1] ?? ''));
  process.stdout.write('loaded');
} else if (args[0] === '--serve') process.stdout.write(JSON.stringify(serveChild(args[1] ?? '', Number(args[2]))));
else if (args[0] === '--baseline') process.stdout.write(JSON.stringify(baselineChild(Number(args[1]), args[2] ?? '', Number(args[3]))));
else {
  const sizes = opt('--sizes', '100,500,2000').split(',').map(Number);
  const nQueries = Math.max(1000, Number(opt('--queries', '1000')));
  const rows: Row[] = [];
  for (const n of sizes) {
    for (const system of opt('--systems', 'this engine,orama-default,minisearch-default').split(',')) {
      let row: Row;
      if (system === 'this engine') {
        const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
        try {
          const built = JSON.parse(run(['--build', String(n), dir])) as Pick<Row, 'n' | 'chunks' | 'buildMs' | 'buildRssMb' | 'indexMb' | 'servedMb'>;
          const served = JSON.parse(run(['--serve', dir, String(nQueries)])) as Omit<Row, 'system' | 'n' | 'chunks' | 'buildMs' | 'buildRssMb' | 'indexMb' | 'servedMb' | 'fits128'>;
          row = { system, ...built, ...served, fits128: fitsIn128(dir) };
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      } else row = JSON.parse(run(['--baseline', String(n), system, String(nQueries)])) as Row;
      rows.push(row);
      process.stderr.write(`N=${n} ${system} done: ${JSON.stringify(row)}\n`);
    }
  }
  const f = (v: number | null, d = 2): string => (v === null ? '—' : v.toFixed(d));
  const cols: Array<[string, number, (r: Row) => string]> = [
    ['system', -19, (r) => r.system],
    ['N', 5, (r) => String(r.n)],
    ['chunks', 7, (r) => String(r.chunks)],
    ['build s', 8, (r) => f(r.buildMs / 1000)],
    ['build RSS', 10, (r) => f(r.buildRssMb, 0)],
    ['index MB', 9, (r) => f(r.indexMb, 1)],
    ['read MB', 8, (r) => f(r.servedMb, 1)],
    ['load ms', 8, (r) => f(r.loadMs, 0)],
    ['load CPU', 9, (r) => f(r.loadCpuMs, 0)],
    ['heap MB', 8, (r) => f(r.heapMb, 0)],
    ['RSS MB', 7, (r) => f(r.rssMb, 0)],
    ['serve peak', 11, (r) => f(r.servePeakMb, 0)],
    ['128 MB', 7, (r) => (r.fits128 === null ? '—' : r.fits128 ? 'loads' : 'OOM')],
    ['ask p50', 8, (r) => f(r.askP50)],
    ['ask p99', 8, (r) => f(r.askP99)],
    ['srch p50', 9, (r) => f(r.searchP50)],
    ['srch p99', 9, (r) => f(r.searchP99)],
    ['accuracy', 9, (r) => f(r.accuracy, 3)],
  ];
  const pad = (s: string, w: number): string => (w < 0 ? s.padEnd(-w) : s.padStart(w));
  console.log(cols.map(([h, w]) => pad(h, w)).join(' '));
  for (const r of rows) console.log(cols.map(([, w, v]) => pad(v(r), w)).join(' '));
  const dir = join(ROOT, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'scale.svg'), svg(rows));
  writeFileSync(join(dir, 'scale.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\nload average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores.`);
  console.log(`chart: ${join(dir, 'scale.svg')}; ${nQueries} distinct queries per size (no cache); latencies in ms.`);
  console.log('build RSS: peak of the process that built the index; heap/RSS: a serving process after loading it (after GC); serve peak: that process at its highest (loading included); 128 MB: whether the index loads in a V8 heap capped at 128 MB.');
}
