/**
 * Node entry (npm start): build index/ if missing or stale, serve API + web page on
 * HOST:PORT, and start a chat bot only when its token is set.
 */
import { serve } from '@hono/node-server';
import { drainWebhooks } from '../bots/webhook.js';
import { nodeDocsAssets } from './api/docs-node.js';
import { setupBots } from '../bots/mount.js';
import { createEngine, type Engine } from './answer/engine.js';
import { createService } from './answer/service.js';
import { createApp } from './api/app.js';
import { configOrExit } from './config.js';
import { ensureIndex, INDEX_DIR, SEEDS_DIR, type Manifest } from './store.js';
import { addDocuments, type NewFile } from './ingest/add.js';
import { join } from 'node:path';
import { openQuestionLog } from './db/log.js';
import { openSqliteFile } from './db/sqlite-file.js';
import { createConversationStore } from './chat/conversations.js';

const config = configOrExit(process.env);
/** The engine and the manifest only: the parsed index files are released once loaded. */
function load(): { engine: Engine; manifest: Manifest } {
  const data = ensureIndex((m) => console.log(m));
  return { engine: createEngine(data), manifest: data.manifest };
}
const { engine, manifest } = load();
const service = createService(engine);
const admin = config.ADMIN_TOKEN ? { token: config.ADMIN_TOKEN, add: (files: NewFile[]) => addDocuments(files, { seedsDir: SEEDS_DIR, indexDir: INDEX_DIR }) } : undefined;
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
// One store of turns for the API and the bots (a bot builds its chat with createChat({ service, conversations, log })).
const conversations = createConversationStore();
const bots = setupBots(service, config, (m) => console.log(m), { conversations, ...(log ? { log } : {}) });
if (log) console.log(`Question log: ${dbPath} (kept ${config.LOG_RETENTION_DAYS || '∞'} days).`);
else if (config.QUESTION_LOG === 'off') console.log('Question log: off (QUESTION_LOG=off).');
const app = createApp(
  { engine, service, manifest, ...(admin ? { admin } : {}) },
  {
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    corsOrigins: config.CORS_ORIGINS,
    mounts: bots.mounts,
    trustProxy: config.TRUST_PROXY,
    docsAssets: nodeDocsAssets(),
    requestLog: (line) => console.log(line),
    logQuestions: config.LOG_QUESTIONS,
    conversations,
    ...(log ? { log } : {}),
    ...(config.ADMIN_TOKEN ? { adminToken: config.ADMIN_TOKEN } : {}),
  },
);
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
  setTimeout(() => {
    console.error('Shutdown: requests still running after 10 s; exiting anyway.');
    process.exit(1);
  }, 10_000).unref();
  server.close(() => {
    // Write what the question log still holds before leaving.
    void drainWebhooks(5_000)
      .then(() => log?.close())
      .finally(() => {
        console.log('Stopped.');
        process.exit(0);
      });
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
