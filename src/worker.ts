/**
 * Cloudflare Workers entry: the same app as src/server.ts, with the built index bundled
 * into the Worker (no filesystem at run time): corpus.json as a JSON module, postings.bin
 * as a Data module (an ArrayBuffer, wrangler's default rule for *.bin). orama.json is not
 * bundled: the engine scores with the stored postings. The engine is built on the first request.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import corpus from '../index/current/corpus.json';
import postingsBin from '../index/current/postings.bin';
import manifest from '../index/current/manifest.json';
import { setupBots } from '../bots/mount.js';
import { createEngine } from './answer/engine.js';
import { createService } from './answer/service.js';
import { createApp } from './api/app.js';
import { readConfig, workerEnv } from './config.js';
import { d1Driver, type D1Like } from './db/d1.js';
import { openQuestionLog, type QuestionLog } from './db/log.js';
import type { Corpus } from './ingest/corpus.js';
import { decodePostings } from './search/postings-file.js';
import { ManifestSchema } from './store-schema.js';

let app: Promise<OpenAPIHono> | undefined;

/** The question log on a D1 binding named DB, when there is one; flushed after each response. */
async function openLog(db: unknown, retentionDays: number, salt: string | undefined): Promise<QuestionLog | undefined> {
  if (!db || typeof (db as D1Like).prepare !== 'function') return undefined;
  try {
    return await openQuestionLog(d1Driver(db as D1Like), { retentionDays, flushMs: 'manual', ...(salt ? { salt } : {}) });
  } catch (e) {
    console.log(`Question log (D1) unavailable, answering without it: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

async function build(env: Record<string, unknown>): Promise<OpenAPIHono> {
  const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const config = readConfig(workerEnv(vars));
  const log = config.QUESTION_LOG === 'on' ? await openLog(env.DB, config.LOG_RETENTION_DAYS, config.LOG_SALT) : undefined;
  const meta = ManifestSchema.parse(manifest);
  const chunkIds = (corpus as Corpus).chunks.map((c) => c.id);
  const engine = createEngine({ corpus: corpus as Corpus, postings: decodePostings(postingsBin, { fingerprint: meta.fingerprint, chunkIds }) });
  const service = createService(engine);
  // Workers cannot long-poll: a bot runs here only with its webhook secret.
  const bots = setupBots(service, { ...config, ...(config.TELEGRAM_WEBHOOK_SECRET ? {} : { TELEGRAM_BOT_TOKEN: undefined }), ...(config.ZALO_WEBHOOK_SECRET ? {} : { ZALO_BOT_TOKEN: undefined }) }, (m) => console.log(m), log ? { log } : {});
  return createApp(
    { engine, service, manifest: meta },
    {
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      corsOrigins: config.CORS_ORIGINS,
      mounts: bots.mounts,
      trustProxy: config.TRUST_PROXY,
      requestLog: (line) => console.log(line),
      logQuestions: config.LOG_QUESTIONS,
      ...(log ? { log } : {}),
      ...(config.ADMIN_TOKEN ? { adminToken: config.ADMIN_TOKEN } : {}),
    },
  );
}

export default {
  async fetch(request: Request, env: Record<string, unknown>, ctx: unknown): Promise<Response> {
    // A failed start (bad configuration) is retried on the next request, as before.
    app ??= build(env ?? {}).catch((e: unknown) => {
      app = undefined;
      throw e;
    });
    return (await app).fetch(request, env, ctx as never);
  },
};
