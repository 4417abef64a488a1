// The SQLite connection's own thread (plain JavaScript: loaded as is by Node, tsx and
// vitest). node-sqlite3-wasm is synchronous and a commit waits on the disk: here that
// wait never blocks the thread that answers requests. Messages: { id, op, sql, params, groups }.
import { mkdirSync, readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

// Logging gives way to answering: on Linux a thread has its own nice value, so this thread
// (and only it) is made nicer; elsewhere nothing changes.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, 10);
} catch {
  // Not Linux, or not allowed: same priority.
}

const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm');
const path = workerData.path;
if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
const db = new Database(path);
db.exec('PRAGMA foreign_keys = ON');
// The rollback journal is truncated rather than deleted after each commit: fewer file
// operations through the WebAssembly file layer, same durability.
db.exec('PRAGMA journal_mode = TRUNCATE');
const prepared = new Map();
const stmt = (sql) => {
  let s = prepared.get(sql);
  if (!s) {
    s = db.prepare(sql);
    prepared.set(sql, s);
  }
  return s;
};

function handle(m) {
  switch (m.op) {
    case 'run':
      return { changes: stmt(m.sql).run(m.params ?? []).changes };
    case 'all':
      return stmt(m.sql).all(m.params ?? []);
    case 'batch':
      db.exec('BEGIN');
      try {
        for (const g of m.groups) {
          const s = stmt(g.sql);
          for (const row of g.rows) s.run(row);
        }
        db.exec('COMMIT');
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      }
      return null;
    case 'close':
      for (const s of prepared.values()) s.finalize();
      prepared.clear();
      if (db.isOpen) db.close();
      return null;
    default:
      throw new Error(`unknown op ${m.op}`);
  }
}

parentPort.on('message', (m) => {
  try {
    parentPort.postMessage({ id: m.id, ok: true, result: handle(m) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
