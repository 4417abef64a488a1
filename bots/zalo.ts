/**
 * Zalo Bot Platform bot (the Telegram-like API: getMe, getUpdates, setWebhook,
 * sendMessage, sendChatAction; webhook secret in X-Bot-Api-Secret-Token). Plain-text
 * replies split at 2,000 characters. Built by a factory that takes the Q&A service and
 * its config, so tests point it at a fake API server.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { QaService } from '../src/answer/service.js';
import { createLru } from '../src/answer/lru.js';
import { documentsText, helpText, NOT_TEXT, RATE_LIMITED, targetsText } from './commands.js';
import { answerParagraphs, splitMessage } from './format.js';
import { createChatLimiter } from './limiter.js';
import { secretMatches } from './secret.js';
import { readJson, respondWithin, WEBHOOK_WAIT_MS } from './webhook.js';

export const ZALO_MAX = 2000;
export const ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com';

export interface ZaloConfig {
  token: string;
  apiRoot?: string;
  perChatLimit?: number;
  windowMs?: number;
  maxRetryAttempts?: number;
  /** Each API call gives up after this long (getUpdates: this plus its 30 s long poll). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const MessageSchema = z
  .object({
    message_id: z.union([z.string(), z.number()]).optional(),
    chat: z.object({ id: z.union([z.string(), z.number()]).transform(String), chat_type: z.string().optional() }),
    text: z.string().optional(),
  })
  .passthrough();
const UpdateSchema = z.object({ event_name: z.string().optional(), message: MessageSchema.optional() }).passthrough();
/** Sources disagree on the webhook body: a bare update, or wrapped in { ok, result }. */
const WrappedSchema = z.object({ ok: z.boolean(), result: z.union([UpdateSchema, z.array(UpdateSchema)]) });
export type ZaloUpdate = z.infer<typeof UpdateSchema>;

const ApiResponse = z.object({ ok: z.boolean(), result: z.unknown().optional(), error_code: z.number().optional(), description: z.string().optional(), parameters: z.object({ retry_after: z.number().optional() }).partial().optional() });

export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    description: string,
  ) {
    super(`Zalo ${method} failed (${code}): ${description}`);
  }
}

export interface ZaloBot {
  call(method: string, body?: Record<string, unknown>): Promise<unknown>;
  handleUpdate(update: ZaloUpdate): Promise<void>;
  /** Parse any accepted body shape into updates (throws on a body that is none of them). */
  parse(body: unknown): ZaloUpdate[];
  /** Long polling until the signal aborts. */
  poll(signal: AbortSignal): Promise<void>;
}

export function createZaloBot(service: QaService, config: ZaloConfig): ZaloBot {
  const root = (config.apiRoot ?? ZALO_API_ROOT).replace(/\/+$/, '');
  const doFetch = config.fetch ?? fetch;
  const limiter = createChatLimiter(config.perChatLimit ?? 20, config.windowMs ?? 60_000);
  // Updates may be delivered twice (retries): answer each message once.
  const seen = createLru<true>(10_000);

  async function call(method: string, body: Record<string, unknown> = {}): Promise<unknown> {
    const attempts = config.maxRetryAttempts ?? 3;
    for (let i = 0; ; i++) {
      const timeout = (config.timeoutMs ?? 10_000) + (method === 'getUpdates' ? 35_000 : 0);
      const signal = AbortSignal.timeout(timeout);
      const res = await doFetch(`${root}/bot${config.token}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
      const parsed = ApiResponse.safeParse(await res.json().catch(() => ({ ok: false, error_code: res.status, description: res.statusText })));
      const data = parsed.success ? parsed.data : { ok: false, error_code: res.status, description: 'unreadable response' };
      if (data.ok) return data.result;
      const code = data.error_code ?? res.status;
      if ((code === 429 || code >= 500) && i < attempts) {
        const wait = Math.min(data.parameters?.retry_after ?? 2 ** i, 10);
        await new Promise((r) => setTimeout(r, wait * 1000));
        continue;
      }
      throw new ZaloApiError(method, code, data.description ?? '');
    }
  }

  async function reply(chatId: string, parts: string[]): Promise<void> {
    for (const text of parts) if (text) await call('sendMessage', { chat_id: chatId, text });
  }

  async function respond(chatId: string, raw: string): Promise<void> {
    const text = raw.trim();
    const [cmd, ...rest] = text.split(/\s+/);
    const args = rest.join(' ');
    switch (cmd?.toLowerCase()) {
      case '/start':
      case '/help':
        return reply(chatId, splitMessage(helpText('plain'), ZALO_MAX));
      case '/tailieu':
        return reply(chatId, splitMessage(documentsText('plain', service), ZALO_MAX));
      case '/chitieu':
        return reply(chatId, splitMessage(targetsText('plain', 'vi', service, args), ZALO_MAX));
      default: {
        const question = cmd?.toLowerCase() === '/hoi' ? args : text;
        if (!question) return reply(chatId, splitMessage(helpText('plain'), ZALO_MAX));
        await call('sendChatAction', { chat_id: chatId, action: 'typing' }).catch(() => undefined);
        const a = service.ask(question);
        return reply(chatId, splitMessage(answerParagraphs('plain', service.language(question), a), ZALO_MAX));
      }
    }
  }

  async function handleUpdate(update: ZaloUpdate): Promise<void> {
    const msg = update.message;
    if (!msg) return;
    const id = msg.message_id !== undefined ? `${msg.chat.id}:${msg.message_id}` : undefined;
    if (id) {
      if (seen.get(id)) return;
      seen.set(id, true);
    }
    const verdict = limiter.hit(msg.chat.id);
    if (verdict === 'limited') return reply(msg.chat.id, [RATE_LIMITED]);
    if (verdict === 'silent') return;
    if (update.event_name && update.event_name !== 'message.text.received') return reply(msg.chat.id, [NOT_TEXT]);
    if (typeof msg.text !== 'string' || !msg.text.trim()) return reply(msg.chat.id, [NOT_TEXT]);
    await respond(msg.chat.id, msg.text);
  }

  function parse(body: unknown): ZaloUpdate[] {
    const wrapped = WrappedSchema.safeParse(body);
    if (wrapped.success) return Array.isArray(wrapped.data.result) ? wrapped.data.result : [wrapped.data.result];
    return [UpdateSchema.parse(body)];
  }

  async function poll(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const result = await call('getUpdates', { timeout: '30' });
        const updates = result === undefined || result === null ? [] : parse({ ok: true, result });
        for (const u of updates) await handleUpdate(u).catch((e: unknown) => console.error(`[zalo] ${e instanceof Error ? e.message : String(e)}`));
      } catch (e) {
        if (signal.aborted) break;
        console.error(`[zalo] getUpdates: ${e instanceof Error ? e.message : String(e)}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  return { call, handleUpdate, parse, poll };
}

/** POST /bots/zalo: 401 unless X-Bot-Api-Secret-Token matches, before any work. */
export function zaloRoutes(bot: ZaloBot, secret: string, opts: { waitMs?: number } = {}): Hono {
  const app = new Hono();
  app.post('/bots/zalo', async (c) => {
    if (!secretMatches(c.req.header('x-bot-api-secret-token'), secret)) return c.body(null, 401);
    const body = await readJson(c);
    let updates: ZaloUpdate[];
    try {
      if (!body.ok) throw new Error('not JSON');
      updates = bot.parse(body.value);
    } catch {
      return c.json({ ok: false }, 400);
    }
    // Answer fast: the platform resends slow deliveries (bounded wait, see bots/webhook.ts).
    const work = Promise.all(updates.map((u) => bot.handleUpdate(u))).catch((e: unknown) => console.error(`[zalo] ${e instanceof Error ? e.message : String(e)}`));
    await respondWithin(c, work, opts.waitMs ?? WEBHOOK_WAIT_MS);
    return c.json({ ok: true });
  });
  return app;
}
