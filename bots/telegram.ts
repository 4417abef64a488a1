/**
 * Telegram bot (grammY): built by a factory that takes the Q&A service and its config, so
 * tests point it at a fake Bot API server. Handlers are grouped in Composers; long polling
 * for development (bots/run-telegram.ts), a webhook route for servers and Workers.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, Composer, InlineKeyboard, type Context } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { Hono } from 'hono';
import { z } from 'zod';
import type { QaService } from '../src/answer/service.js';
import { createChat, type Chat, type ChatReply } from '../src/chat/chat.js';
import { createConversationStore } from '../src/chat/conversations.js';
import { hash32 } from '../src/text.js';
import type { Answer } from '../src/types.js';
import { COMMANDS, documentsText, helpText, NOT_TEXT, RATE_LIMITED, targetsText } from './commands.js';
import { answerParagraphs, escapeHtml, labels, lineLabel, splitMessage, type Lang } from './format.js';
import { createChatLimiter } from './limiter.js';
import { secretMatches } from './secret.js';
import { createLru } from '../src/answer/lru.js';
import { readJson, respondWithin, WEBHOOK_WAIT_MS } from './webhook.js';

export const TELEGRAM_MAX = 4096;

export interface TelegramConfig {
  token: string;
  /** Another Bot API server (tests, self-hosted); no trailing slash. */
  apiRoot?: string;
  /** Skips getMe: rejected webhook requests then cost nothing. */
  botInfo?: UserFromGetMe;
  perChatLimit?: number;
  windowMs?: number;
  maxRetryAttempts?: number;
  maxDelaySeconds?: number;
  /** Each Bot API call gives up after this long (grammY's default is 500 s). */
  timeoutSeconds?: number;
}

interface Shared {
  service: QaService;
  chat: Chat;
  limiter: ReturnType<typeof createChatLimiter>;
  /** Short hash of a source name → source (callback data must stay within 64 bytes). */
  sources: Map<string, string>;
  /** Questions behind "more results", suggestion and choice buttons, by short hash. */
  asked: ReturnType<typeof createLru<{ question: string; lang: Lang; conversation?: string }>>;
  /** Language of each answer offered for 👍/👎, to thank in it. */
  answers: ReturnType<typeof createLru<Lang>>;
}

const send = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

async function sendParts(ctx: Context, parts: string[], keyboard?: InlineKeyboard): Promise<void> {
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    await ctx.reply(parts[i] ?? '', { ...send, ...(last && keyboard ? { reply_markup: keyboard } : {}) });
  }
}

/** Keep a question for a button; its callback data holds only the 8-hex hash. */
function remember(shared: Shared, question: string, lang: Lang, conversation?: string): string {
  const key = hash32(`${conversation ?? ''}\u0001${question}`);
  shared.asked.set(key, { question, lang, ...(conversation ? { conversation } : {}) });
  return key;
}

/** Button labels fit on a phone: long suggestions are cut (the full text is asked). */
const short = (s: string, n = 48): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Under an answer: its sources, "more results" only when the engine left rows out, the
 * clarifying choices and suggested follow-ups, and a 👍/👎 pair when answers are logged.
 * Every label is in the question's language; every callback_data stays within 64 bytes.
 */
function keyboardFor(shared: Shared, a: Answer & Partial<ChatReply>, lang: Lang, conversation?: string): InlineKeyboard | undefined {
  const l = labels(lang);
  const kb = new InlineKeyboard();
  let rows = 0;
  const row = () => {
    if (rows++ > 0) kb.row();
  };
  if (a.citations.length) {
    row();
    a.citations.forEach((c, i) => {
      shared.sources.set(hash32(c.source), c.source);
      kb.text(`📄 ${i + 1}`, `c:${hash32(c.source)}:${c.lines[0]}:${c.lines[1]}`);
    });
  }
  if (!a.abstained && (a.more ?? 0) > 0) {
    row();
    kb.text(l.more(a.more ?? 0), `m:${remember(shared, a.resolved ?? a.question, lang)}`);
  }
  for (const c of a.choices ?? []) {
    row();
    kb.text(short(c.label), `q:${remember(shared, c.question, lang, conversation)}`);
  }
  for (const s of (a.suggestions ?? []).slice(0, 3)) {
    row();
    kb.text(`💬 ${short(s)}`, `q:${remember(shared, s, lang, conversation)}`);
  }
  if (a.answerId) {
    shared.answers.set(a.answerId, lang);
    row();
    kb.text(l.up, `fb:+:${a.answerId}`).text(l.down, `fb:-:${a.answerId}`);
  }
  return rows ? kb : undefined;
}

/** Per-chat limit, checked only for messages the bot is going to answer. */
async function allowed(shared: Shared, ctx: Context): Promise<boolean> {
  const verdict = shared.limiter.hit(String(ctx.chat?.id ?? ctx.from?.id ?? 'unknown'));
  if (verdict === 'limited') await ctx.reply(RATE_LIMITED).catch(() => undefined);
  return verdict === 'ok';
}

/** One conversation per chat and user: in a group, each member has their own thread. */
function conversationKey(ctx: Context): string {
  return `tg:${ctx.chat?.id ?? 'none'}:${ctx.from?.id ?? 'anon'}`;
}

/** `conversation`: the thread a button belongs to (a follow-up tapped by another group member continues it). */
async function answerQuestion(shared: Shared, ctx: Context, question: string, conversation = conversationKey(ctx)): Promise<void> {
  if (!(await allowed(shared, ctx))) return;
  await ctx.replyWithChatAction('typing').catch(() => undefined);
  const a = shared.chat.ask({ question, channel: 'telegram', conversation, client: `tg:${ctx.from?.id ?? ctx.chat?.id ?? ''}` });
  const lang: Lang = shared.service.language(question);
  await sendParts(ctx, splitMessage(answerParagraphs('html', lang, a), TELEGRAM_MAX), keyboardFor(shared, a, lang, conversation));
}

function commands(shared: Shared): Composer<Context> {
  const c = new Composer<Context>();
  const reply = (build: (ctx: Context & { match: string }) => string[]) => async (ctx: Context & { match: string }) => {
    if (await allowed(shared, ctx)) await sendParts(ctx, splitMessage(build(ctx), TELEGRAM_MAX));
  };
  c.command(['start', 'help'], reply(() => helpText('html')));
  c.command('tailieu', reply(() => documentsText('html', shared.service)));
  c.command('chitieu', reply((ctx) => targetsText('html', 'vi', shared.service, ctx.match)));
  c.command(['moi', 'new'], async (ctx) => {
    shared.chat.reset(conversationKey(ctx));
    await ctx.reply(labels(ctx.message?.text?.startsWith('/new') ? 'en' : 'vi').reset);
  });
  c.command('hoi', (ctx) => (ctx.match.trim() ? answerQuestion(shared, ctx, ctx.match) : sendParts(ctx, [helpText('html').join('\n\n')])));
  return c;
}

/** Private chats: every text. Groups: only mentions of the bot and replies to it. */
function questions(shared: Shared): Composer<Context> {
  const c = new Composer<Context>();
  c.on('message:text', async (ctx) => {
    const msg = ctx.message;
    if (msg.text.startsWith('/')) return; // unknown command
    let q = msg.text;
    if (ctx.chat.type !== 'private') {
      const me = `@${ctx.me.username}`;
      const mentioned = (msg.entities ?? []).some((e) => e.type === 'mention' && msg.text.slice(e.offset, e.offset + e.length).toLowerCase() === me.toLowerCase());
      const repliedToMe = msg.reply_to_message?.from?.id === ctx.me.id;
      if (!mentioned && !repliedToMe) return;
      q = q.split(new RegExp(me, 'ig')).join(' ');
    }
    await answerQuestion(shared, ctx, q);
  });
  c.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply(NOT_TEXT);
  });
  return c;
}

function callbacks(shared: Shared): Composer<Context> {
  const c = new Composer<Context>();
  c.callbackQuery(/^c:([0-9a-f]{8}):(\d+):(\d+)$/, async (ctx) => {
    if (!(await allowed(shared, ctx))) return ctx.answerCallbackQuery();
    const [, h, from, to] = ctx.match;
    const source = shared.sources.get(h ?? '');
    const q = source ? shared.service.quote(source, Number(from), Number(to)) : null;
    await ctx.answerCallbackQuery();
    if (!q || !source) {
      await ctx.reply('Không còn tìm thấy đoạn trích này (kho văn bản đã được cập nhật).');
      return;
    }
    const head = `<b>${escapeHtml(q.document)}</b> — ${escapeHtml(q.locality)} — ${lineLabel('vi', [Number(from), Number(to)])}`;
    await sendParts(ctx, splitMessage([head, `<blockquote>${escapeHtml(q.quote)}</blockquote>`], TELEGRAM_MAX));
  });
  c.callbackQuery(/^m:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await allowed(shared, ctx))) return;
    const kept = shared.asked.get(ctx.match[1] ?? '');
    if (!kept) {
      await ctx.reply(labels('vi').stale);
      return;
    }
    // The same reading at the engine's largest page; not a new question, so not logged again.
    const all = shared.service.ask(kept.question, { limit: 10 });
    if (!all.citations.length) {
      await ctx.reply(labels(kept.lang).noMore);
      return;
    }
    await sendParts(ctx, splitMessage(answerParagraphs('html', kept.lang, all), TELEGRAM_MAX), keyboardFor(shared, { ...all, more: 0 }, kept.lang));
  });
  c.callbackQuery(/^q:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const kept = shared.asked.get(ctx.match[1] ?? '');
    if (!kept) {
      await ctx.reply(labels('vi').stale);
      return;
    }
    await answerQuestion(shared, ctx, kept.question, kept.conversation);
  });
  c.callbackQuery(/^fb:([+-]):([\w-]{1,48})$/, async (ctx) => {
    const [, sign, answerId] = ctx.match;
    const l = labels(shared.answers.get(answerId ?? '') ?? 'vi');
    let said: string = l.thanks;
    try {
      const r = await shared.chat.vote({ answerId: answerId ?? '', vote: sign === '+' ? 'up' : 'down' });
      if (r === 'unknown_answer') said = l.unknownAnswer;
      if (r === 'off') said = l.feedbackOff;
    } catch (e) {
      console.error(`[telegram] feedback: ${e instanceof Error ? e.message : String(e)}`);
      said = l.unknownAnswer;
    }
    // Always answered, or the button keeps spinning.
    await ctx.answerCallbackQuery({ text: said });
  });
  c.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: 'Nút này không còn dùng được.' }));
  return c;
}

/**
 * `chat` carries conversations and the question log (shared with the other front ends);
 * without one, the bot keeps its own conversations in memory and logs nothing.
 */
export function createTelegramBot(service: QaService, config: TelegramConfig, chat: Chat = createChat({ service, conversations: createConversationStore() })): Bot {
  const bot = new Bot(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    client: { timeoutSeconds: config.timeoutSeconds ?? 10, ...(config.apiRoot ? { apiRoot: config.apiRoot.replace(/\/+$/, '') } : {}) },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: config.maxRetryAttempts ?? 3, maxDelaySeconds: config.maxDelaySeconds ?? 10 }));
  const shared: Shared = {
    service,
    chat,
    limiter: createChatLimiter(config.perChatLimit ?? 20, config.windowMs ?? 60_000),
    sources: new Map(service.documents().map((m) => [hash32(m.source), m.source])),
    asked: createLru(5000),
    answers: createLru(5000),
  };
  const report = (update: number, e: unknown): void => console.error(`[telegram] update ${update}: ${e instanceof Error ? e.message : String(e)}`);
  bot.errorBoundary((err) => report(err.ctx.update.update_id, err.error)).use(commands(shared), callbacks(shared), questions(shared));
  bot.catch((err) => report(err.ctx.update.update_id, err.error));
  return bot;
}

/** Register the command list (Vietnamese descriptions) with Telegram. */
export async function registerCommands(bot: Bot): Promise<void> {
  await bot.api.setMyCommands(COMMANDS);
}

/** Only `update_id` makes a body an update; anything else is refused with 400. */
const UpdateId = z.object({ update_id: z.number().int().nonnegative() });

const Chat = z.object({ id: z.number().int(), type: z.string() });
const User = z.object({ id: z.number().int(), is_bot: z.boolean(), first_name: z.string() });
const Message = z.object({
  message_id: z.number().int(),
  date: z.number(),
  chat: Chat,
  from: User.optional(),
  text: z.string().max(4096).optional(),
  entities: z.array(z.object({ type: z.string(), offset: z.number().int(), length: z.number().int() })).max(100).optional(),
  reply_to_message: z.object({ from: User.optional() }).optional(),
});
/**
 * The updates the bot acts on, in the shapes its handlers read. An update_id with anything
 * else (an unknown kind, wrong types) is acknowledged and dropped without a Bot API call.
 */
const HandledUpdate = z.union([
  z.object({ update_id: z.number(), message: Message }),
  z.object({ update_id: z.number(), callback_query: z.object({ id: z.string(), from: User, data: z.string().max(64).optional(), message: z.object({ chat: Chat }).optional() }) }),
]);

export interface WebhookOptions {
  /** Longest wait for the reply before answering Telegram (default 2 s). */
  waitMs?: number;
  /** update_ids remembered for de-duplication (default 10,000). */
  remember?: number;
  /** getMe (when no botInfo was given) is retried by grammY until this runs out (default 15 s). */
  initTimeoutMs?: number;
}

/**
 * POST /bots/telegram: the secret is checked first (401, nothing else done); a body that
 * is not an update gets 400 and one that is not for us 200, neither touching the Bot API;
 * a redelivered update_id is acknowledged once more and not answered again. The reply is
 * awaited at most `waitMs` (see bots/webhook.ts), so Telegram gets its answer in time even
 * when the Bot API is slow or down.
 */
export function telegramRoutes(bot: Bot, secretToken: string, opts: WebhookOptions = {}): Hono {
  const app = new Hono();
  const seen = createLru<true>(opts.remember ?? 10_000);
  let init: Promise<void> | undefined;
  const handle = async (update: Update): Promise<void> => {
    try {
      // getMe once (skipped when botInfo was given); a failure is retried on the next update.
      // grammY types its signal with the abort-controller shim; the web AbortSignal is what it uses at run time.
      await (init ??= bot.init(AbortSignal.timeout(opts.initTimeoutMs ?? 15_000) as Parameters<Bot['init']>[0]).catch((e: unknown) => {
        init = undefined;
        throw e;
      }));
      await bot.handleUpdate(update);
    } catch (e) {
      console.error(`[telegram] update ${update.update_id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  app.post('/bots/telegram', async (c) => {
    if (!secretMatches(c.req.header('x-telegram-bot-api-secret-token'), secretToken)) return c.body(null, 401);
    const body = await readJson(c);
    const head = body.ok ? UpdateId.safeParse(body.value) : undefined;
    if (!body.ok || !head?.success) return c.json({ ok: false, error: 'not a Telegram update' }, 400);
    const id = String(head.data.update_id);
    if (seen.get(id)) return c.json({ ok: true, duplicate: true }, 200);
    seen.set(id, true);
    if (!HandledUpdate.safeParse(body.value).success) return c.json({ ok: true, ignored: true }, 200);
    await respondWithin(c, handle(body.value as Update), opts.waitMs ?? WEBHOOK_WAIT_MS);
    return c.json({ ok: true }, 200);
  });
  return app;
}
