/**
 * Node entry (npm start): build index/ if missing or stale, serve API + web page on
 * HOST:PORT, and start a chat bot only when its token is set.
 */
import { serve } from '@hono/node-server';
import { setupBots } from '../bots/mount.js';
import { createEngine } from './answer/engine.js';
import { createService } from './answer/service.js';
import { createApp } from './api/app.js';
import { readConfig } from './config.js';
import { ensureIndex } from './store.js';

const config = readConfig(process.env);
const data = ensureIndex((m) => console.log(m));
const engine = createEngine(data);
const service = createService(engine);
const bots = setupBots(service, config, (m) => console.log(m));
const app = createApp({ engine, service, manifest: data.manifest }, { rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, corsOrigins: config.CORS_ORIGINS, mounts: bots.mounts });
const stopBots = bots.startPolling();

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Hỏi đáp Nghị quyết 42 listening on http://${config.HOST}:${info.port} (${data.manifest.documents} documents, ${data.manifest.chunks} chunks)`);
});

const stop = (): void => {
  stopBots();
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
