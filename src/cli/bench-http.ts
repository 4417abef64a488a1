/**
 * npm run bench:http [-- --seconds N --connections N --only ask|search --log-compare ROUNDS]:
 * a bounded load test on loopback. Starts the Node server in a child process, then drives
 * /api/search and /api/ask with autocannon from this process; prints req/s, p50/p99 latency
 * and error counts. With --log-compare, /api/ask alone, the question log off and on in
 * alternating order for ROUNDS rounds (a fresh server each), then the medians and their ratio.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../store.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || def : def;
};
const seconds = Math.min(opt('--seconds', 10), 60);
const connections = Math.min(opt('--connections', 32), 256);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const compareRounds = Math.min(opt('--log-compare', 0), 20);

interface Server {
  base: string;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  // A question log of its own: the benchmark neither pollutes the real one nor inherits its size.
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server.ts')], {
    cwd: ROOT,
    env: { ...process.env, DB_PATH: join(dataDir, 'app.sqlite'), PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', TELEGRAM_BOT_TOKEN: '', ZALO_BOT_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The server writes a log line per request: read them, or a full pipe would stall it.
  child.stdout?.resume();
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, stop };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error('server did not start');
}

const questions = [
  'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?',
  'co quan nao chu tri tuyen truyen tuy phuoc',
  'Chỉ tiêu tỷ lệ dân số tham gia bảo hiểm y tế của Tây Ninh đến năm 2030 là bao nhiêu?',
  'So sánh chỉ tiêu nhà ở xã hội của Bình Định và Tây Ninh.',
  'giá vàng hôm nay',
];
const searches = ['nha o xa hoi', 'bảo hiểm y tế', 'tuyên truyền', 'chuyển đổi số', 'nước sạch nông thôn'];

async function run(base: string, title: string, requests: autocannon.Request[]): Promise<number> {
  const res = await autocannon({ url: base, connections, duration: seconds, requests, pipelining: 1 });
  console.log(
    `${title.padEnd(26)} ${res.requests.average.toFixed(0).padStart(6)} req/s  p50 ${res.latency.p50} ms  p99 ${res.latency.p99} ms  errors ${res.errors}  non-2xx ${res.non2xx}  timeouts ${res.timeouts}  (${res.requests.total} requests, ${connections} connections, ${seconds} s)`,
  );
  return res.requests.average;
}

// Repeated questions hit the answer cache; a numbered suffix makes every request new work.
let serial = 0;
const variant = (s: string, unique: boolean): string => (unique ? `${s} ${serial}` : s);
const pick = (list: string[]): string => list[serial++ % list.length] ?? '';
const tagOf = (unique: boolean): string => (unique ? ' (uncached)' : ' (repeated)');

const askRun = (base: string, unique: boolean, prefix = ''): Promise<number> =>
  run(base, `${prefix}/api/ask${tagOf(unique)}`, [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (r) => ({ ...r, path: '/api/ask', body: JSON.stringify({ question: variant(pick(questions), unique) }) }),
    },
  ]);

async function suite(): Promise<void> {
  const server = await startServer({});
  try {
    for (const unique of [false, true]) {
      if (only !== 'ask') await run(server.base, `/api/search${tagOf(unique)}`, [{ method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/search?q=${encodeURIComponent(variant(pick(searches), unique))}&limit=10` }) }]);
      if (only !== 'search') await askRun(server.base, unique);
    }
  } finally {
    await server.stop();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The question log's cost under load: off and on alternate (off-on, on-off, …) so drift evens out. */
async function logCompare(rounds: number): Promise<void> {
  const rate: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const log of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const server = await startServer({ QUESTION_LOG: log });
      try {
        for (const unique of [false, true]) (rate[`${log}${tagOf(unique)}`] ??= []).push(await askRun(server.base, unique, `log ${log.padEnd(3)} `));
      } finally {
        await server.stop();
      }
    }
  }
  for (const unique of [false, true]) {
    const off = median(rate[`off${tagOf(unique)}`] ?? []);
    const on = median(rate[`on${tagOf(unique)}`] ?? []);
    console.log(`/api/ask${tagOf(unique)}: median ${off.toFixed(0)} req/s log off, ${on.toFixed(0)} log on: ${((on / off - 1) * 100).toFixed(1)}% (${rounds} rounds)`);
  }
}

await (compareRounds > 0 ? logCompare(compareRounds) : suite());
