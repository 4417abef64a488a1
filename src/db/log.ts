/**
 * The question log and feedback store. Writes never wait on the database: `record` queues
 * the entry in memory and returns its id at once; the queue is written in one transaction
 * per batch, on a timer (Node) or when the caller flushes it after the response (Worker's
 * waitUntil). Identifiers (chat, client, conversation) are kept only as salted hashes, and
 * hashed at flush time, off the request path. No other personal data is stored.
 */
import { fold, squash } from '../text.js';
import type { Intent } from '../types.js';
import { migrate } from './migrations.js';
import type { SqlDriver, SqlValue } from './sql.js';

export const CHANNELS = ['api', 'web', 'telegram', 'zalo'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Vote = 'up' | 'down';

export interface QuestionEntry {
  channel: Channel;
  /** As the user typed it. */
  question: string;
  /** The full question answered, when a follow-up was rewritten. */
  resolved?: string;
  answered: boolean;
  intent: Intent;
  /** Cited passages: "source:from-to", or the answer's citations as they are (formatted at
   * write time, so recording allocates nothing per citation on the request path). */
  sources: ReadonlyArray<string | { source: string; lines: readonly [number, number] }>;
  /** Conversation key and chat or client id: stored only as salted hashes. */
  conversation?: string;
  client?: string;
}

export interface QuestionRow {
  id: string;
  askedAt: string;
  channel: Channel;
  question: string;
  resolved: string | null;
  answered: boolean;
  intent: string;
  sources: string[];
  conversation: string | null;
  client: string | null;
  vote: Vote | null;
}

export interface FeedbackRow {
  answerId: string;
  at: string;
  vote: Vote;
  comment: string | null;
  question: string;
  resolved: string | null;
  channel: Channel;
  answered: boolean;
  askedAt: string;
}

export interface UnansweredRow {
  /** The most recent wording of the group. */
  question: string;
  normalized: string;
  count: number;
  lastAsked: string;
}

export interface LogFilter {
  from?: string;
  to?: string;
  channel?: Channel;
  limit?: number;
  offset?: number;
}

export interface QuestionLog {
  /** Queue a question; returns its id (the answerId) immediately. */
  record(entry: QuestionEntry): string;
  /** Write what is queued (one transaction). Safe to call at any time. */
  flush(): Promise<void>;
  /** Store a vote (the latest vote on an answer wins); unknown answer ids are refused. */
  feedback(input: { answerId: string; vote: Vote; comment?: string }): Promise<'ok' | 'unknown_answer'>;
  questions(filter?: LogFilter & { abstained?: boolean }): Promise<QuestionRow[]>;
  feedbackList(filter?: LogFilter & { vote?: Vote }): Promise<FeedbackRow[]>;
  /** The most frequent unanswered questions, grouped by their folded form. */
  unanswered(filter?: LogFilter): Promise<UnansweredRow[]>;
  /** Delete what is older than the retention; returns the number of questions deleted. */
  purge(): Promise<number>;
  /** Flush, stop timers, close the database. */
  close(): Promise<void>;
  readonly pending: number;
  /** True when nothing flushes by itself (Workers): the caller flushes after responding. */
  readonly manual: boolean;
}

export interface LogOptions {
  /** Days to keep questions and feedback; 0 keeps them forever. */
  retentionDays: number;
  /** Salt for identifier hashes; by default one generated once and stored in the database. */
  salt?: string;
  /** Node: flush on a timer this many ms after the first queued entry; Worker: 'manual'. */
  flushMs?: number | 'manual';
  /** Flush at once when this many entries are queued. */
  batchSize?: number;
  /** Entries kept in memory at most if the database keeps failing (oldest dropped). */
  maxQueue?: number;
  now?: () => Date;
  warn?: (msg: string) => void;
}

const DAY = 86_400_000;
const sourceKey = (s: QuestionEntry['sources'][number]): string => (typeof s === 'string' ? s : `${s.source}:${s.lines[0]}-${s.lines[1]}`);
const INSERT_QUESTION =
  'INSERT OR IGNORE INTO questions (id, asked_at, channel, question, resolved, normalized, answered, intent, sources, conversation_hash, client_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Folded, punctuation-free, squashed: "Còn Tây Ninh thì sao?" and "con tay ninh thi sao" group. */
export function normalizeQuestion(q: string): string {
  return squash(fold(q).replace(/[^\p{L}\p{N}]+/gu, ' ')).slice(0, 500);
}

/** An unguessable id, cheap enough for every answer (native UUID, in Node and Workers alike). */
function randomId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 22);
}

/** Random bytes drawn in blocks: one system call per 455 answer ids, not one per answer. */
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const pool = new Uint8Array(4096);
let poolAt = pool.length;

/** Answer ids: time first (rows append to the index in order), then 72 random bits. */
function answerId(at: number): string {
  if (poolAt + 12 > pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  let id = at.toString(36);
  for (let i = 0; i < 12; i++) id += ID_CHARS[pool[poolAt++]! & 63];
  return id;
}

/** Bounded memo: the same questions come again and again (and normalising is regex work). */
function memo(f: (s: string) => string, max = 5000): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= max) seen.clear();
      v = f(s);
      seen.set(s, v);
    }
    return v;
  };
}

async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
}

/** Inclusive date range on ISO timestamps; a bare date as `to` means its whole day. */
function range(f: LogFilter, column: string): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.from) {
    where.push(`${column} >= ?`);
    params.push(f.from);
  }
  if (f.to) {
    where.push(`${column} <= ?`);
    params.push(/^\d{4}-\d{2}-\d{2}$/.test(f.to) ? `${f.to}T23:59:59.999Z` : f.to);
  }
  return { where, params };
}

const clause = (where: string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');

interface RawQuestion {
  id: string;
  asked_at: string;
  channel: Channel;
  question: string;
  resolved: string | null;
  answered: number;
  intent: string;
  sources: string;
  conversation_hash: string | null;
  client_hash: string | null;
  vote: Vote | null;
}

export async function openQuestionLog(db: SqlDriver, opts: LogOptions): Promise<QuestionLog> {
  const now = opts.now ?? (() => new Date());
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  await migrate(db, now);
  let salt = opts.salt;
  if (!salt) {
    const row = (await db.all<{ value: string }>("SELECT value FROM settings WHERE key = 'salt'"))[0];
    salt = row?.value;
    if (!salt) {
      salt = randomId() + randomId();
      await db.run("INSERT OR IGNORE INTO settings (key, value) VALUES ('salt', ?)", [salt]);
      salt = (await db.all<{ value: string }>("SELECT value FROM settings WHERE key = 'salt'"))[0]?.value ?? salt;
    }
  }
  // The same chat or client asks again and again: remember its hash (bounded).
  const hashes = new Map<string, string>();
  const hashAll = async (ids: Array<string | undefined>): Promise<void> => {
    if (hashes.size > 10_000) hashes.clear();
    const missing = [...new Set(ids.filter((id): id is string => !!id && !hashes.has(id)))];
    if (!missing.length) return;
    const done = await Promise.all(missing.map((id) => sha256(`${salt}\u0000${id}`)));
    missing.forEach((id, i) => hashes.set(id, done[i]!));
  };
  const hash = (id: string | undefined): string | null => (id ? (hashes.get(id) ?? null) : null);
  const normalize = memo(normalizeQuestion);

  // Large batches: one commit (and its wait on the disk) per thousand questions under load.
  const batchSize = opts.batchSize ?? 1000;
  const maxQueue = opts.maxQueue ?? 10_000;
  let queue: Array<{ id: string; at: number; e: QuestionEntry }> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let lastPurge = 0;
  let closed = false;

  async function write(): Promise<void> {
    const items = queue;
    queue = [];
    if (!items.length) return;
    try {
      await hashAll(items.flatMap(({ e }) => [e.conversation, e.client]));
      const rows = items.map(({ id, at, e }) => ({
        sql: INSERT_QUESTION,
        params: [id, new Date(at).toISOString(), e.channel, e.question, e.resolved ?? null, normalize(e.resolved ?? e.question), e.answered ? 1 : 0, e.intent, JSON.stringify(e.sources.map(sourceKey)), hash(e.conversation), hash(e.client)] as SqlValue[],
      }));
      await db.batch(rows);
    } catch (err) {
      // Keep the entries for the next flush, within the bound.
      queue = [...items, ...queue].slice(-maxQueue);
      warn(`[log] writing ${items.length} questions failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** A flush queued behind the running one, not started yet: later calls join it. */
  let next: Promise<void> | undefined;
  /** Writes are serialised: a flush waits for the one before it. */
  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (next) return next;
    const run = writing.then(async () => {
      next = undefined;
      await write();
      if (opts.flushMs === 'manual' && now().getTime() - lastPurge > DAY) await purge();
    });
    next = run;
    writing = run;
    return run;
  }

  async function purge(): Promise<number> {
    lastPurge = now().getTime();
    if (!opts.retentionDays) return 0;
    const cutoff = new Date(now().getTime() - opts.retentionDays * DAY).toISOString();
    await db.run('DELETE FROM feedback WHERE answer_id IN (SELECT id FROM questions WHERE asked_at < ?)', [cutoff]);
    return (await db.run('DELETE FROM questions WHERE asked_at < ?', [cutoff])).changes;
  }

  await purge();
  const daily = opts.flushMs === 'manual' ? undefined : setInterval(() => void purge().catch((e: unknown) => warn(`[log] purge failed: ${String(e)}`)), DAY);
  daily?.unref?.();

  return {
    get pending() {
      return queue.length;
    },
    manual: opts.flushMs === 'manual',
    record(e) {
      const at = now().getTime();
      const id = answerId(at);
      if (closed) return id;
      queue.push({ id, at, e });
      if (queue.length > maxQueue) queue.shift();
      if (opts.flushMs !== 'manual') {
        if (queue.length >= batchSize) void flush();
        else if (!timer) {
          timer = setTimeout(() => void flush(), opts.flushMs ?? 500);
          timer.unref?.();
        }
      }
      return id;
    },
    flush,
    async feedback({ answerId, vote, comment }) {
      // The answer may still be queued: write it first.
      if (queue.some((q) => q.id === answerId)) await flush();
      else await writing;
      const known = await db.all<{ id: string }>('SELECT id FROM questions WHERE id = ?', [answerId]);
      if (!known.length) return 'unknown_answer';
      await db.run(
        'INSERT INTO feedback (answer_id, at, vote, comment) VALUES (?, ?, ?, ?) ON CONFLICT (answer_id) DO UPDATE SET at = excluded.at, vote = excluded.vote, comment = COALESCE(excluded.comment, feedback.comment)',
        [answerId, now().toISOString(), vote, comment ?? null],
      );
      return 'ok';
    },
    async questions(f = {}) {
      await flush();
      const { where, params } = range(f, 'q.asked_at');
      if (f.channel) {
        where.push('q.channel = ?');
        params.push(f.channel);
      }
      if (f.abstained !== undefined) {
        where.push('q.answered = ?');
        params.push(f.abstained ? 0 : 1);
      }
      const rows = await db.all<RawQuestion>(
        `SELECT q.*, f.vote AS vote FROM questions q LEFT JOIN feedback f ON f.answer_id = q.id ${clause(where)} ORDER BY q.asked_at DESC, q.rowid DESC LIMIT ? OFFSET ?`,
        [...params, f.limit ?? 100, f.offset ?? 0],
      );
      return rows.map((r) => ({
        id: r.id,
        askedAt: r.asked_at,
        channel: r.channel,
        question: r.question,
        resolved: r.resolved,
        answered: Boolean(r.answered),
        intent: r.intent,
        sources: JSON.parse(r.sources) as string[],
        conversation: r.conversation_hash,
        client: r.client_hash,
        vote: r.vote,
      }));
    },
    async feedbackList(f = {}) {
      await flush();
      const { where, params } = range(f, 'f.at');
      if (f.channel) {
        where.push('q.channel = ?');
        params.push(f.channel);
      }
      if (f.vote) {
        where.push('f.vote = ?');
        params.push(f.vote);
      }
      const rows = await db.all<{ answer_id: string; at: string; vote: Vote; comment: string | null; question: string; resolved: string | null; channel: Channel; answered: number; asked_at: string }>(
        `SELECT f.answer_id, f.at, f.vote, f.comment, q.question, q.resolved, q.channel, q.answered, q.asked_at FROM feedback f JOIN questions q ON q.id = f.answer_id ${clause(where)} ORDER BY f.at DESC LIMIT ? OFFSET ?`,
        [...params, f.limit ?? 100, f.offset ?? 0],
      );
      return rows.map((r) => ({ answerId: r.answer_id, at: r.at, vote: r.vote, comment: r.comment, question: r.question, resolved: r.resolved, channel: r.channel, answered: Boolean(r.answered), askedAt: r.asked_at }));
    },
    async unanswered(f = {}) {
      await flush();
      const { where, params } = range(f, 'asked_at');
      where.push('answered = 0');
      if (f.channel) {
        where.push('channel = ?');
        params.push(f.channel);
      }
      const rows = await db.all<{ normalized: string; n: number; last: string; question: string }>(
        `SELECT normalized, COUNT(*) AS n, MAX(asked_at) AS last,
           (SELECT COALESCE(q2.resolved, q2.question) FROM questions q2 WHERE q2.normalized = q.normalized AND q2.answered = 0 ORDER BY q2.asked_at DESC LIMIT 1) AS question
         FROM questions q ${clause(where)} GROUP BY normalized ORDER BY n DESC, last DESC LIMIT ? OFFSET ?`,
        [...params, f.limit ?? 50, f.offset ?? 0],
      );
      return rows.map((r) => ({ question: r.question, normalized: r.normalized, count: Number(r.n), lastAsked: r.last }));
    },
    purge,
    async close() {
      if (closed) return;
      await flush();
      closed = true;
      if (daily) clearInterval(daily);
      await db.close();
    },
  };
}
