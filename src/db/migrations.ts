/**
 * Versioned schema of the question log, applied in order at start; each version once,
 * recorded in schema_migrations. Add a new version at the end; never edit an applied one.
 */
import { statements, type SqlDriver } from './sql.js';

// Inserts only append (time-ordered ids and timestamps): no index on the question text, whose
// random keys would make every batch rewrite pages all over the file. The admin's grouping of
// unanswered questions scans instead (rare, and bounded by the retention).
export const MIGRATIONS: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'questions, feedback, settings',
    sql: `
CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  asked_at TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('api', 'web', 'telegram', 'zalo')),
  question TEXT NOT NULL,
  resolved TEXT,
  normalized TEXT NOT NULL,
  answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
  intent TEXT NOT NULL,
  sources TEXT NOT NULL,
  conversation_hash TEXT,
  client_hash TEXT
);
CREATE INDEX questions_asked_at ON questions (asked_at);
CREATE TABLE feedback (
  answer_id TEXT PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  comment TEXT
);
CREATE INDEX feedback_at ON feedback (at);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`,
  },
];

/** Apply the versions not yet applied; returns the versions it applied. */
export async function migrate(db: SqlDriver, now: () => Date = () => new Date()): Promise<number[]> {
  await db.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await db.batch([
      ...statements(m.sql).map((sql) => ({ sql })),
      { sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', params: [m.version, m.name, now().toISOString()] },
    ]);
    applied.push(m.version);
  }
  return applied;
}
