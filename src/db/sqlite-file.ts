/**
 * SQLite in a file on Node through node-sqlite3-wasm: SQLite compiled to WebAssembly with a
 * file-system VFS, so it installs with plain `npm ci` (no compiler, no binary download).
 * Synchronous underneath; callers keep it off the request path (see ../chat/log.ts).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Statement } from 'node-sqlite3-wasm';
import type { SqlDriver, SqlValue } from './sql.js';

// A CommonJS package whose exports Node's ESM loader cannot name: load it with require.
const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');

export function openSqliteFile(path: string): SqlDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.exec('PRAGMA foreign_keys = ON');
  const prepared = new Map<string, Statement>();
  const stmt = (sql: string): Statement => {
    let s = prepared.get(sql);
    if (!s) {
      s = db.prepare(sql);
      prepared.set(sql, s);
    }
    return s;
  };
  return {
    async run(sql, params: SqlValue[] = []) {
      return { changes: stmt(sql).run(params).changes };
    },
    async all<T>(sql: string, params: SqlValue[] = []) {
      return stmt(sql).all(params) as T[];
    },
    async batch(list) {
      db.exec('BEGIN');
      try {
        for (const s of list) stmt(s.sql).run(s.params ?? []);
        db.exec('COMMIT');
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw e;
      }
    },
    async close() {
      for (const s of prepared.values()) s.finalize();
      prepared.clear();
      if (db.isOpen) db.close();
    },
  };
}
