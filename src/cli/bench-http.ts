/**
 * npm run bench:http [-- --seconds N --connections N]: a bounded load test on loopback.
 * Starts the Node server in a child process, then drives /api/search and /api/ask with
 * autocannon from this process; prints req/s, p50/p99 latency and error counts.
 */
import { spawn } from 'node:child_process';
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
const port = 18000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server.ts')], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', TELEGRAM_BOT_TOKEN: '', ZALO_BOT_TOKEN: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

// The server writes a log line per request: read them, or a full pipe would stall it.
server.stdout?.resume();

async function waitUp(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
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

async function run(title: string, requests: autocannon.Request[]): Promise<void> {
  const res = await autocannon({ url: base, connections, duration: seconds, requests, pipelining: 1 });
  console.log(
    `${title.padEnd(26)} ${res.requests.average.toFixed(0).padStart(6)} req/s  p50 ${res.latency.p50} ms  p99 ${res.latency.p99} ms  errors ${res.errors}  non-2xx ${res.non2xx}  timeouts ${res.timeouts}  (${res.requests.total} requests, ${connections} connections, ${seconds} s)`,
  );
}

// Repeated questions hit the answer cache; a numbered suffix makes every request new work.
const variant = (s: string, n: number, unique: boolean): string => (unique ? `${s} ${n}` : s);

try {
  await waitUp();
  let i = 0;
  for (const unique of [false, true]) {
    const tag = unique ? ' (uncached)' : ' (repeated)';
    await run(`/api/search${tag}`, [{ method: 'GET', setupRequest: (r) => ({ ...r, path: `/api/search?q=${encodeURIComponent(variant(searches[i % searches.length] ?? '', i++, unique))}&limit=10` }) }]);
    await run(`/api/ask${tag}`, [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (r) => ({ ...r, path: '/api/ask', body: JSON.stringify({ question: variant(questions[i % questions.length] ?? '', i++, unique) }) }),
      },
    ]);
  }
} finally {
  server.kill('SIGTERM');
}
