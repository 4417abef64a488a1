/**
 * The little SQL the question log needs, over two SQLite engines: node-sqlite3-wasm on Node
 * (a real file, no native build) and Cloudflare D1 in a Worker. Async because D1 is.
 */
export type SqlValue = string | number | null;

export interface SqlDriver {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /** All statements in one transaction: all or none. */
  batch(statements: Array<{ sql: string; params?: SqlValue[] }>): Promise<void>;
  close(): Promise<void>;
}

/** The statements of a migration script, one per `;` at a line end. */
export function statements(script: string): string[] {
  return script
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
