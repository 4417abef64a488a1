/**
 * npm run bench [-- --rounds N] [--no-worker]: index build time (median of 5); engine load
 * (read index/ and createEngine) in a fresh process, median of 5, and warm; a fresh Worker
 * isolate's first answer under workerd (Miniflare), median of 5; in-process ask latency over
 * the dev questions, many rounds, p50/p99. Figures from one run on one machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ask, createEngine } from '../answer/engine.js';
import { createOramaBaseline } from '../evaluation/baseline.js';
import { EvalSetSchema } from '../evaluation/score.js';
import { buildIndex, readIndex, ROOT } from '../store.js';
import { tempWorkerBundle, workerFirstAnswerMs, type FirstAnswer } from './bench-worker.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 200;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
const median = (xs: number[]): number => pct([...xs].sort((a, b) => a - b), 0.5);

/** Read index/ and build the engine, timed (wall and CPU ms): what a server does at start. */
function timedLoad(): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  createEngine(readIndex(), { cacheSize: 0 });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

if (args[0] === '--load') {
  process.stdout.write(JSON.stringify(timedLoad()));
  process.exit(0);
}

const builds: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  buildIndex();
  builds.push(performance.now() - t);
}
builds.sort((a, b) => a - b);

// Cold: a fresh process each time (module loading and tsx are outside the timed part).
const self = fileURLToPath(import.meta.url);
const coldRuns = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--load'], { cwd: ROOT, encoding: 'utf8' })) as { ms: number; cpuMs: number });
const cold = coldRuns.map((r) => r.ms);
const warm = Array.from({ length: 5 }, () => timedLoad().ms);

let worker: FirstAnswer[] = [];
if (!args.includes('--no-worker')) {
  const bundle = tempWorkerBundle();
  try {
    worker = await workerFirstAnswerMs(bundle.dir, 5);
  } finally {
    bundle.remove();
  }
}
const workerCpu = worker.flatMap((w) => (w.cpuMs === null ? [] : [w.cpuMs]));

const data = readIndex();
const engine = createEngine(data, { cacheSize: 0 }); // measure the work, not the answer cache
let t = 0;

const devPath = join(ROOT, '..', 'shared', 'eval', 'dev.json');
const ownPath = join(ROOT, 'test', 'fixtures', 'questions.json');
const questions = [...EvalSetSchema.parse(JSON.parse(readFileSync(devPath, 'utf8'))), ...EvalSetSchema.parse(JSON.parse(readFileSync(ownPath, 'utf8')))].map((q) => q.question);
for (const q of questions) ask(engine, q); // warm-up

const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    t = performance.now();
    ask(engine, q);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);

const baseline = createOramaBaseline(data.corpus);
const btimes: number[] = [];
for (let r = 0; r < Math.ceil(rounds / 4); r++) {
  for (const q of questions) {
    t = performance.now();
    baseline.ask(q);
    btimes.push(performance.now() - t);
  }
}
btimes.sort((a, b) => a - b);

const f = (x: number): string => x.toFixed(3);
console.log(`index build (seeds → corpus + Orama, 5 runs): median ${builds[2]?.toFixed(0)} ms, min ${builds[0]?.toFixed(0)} ms`);
const ms = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`engine load (read index/ + createEngine, ${data.manifest.chunks} chunks): fresh process median ${median(cold).toFixed(0)} ms (${ms(cold)}; CPU median ${median(coldRuns.map((r) => r.cpuMs)).toFixed(0)} ms); warm median ${median(warm).toFixed(0)} ms`);
if (worker.length) {
  const cpu = workerCpu.length ? `; workerd CPU median ${median(workerCpu).toFixed(0)} ms, 10 ms ticks` : '';
  console.log(`Worker (workerd via Miniflare), a fresh isolate's first /api/ask: median ${median(worker.map((w) => w.ms)).toFixed(0)} ms (${ms(worker.map((w) => w.ms))}${cpu})`);
}
console.log(`ask, in-process, ${questions.length} questions × ${rounds} rounds = ${times.length} calls: p50 ${f(pct(times, 0.5))} ms, p90 ${f(pct(times, 0.9))} ms, p99 ${f(pct(times, 0.99))} ms, max ${f(times[times.length - 1] ?? NaN)} ms`);
console.log(`baseline (plain Orama, top chunk), ${btimes.length} calls: p50 ${f(pct(btimes, 0.5))} ms, p99 ${f(pct(btimes, 0.99))} ms`);
console.log(`ratio ask/baseline at p50: ${(pct(times, 0.5) / pct(btimes, 0.5)).toFixed(2)}`);
console.log(`load average (1 min) at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores (figures are wall-clock: other processes slow them)`);
