/**
 * One writer at a time for seeds/, the catalog and index/, across processes (the server's
 * upload jobs, `npm run add`): a lock file created exclusively, holding the owner's pid.
 * A lock left by a process that no longer exists is taken over.
 */
import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(path, 'utf8'));
    } catch {
      return false;
    }
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) return false;
    if (owner === process.pid) return false;
    rmSync(path, { force: true });
    return false;
  }
}

let chain: Promise<unknown> = Promise.resolve();

/** Run `fn` holding the seeds lock (in-process calls queue; other processes are waited for). */
export function withSeedsLock<T>(seedsDir: string, fn: () => Promise<T>, waitMs = 10 * 60_000): Promise<T> {
  const run = async (): Promise<T> => {
    const path = join(seedsDir, '.lock');
    const until = Date.now() + waitMs;
    while (!tryLock(path)) {
      if (Date.now() > until) throw new Error(`seeds/ is locked by another process (${path})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      return await fn();
    } finally {
      rmSync(path, { force: true });
    }
  };
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}
