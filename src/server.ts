/**
 * Node entry (npm start): build index/ if missing or stale, serve API + web page on
 * HOST:PORT, and start a chat bot only when its token is set.
 */
import { serve } from '@hono/node-server';
import { setupBots } from '../bots/mount.js';
import { createApp } from './api/app.js';
import { configOrExit } from './config.js';
import { watchIndex, reloadIfChanged } from './index-watch.js';
import { createJobQueue } from './ingest/jobs.js';
import { createLiveIndex, liveService, servingOf } from './live.js';
import { currentBuildId, ensureIndex, INDEX_DIR as DEFAULT_INDEX_DIR, SEEDS_DIR as DEFAULT_SEEDS_DIR } from './store.js';

const config = configOrExit(process.env);
const log = (m: string): void => console.log(m);
const SEEDS_DIR = config.SEEDS_DIR ?? DEFAULT_SEEDS_DIR;
const INDEX_DIR = config.INDEX_DIR ?? DEFAULT_INDEX_DIR;
// The one engine everyone answers from; the parsed index files are released once loaded.
const live = createLiveIndex(servingOf(ensureIndex(log, INDEX_DIR, SEEDS_DIR), currentBuildId(INDEX_DIR)));
const { manifest } = live.current();
// Bots read the live index at every message, like the API: an upload is seen by all.
const bots = setupBots(liveService(live), config, log);
const jobs = config.ADMIN_TOKEN ? createJobQueue({ seedsDir: SEEDS_DIR, indexDir: INDEX_DIR, onIndexed: () => reloadIfChanged(live, INDEX_DIR, log), log, extractBudget: { timeMs: config.EXTRACT_TIME_BUDGET_MS, memoryMb: config.EXTRACT_MEMORY_MB } }) : undefined;
const admin = config.ADMIN_TOKEN && jobs ? { token: config.ADMIN_TOKEN, jobs } : undefined;
if (!admin) console.log('Uploads (POST /api/documents): off; set ADMIN_TOKEN to turn them on.');
const app = createApp({ live, ...(admin ? { admin } : {}) }, { rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, corsOrigins: config.CORS_ORIGINS, mounts: bots.mounts });
// `npm run add` / `npm run index` in another process: served without a restart.
const stopWatch = watchIndex(live, INDEX_DIR, log, config.INDEX_POLL_MS);
const stopBots = bots.startPolling();

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Hỏi đáp Nghị quyết 42 listening on http://${config.HOST}:${info.port} (${manifest.documents} documents, ${manifest.chunks} chunks)`);
});

const stop = (): void => {
  stopBots();
  stopWatch();
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
