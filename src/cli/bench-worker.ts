/**
 * The Worker's cold start, for npm run bench: bundle with wrangler (offline, as
 * `npm run build:worker` does) and time a fresh workerd isolate's first answer (Miniflare).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Miniflare } from 'miniflare';
import { ROOT } from '../store.js';

export function tempWorkerBundle(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-worker-'));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', dir], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    stdio: 'pipe',
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** CPU ms (user + system) used so far by this process's workerd children, from /proc (Linux; null elsewhere). */
function workerdCpuMs(): number | null {
  try {
    const ticks = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /workerd/.test(l))
      .map((l) => readFileSync(`/proc/${l.trim().split(/\s+/)[0]}/stat`, 'utf8').replace(/^.*\) /, '').split(' '))
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after "(comm) ".
      .reduce((sum, f) => sum + Number(f[11]) + Number(f[12]), 0);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

export interface FirstAnswer {
  ms: number;
  /** CPU of the workerd process over the request, in 10 ms ticks (null where /proc is missing). */
  cpuMs: number | null;
}

/**
 * Milliseconds from sending the first /api/ask to a new isolate to having its whole answer
 * (the engine is built on the first request), once per fresh Miniflare instance.
 */
export async function workerFirstAnswerMs(dir: string, runs: number, question = 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?'): Promise<FirstAnswer[]> {
  const out: FirstAnswer[] = [];
  for (let i = 0; i < runs; i++) {
    const mf = new Miniflare({
      scriptPath: join(dir, 'worker.js'),
      modulesRoot: dir,
      modules: true,
      modulesRules: [{ type: 'Data', include: ['**/*.bin'] }],
      compatibilityDate: '2025-09-01',
      bindings: { RATE_LIMIT_PER_MINUTE: '0' },
      // The Worker's own log lines (bots not configured) would interleave with the figures.
      handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
        stdout.resume();
        stderr.resume();
      },
    });
    try {
      await mf.ready;
      const c0 = workerdCpuMs();
      const t0 = performance.now();
      const res = await mf.dispatchFetch('http://localhost/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
      await res.text();
      const ms = performance.now() - t0;
      const c1 = workerdCpuMs();
      if (res.status !== 200) throw new Error(`Worker answered ${res.status}`);
      out.push({ ms, cpuMs: c0 === null || c1 === null ? null : c1 - c0 });
    } finally {
      await mf.dispose();
    }
  }
  return out;
}
