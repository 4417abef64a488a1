/**
 * Node entry (npm start): build index/ if missing or stale, serve API + web page on
 * HOST:PORT, and start a chat bot only when its token is set.
 */
import { serve } from '@hono/node-server';
import { drainWebhooks } from '../bots/webhook.js';
import { nodeDocsAssets } from './api/docs-node.js';
import { setupBots } from '../bots/mount.js';
import { createApp } from './api/app.js';
import { bufferedLines } from './api/requestlog.js';
import { configOrExit } from './config.js';
import { watchIndex, reloadIfChanged } from './index-watch.js';
import { createJobQueue } from './ingest/jobs.js';
import { createLiveIndex, liveService, servingOf } from './live.js';
import { currentBuildId, ensureIndex, INDEX_DIR as DEFAULT_INDEX_DIR, SEEDS_DIR as DEFAULT_SEEDS_DIR } from './store.js';
import { join } from 'node:path';
import { openQuestionLog } from './db/log.js';
import { openSqliteFile } from './db/sqlite-file.js';
import { createConversationStore } from './chat/conversations.js';

const config = configOrExit(process.env);
const logLine = (m: string): void => console.log(m);
const requestLines = bufferedLines((text) => process.stdout.write(text));
const SEEDS_DIR = config.SEEDS_DIR ?? DEFAULT_SEEDS_DIR;
const INDEX_DIR = config.INDEX_DIR ?? DEFAULT_INDEX_DIR;
// The one engine everyone answers from; the parsed index files are released once loaded.
const live = createLiveIndex(servingOf(ensureIndex(logLine, INDEX_DIR, SEEDS_DIR), currentBuildId(INDEX_DIR)));
const { manifest } = live.current();
const jobs = config.ADMIN_TOKEN ? createJobQueue({ seedsDir: SEEDS_DIR, indexDir: INDEX_DIR, onIndexed: () => reloadIfChanged(live, INDEX_DIR, logLine), log: logLine, extractBudget: { timeMs: config.EXTRACT_TIME_BUDGET_MS, memoryMb: config.EXTRACT_MEMORY_MB } }) : undefined;
const admin = config.ADMIN_TOKEN && jobs ? { token: config.ADMIN_TOKEN, jobs } : undefined;
if (!admin) console.log('Uploads (POST /api/documents): off; set ADMIN_TOKEN to turn them on.');
const dbPath = config.DB_PATH ?? join(config.DATA_DIR, 'app.sqlite');
/** The question log, or none (said once) when it is off or its file cannot be opened: answers go on. */
async function openLog() {
  if (config.QUESTION_LOG === 'off') return undefined;
  const db = openSqliteFile(dbPath);
  try {
    return await openQuestionLog(db, { retentionDays: config.LOG_RETENTION_DAYS, ...(config.LOG_SALT ? { salt: config.LOG_SALT } : {}) });
  } catch (e) {
    await db.close();
    console.error(`Question log: cannot open ${dbPath} (${e instanceof Error ? e.message : String(e)}); answering without it.`);
    return undefined;
  }
}
const log = await openLog();
// One store of turns for the API and the bots; bots read the live index at every message, like the API.
const conversations = createConversationStore();
const bots = setupBots(liveService(live), config, logLine, { conversations, ...(log ? { log } : {}) });
if (log) console.log(`Question log: ${dbPath} (kept ${config.LOG_RETENTION_DAYS || '∞'} days).`);
else if (config.QUESTION_LOG === 'off') console.log('Question log: off (QUESTION_LOG=off).');
const app = createApp(
  { live, ...(admin ? { admin } : {}) },
  {
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    corsOrigins: config.CORS_ORIGINS,
    mounts: bots.mounts,
    trustProxy: config.TRUST_PROXY,
    docsAssets: nodeDocsAssets(),
    requestLog: requestLines.log,
    logQuestions: config.LOG_QUESTIONS,
    conversations,
    ...(log ? { log } : {}),
    ...(config.ADMIN_TOKEN ? { adminToken: config.ADMIN_TOKEN } : {}),
  },
);
// `npm run add` / `npm run index` in another process: served without a restart.
const stopWatch = watchIndex(live, INDEX_DIR, logLine, config.INDEX_POLL_MS);
const stopBots = bots.startPolling();

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Hỏi đáp Nghị quyết 42 listening on http://${config.HOST}:${info.port} (${manifest.documents} documents, ${manifest.chunks} chunks)`);
});

/** Graceful: stop polling and listening, let requests in flight (and bot replies) finish, then exit. */
let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping; finishing requests in flight.`);
  stopBots();
  stopWatch();
  requestLines.flush();
  setTimeout(() => {
    console.error('Shutdown: requests still running after 10 s; exiting anyway.');
    process.exit(1);
  }, 10_000).unref();
  server.close(() => {
    // Write what the question log still holds before leaving.
    void drainWebhooks(5_000)
      .then(() => log?.close())
      .finally(() => {
        requestLines.flush();
        console.log('Stopped.');
        process.exit(0);
      });
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
