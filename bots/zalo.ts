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
import { createChat, type Chat } from '../src/chat/chat.js';
import { createConversationStore } from '../src/chat/conversations.js';
import { documentsText, helpText, NOT_TEXT, RATE_LIMITED, targetsText } from './commands.js';
import { answerParagraphs, labels, splitMessage, type Lang } from './format.js';
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
    from: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).passthrough().optional(),
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

/** What a chat's last answer left to act on by text: 👍/👎 and "thêm". */
interface LastAnswer {
  answerId?: string;
  question: string;
  lang: Lang;
  more: number;
}

/** "👍", "👎🏽 sai địa phương", "+1", "-1 …": a vote on the last answer, with an optional comment. */
const VOTE = /^(👍|👎|\+1|-1)[\u{1F3FB}-\u{1F3FF}]?\uFE0F?(?:\s+([\s\S]*))?$/u;
/** "thêm", "xem thêm", "more": the rows the last answer left out. */
const MORE = /^(?:xem\s+)?(?:thêm|them)(?:\s+kết quả|\s+ket qua)?[.!]?$|^more(?:\s+results)?[.!]?$/iu;

/**
 * `chat` carries conversations and the question log (shared with the other front ends);
 * without one, the bot keeps its own conversations in memory and logs nothing.
 */
export function createZaloBot(service: QaService, config: ZaloConfig, chat: Chat = createChat({ service, conversations: createConversationStore() })): ZaloBot {
  const root = (config.apiRoot ?? ZALO_API_ROOT).replace(/\/+$/, '');
  const doFetch = config.fetch ?? fetch;
  const limiter = createChatLimiter(config.perChatLimit ?? 20, config.windowMs ?? 60_000);
  // Updates may be delivered twice (retries): answer each message once.
  const seen = createLru<true>(10_000);
  const last = createLru<LastAnswer>(10_000);

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

  async function ask(key: string, chatId: string, question: string, client: string): Promise<void> {
    await call('sendChatAction', { chat_id: chatId, action: 'typing' }).catch(() => undefined);
    const a = chat.ask({ question, channel: 'zalo', conversation: key, client });
    const lang = service.language(question);
    const l = labels(lang);
    const more = a.abstained ? 0 : (a.more ?? 0);
    last.set(key, { ...(a.answerId ? { answerId: a.answerId } : {}), question: a.resolved ?? a.question, lang, more });
    // No buttons on Zalo: follow-ups, "more" and 👍/👎 are offered as text to type.
    const footer = [...(more > 0 ? [l.moreHint(more)] : []), ...(a.answerId ? [l.rateHint] : [])];
    return reply(chatId, splitMessage(answerParagraphs('plain', lang, a, { listFollowUps: true, footer }), ZALO_MAX));
  }

  async function vote(key: string, chatId: string, sign: string, comment: string | undefined): Promise<void> {
    const prev = last.get(key);
    const l = labels(prev?.lang ?? 'vi');
    if (!prev?.question) return reply(chatId, [l.nothingToRate]); // none yet, or after /moi
    if (!prev.answerId) return reply(chatId, [l.feedbackOff]);
    const r = await chat.vote({ answerId: prev.answerId, vote: sign === '👍' || sign === '+1' ? 'up' : 'down', ...(comment ? { comment: comment.slice(0, 1000) } : {}) });
    return reply(chatId, [r === 'ok' ? l.thanks : r === 'off' ? l.feedbackOff : l.unknownAnswer]);
  }

  async function more(key: string, chatId: string): Promise<void> {
    const prev = last.get(key);
    if (!prev?.question) return reply(chatId, [labels('vi').nothingToRate]);
    if (prev.more <= 0) return reply(chatId, [labels(prev.lang).noMore]);
    // The same reading at the engine's largest page; not a new question, so not logged again.
    const all = service.ask(prev.question, { limit: 10 });
    last.set(key, { ...prev, more: 0 });
    return reply(chatId, splitMessage(answerParagraphs('plain', prev.lang, all), ZALO_MAX));
  }

  async function respond(msg: NonNullable<ZaloUpdate['message']>, raw: string): Promise<void> {
    const chatId = msg.chat.id;
    // One conversation per chat; in a group chat, per chat and member.
    const group = msg.chat.chat_type !== undefined && !/^private$/i.test(msg.chat.chat_type);
    const key = group && msg.from ? `zalo:${chatId}:${msg.from.id}` : `zalo:${chatId}`;
    const client = `zalo:${msg.from?.id ?? chatId}`;
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
      case '/moi':
      case '/new':
        chat.reset(key);
        last.set(key, { question: '', lang: 'vi', more: 0 }); // nothing left to rate or page
        return reply(chatId, [labels(cmd.toLowerCase() === '/new' ? 'en' : 'vi').reset]);
      default: {
        const voted = VOTE.exec(text);
        if (voted) return vote(key, chatId, voted[1] ?? '', voted[2]?.trim());
        if (MORE.test(text)) return more(key, chatId);
        const question = cmd?.toLowerCase() === '/hoi' ? args : text;
        if (!question) return reply(chatId, splitMessage(helpText('plain'), ZALO_MAX));
        return ask(key, chatId, question, client);
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
    await respond(msg, msg.text);
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
