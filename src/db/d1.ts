/** The question log's SQL over a Cloudflare D1 binding (SQLite as a service, same dialect). */
import type { SqlDriver, SqlValue } from './sql.js';

/** The part of D1's binding used here (structural: no Workers types needed on Node). */
export interface D1Like {
  prepare(sql: string): { bind(...values: SqlValue[]): D1Stmt } & D1Stmt;
  batch(statements: D1Stmt[]): Promise<unknown>;
}
interface D1Stmt {
  run(): Promise<{ meta?: { changes?: number } }>;
  all<T>(): Promise<{ results?: T[] }>;
}

export function d1Driver(db: D1Like): SqlDriver {
  const bound = (sql: string, params: SqlValue[] = []): D1Stmt => (params.length ? db.prepare(sql).bind(...params) : db.prepare(sql));
  return {
    async run(sql, params) {
      const r = await bound(sql, params).run();
      return { changes: r.meta?.changes ?? 0 };
    },
    async all<T>(sql: string, params?: SqlValue[]) {
      return (await bound(sql, params).all<T>()).results ?? [];
    },
    async batch(list) {
      if (list.length) await db.batch(list.map((s) => bound(s.sql, s.params)));
    },
    async close() {},
  };
}
