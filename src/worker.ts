/**
 * Cloudflare Workers entry: the same app as src/server.ts, with the built index bundled
 * into the Worker (no filesystem at run time): corpus.json as a JSON module, postings.bin
 * as a Data module (an ArrayBuffer, wrangler's default rule for *.bin). orama.json is not
 * bundled: the engine scores with the stored postings. The engine is built on the first request.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import corpus from '../index/corpus.json';
import postingsBin from '../index/postings.bin';
import manifest from '../index/manifest.json';
import { setupBots } from '../bots/mount.js';
import { createEngine } from './answer/engine.js';
import { createService } from './answer/service.js';
import { createApp } from './api/app.js';
import { readConfig } from './config.js';
import type { Corpus } from './ingest/corpus.js';
import { decodePostings } from './search/postings-file.js';
import { ManifestSchema } from './store-schema.js';

let app: OpenAPIHono | undefined;

function build(env: Record<string, string | undefined>): OpenAPIHono {
  const config = readConfig(env);
  const meta = ManifestSchema.parse(manifest);
  const chunks = (corpus as Corpus).chunks;
  const postings = decodePostings(postingsBin, { fingerprint: meta.fingerprint, chunkIds: chunks.map((c) => c.id) });
  const engine = createEngine({ corpus: corpus as Corpus, postings });
  const service = createService(engine);
  // Workers cannot long-poll: a bot runs here only with its webhook secret.
  const bots = setupBots(service, { ...config, ...(config.TELEGRAM_WEBHOOK_SECRET ? {} : { TELEGRAM_BOT_TOKEN: undefined }), ...(config.ZALO_WEBHOOK_SECRET ? {} : { ZALO_BOT_TOKEN: undefined }) }, (m) => console.log(m));
  return createApp({ engine, service, manifest: meta }, { rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, corsOrigins: config.CORS_ORIGINS, mounts: bots.mounts });
}

export default {
  fetch(request: Request, env: Record<string, string | undefined>, ctx: unknown): Response | Promise<Response> {
    app ??= build(env ?? {});
    return app.fetch(request, env, ctx as never);
  },
};
