/**
 * SQLite in a file on Node through node-sqlite3-wasm: SQLite compiled to WebAssembly with a
 * file-system VFS, so it installs with plain `npm ci` (no compiler, no binary download).
 * The connection lives in its own worker thread (./sqlite-thread.mjs): its synchronous
 * writes and disk syncs never run on the thread that answers requests.
 */
import { Worker } from 'node:worker_threads';
import type { SqlDriver, SqlValue } from './sql.js';

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export function openSqliteFile(path: string): SqlDriver {
  const worker = new Worker(new URL('./sqlite-thread.mjs', import.meta.url), { workerData: { path } });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const failAll = (e: Error): void => {
    failed = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: Reply) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.ok) w?.resolve(m.result);
    else w?.reject(new Error(m.error ?? 'SQLite error'));
  });
  worker.on('error', (e) => failAll(e));
  worker.on('exit', () => failAll(new Error('SQLite thread stopped')));
  const call = (msg: Record<string, unknown>): Promise<unknown> => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...msg, id });
    });
  };
  let closing: Promise<void> | undefined;
  return {
    run: async (sql, params: SqlValue[] = []) => (await call({ op: 'run', sql, params })) as { changes: number },
    all: async <T>(sql: string, params: SqlValue[] = []) => (await call({ op: 'all', sql, params })) as T[],
    batch: async (list) => {
      // Runs of the same statement travel once, with their rows (less to copy to the thread).
      const groups: Array<{ sql: string; rows: SqlValue[][] }> = [];
      for (const s of list) {
        const last = groups[groups.length - 1];
        if (last?.sql === s.sql) last.rows.push(s.params ?? []);
        else groups.push({ sql: s.sql, rows: [s.params ?? []] });
      }
      await call({ op: 'batch', groups });
    },
    close() {
      closing ??= (async () => {
        if (!failed) await call({ op: 'close' }).catch(() => undefined);
        await worker.terminate();
      })();
      return closing;
    },
  };
}
