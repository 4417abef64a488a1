/**
 * npm run bench:log [-- --requests N --unique]: what the question log costs an answer, measured in
 * one process without sockets (less noisy than bench:http on a shared machine). The same
 * app with the log off and on, alternated three times: requests per second and the
 * process CPU time (the SQLite thread included) per 1,000 answers.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../answer/engine.js';
import { createApp } from '../api/app.js';
import { openQuestionLog } from '../db/log.js';
import { openSqliteFile } from '../db/sqlite-file.js';
import { readIndex } from '../store.js';

const i = process.argv.indexOf('--requests');
const n = Math.min(Math.max(Number(process.argv[i + 1]) || 5000, 100), 100_000);
// --unique: a numbered suffix makes every question new work for the engine (no answer cache).
const unique = process.argv.includes('--unique');
let serial = 0;
const data = readIndex();
const engine = createEngine(data);
const dir = join(tmpdir(), `bench-log-${process.pid}`);
const log = await openQuestionLog(openSqliteFile(join(dir, 'app.sqlite')), { retentionDays: 180 });
const opts = { rateLimitPerMinute: 0, corsOrigins: '' };
const apps = { off: createApp({ engine, manifest: data.manifest }, opts), on: createApp({ engine, manifest: data.manifest }, { ...opts, log }) };
const questions = ['Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?', 'co quan nao chu tri tuyen truyen tuy phuoc', 'So sánh chỉ tiêu nhà ở xã hội của Bình Định và Tây Ninh.', 'giá vàng hôm nay'];

async function run(mode: 'off' | 'on', count: number): Promise<{ rps: number; cpuPer1k: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (let k = 0; k < count; k++) {
    const res = await apps[mode].request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: `${questions[k % questions.length]}${unique ? ` ${serial++}` : ''}` }) });
    await res.text();
  }
  if (mode === 'on') await log.flush();
  const c = process.cpuUsage(cpu);
  return { rps: (count / (performance.now() - t)) * 1000, cpuPer1k: (c.user + c.system) / 1000 / (count / 1000) };
}

try {
  await run('off', 300);
  await run('on', 300);
  for (let round = 1; round <= 3; round++) {
    for (const mode of ['off', 'on'] as const) {
      const r = await run(mode, n);
      console.log(`round ${round} log ${mode.padEnd(3)} ${r.rps.toFixed(0).padStart(6)} req/s  ${r.cpuPer1k.toFixed(0).padStart(5)} ms CPU per 1,000 answers  (${n} requests${unique ? ', uncached' : ''})`);
    }
  }
} finally {
  await log.close();
  rmSync(dir, { recursive: true, force: true });
}
