/** Runtime configuration from the environment, validated with zod. */
import { z } from 'zod';
import { TRUST_PROXY_MODES } from './api/ratelimit.js';

const Port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z.object({
  PORT: Port.default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Requests per minute per client address on /api; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /**
   * Which proxy header names the client for the rate limit: none (the socket's address;
   * the Node default), cloudflare (CF-Connecting-IP; the Workers default) or
   * x-forwarded-for (its last entry, added by your reverse proxy).
   */
  TRUST_PROXY: z.enum(TRUST_PROXY_MODES).default('none'),
  /** 1: request log lines include the question (query string, /api/ask body). Off by default. */
  LOG_QUESTIONS: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  /** Comma-separated origins allowed by CORS, or "*". Empty: same origin only. */
  CORS_ORIGINS: z.string().default(''),
  /** Turns on POST /api/documents for requests bearing it (16+ characters). */
  ADMIN_TOKEN: z.string().min(16).optional(),
  /** Where the question log lives: DB_PATH, else DATA_DIR/app.sqlite (relative to the working directory). */
  DATA_DIR: z.string().min(1).default('data'),
  DB_PATH: z.string().min(1).optional(),
  /** "off": no question log, no feedback (answers carry no answerId). */
  QUESTION_LOG: z.enum(['on', 'off']).default('on'),
  /** Days questions and feedback are kept; 0 keeps them forever. */
  LOG_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(180),
  /** Salt of the identifier hashes; by default one is generated once and kept in the database. */
  LOG_SALT: z.string().min(16).optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().optional(),
  TELEGRAM_API_ROOT: z.string().url().optional(),
  ZALO_BOT_TOKEN: z.string().optional(),
  ZALO_WEBHOOK_SECRET: z.string().optional(),
  ZALO_API_ROOT: z.string().url().optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: Record<string, string | undefined>): Config {
  const picked: Record<string, string> = {};
  for (const k of Object.keys(ConfigSchema.shape)) {
    const v = env[k];
    if (v !== undefined && v !== '') picked[k] = v;
  }
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    const what = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Cấu hình không hợp lệ (biến môi trường) — ${what}`);
  }
  return parsed.data;
}

/** A bad environment variable: said in one line, no stack trace. */
export class ConfigError extends Error {}

/** For entry points: the configuration, or a one-line message and exit code 2. */
export function configOrExit(env: Record<string, string | undefined>): Config {
  try {
    return readConfig(env);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}

/** The Worker's settings: behind Cloudflare, CF-Connecting-IP is set by the edge, so it is trusted unless TRUST_PROXY says otherwise. */
export function workerEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return { ...env, TRUST_PROXY: env.TRUST_PROXY || 'cloudflare' };
}
