/**
 * Node entry (npm start): build index/ if missing or stale, serve API + web page on
 * HOST:PORT, and start a chat bot only when its token is set.
 */
import { serve } from '@hono/node-server';
import { createEngine } from './answer/engine.js';
import { createApp } from './api/app.js';
import { readConfig } from './config.js';
import { ensureIndex } from './store.js';

const config = readConfig(process.env);
const data = ensureIndex((m) => console.log(m));
const engine = createEngine(data);
const app = createApp({ engine, manifest: data.manifest }, { rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, corsOrigins: config.CORS_ORIGINS });

for (const [name, token] of [
  ['Telegram', config.TELEGRAM_BOT_TOKEN],
  ['Zalo', config.ZALO_BOT_TOKEN],
] as const) {
  if (!token) console.log(`${name} bot: no token in the environment, not started.`);
}

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Hỏi đáp Nghị quyết 42 listening on http://${config.HOST}:${info.port} (${data.manifest.documents} documents, ${data.manifest.chunks} chunks)`);
});

const stop = (): void => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
