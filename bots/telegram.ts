/**
 * Telegram bot (grammY): built by a factory that takes the Q&A service and its config, so
 * tests point it at a fake Bot API server. Handlers are grouped in Composers; long polling
 * for development (bots/run-telegram.ts), a webhook route for servers and Workers.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, Composer, InlineKeyboard, webhookCallback, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { Hono } from 'hono';
import type { QaService } from '../src/answer/service.js';
import { hash32 } from '../src/text.js';
import type { Answer } from '../src/types.js';
import { COMMANDS, documentsText, helpText, NOT_TEXT, RATE_LIMITED, targetsText } from './commands.js';
import { answerParagraphs, citationLine, escapeHtml, splitMessage, type Lang } from './format.js';
import { createChatLimiter } from './limiter.js';
import { secretMatches } from './secret.js';
import { createLru } from '../src/answer/lru.js';

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
}

interface Shared {
  service: QaService;
  limiter: ReturnType<typeof createChatLimiter>;
  /** Short hash of a source name → source (callback data must stay within 64 bytes). */
  sources: Map<string, string>;
  /** Questions behind "more results" buttons. */
  asked: ReturnType<typeof createLru<string>>;
}

const send = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

async function sendParts(ctx: Context, parts: string[], keyboard?: InlineKeyboard): Promise<void> {
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    await ctx.reply(parts[i] ?? '', { ...send, ...(last && keyboard ? { reply_markup: keyboard } : {}) });
  }
}

function keyboardFor(a: Answer, questionKey: string, offset = 0): InlineKeyboard | undefined {
  if (!a.citations.length) return undefined;
  const kb = new InlineKeyboard();
  a.citations.forEach((c, i) => {
    kb.text(`📄 ${offset + i + 1}`, `c:${hash32(c.source)}:${c.lines[0]}:${c.lines[1]}`);
  });
  if (!a.abstained && offset === 0) kb.row().text('Thêm kết quả', `m:${questionKey}`);
  return kb;
}

/** Per-chat limit, checked only for messages the bot is going to answer. */
async function allowed(shared: Shared, ctx: Context): Promise<boolean> {
  const verdict = shared.limiter.hit(String(ctx.chat?.id ?? ctx.from?.id ?? 'unknown'));
  if (verdict === 'limited') await ctx.reply(RATE_LIMITED).catch(() => undefined);
  return verdict === 'ok';
}

async function answerQuestion(shared: Shared, ctx: Context, question: string): Promise<void> {
  if (!(await allowed(shared, ctx))) return;
  await ctx.replyWithChatAction('typing').catch(() => undefined);
  const lang: Lang = shared.service.language(question);
  const a = shared.service.ask(question);
  const key = hash32(question);
  shared.asked.set(key, question);
  await sendParts(ctx, splitMessage(answerParagraphs('html', lang, a), TELEGRAM_MAX), keyboardFor(a, key));
}

function commands(shared: Shared): Composer<Context> {
  const c = new Composer<Context>();
  const reply = (build: (ctx: Context & { match: string }) => string[]) => async (ctx: Context & { match: string }) => {
    if (await allowed(shared, ctx)) await sendParts(ctx, splitMessage(build(ctx), TELEGRAM_MAX));
  };
  c.command(['start', 'help'], reply(() => helpText('html')));
  c.command('tailieu', reply(() => documentsText('html', shared.service)));
  c.command('chitieu', reply((ctx) => targetsText('html', 'vi', shared.service, ctx.match)));
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
    // Documents added since the bot started are looked up in the live corpus.
    const source = shared.sources.get(h ?? '') ?? shared.service.documents().find((m) => hash32(m.source) === h)?.source;
    const q = source ? shared.service.quote(source, Number(from), Number(to)) : null;
    await ctx.answerCallbackQuery();
    if (!q || !source) {
      await ctx.reply('Không còn tìm thấy đoạn trích này (kho văn bản đã được cập nhật).');
      return;
    }
    const head = `<b>${escapeHtml(q.document)}</b> — ${escapeHtml(q.locality)} — ${escapeHtml(source)} dòng ${from}–${to}`;
    await sendParts(ctx, splitMessage([head, `<blockquote>${escapeHtml(q.quote)}</blockquote>`], TELEGRAM_MAX));
  });
  c.callbackQuery(/^m:([0-9a-f]{8})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await allowed(shared, ctx))) return;
    const question = shared.asked.get(ctx.match[1] ?? '');
    if (!question) {
      await ctx.reply('Câu hỏi này đã cũ, vui lòng hỏi lại.');
      return;
    }
    const lang = shared.service.language(question);
    const more = shared.service.ask(question, { limit: 6 });
    const extra = { ...more, citations: more.citations.slice(3) };
    if (!extra.citations.length) {
      await ctx.reply(lang === 'en' ? 'No further results.' : 'Không còn kết quả khác.');
      return;
    }
    const lines = extra.citations.map((cit, i) => citationLine('html', lang, cit, i + 4));
    await sendParts(ctx, splitMessage([lines.join('\n')], TELEGRAM_MAX), keyboardFor(extra, ctx.match[1] ?? '', 3));
  });
  c.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: 'Nút này không còn dùng được.' }));
  return c;
}

export function createTelegramBot(service: QaService, config: TelegramConfig): Bot {
  const bot = new Bot(config.token, {
    ...(config.botInfo ? { botInfo: config.botInfo } : {}),
    ...(config.apiRoot ? { client: { apiRoot: config.apiRoot.replace(/\/+$/, '') } } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: config.maxRetryAttempts ?? 3, maxDelaySeconds: config.maxDelaySeconds ?? 10 }));
  const shared: Shared = {
    service,
    limiter: createChatLimiter(config.perChatLimit ?? 20, config.windowMs ?? 60_000),
    sources: new Map(service.documents().map((m) => [hash32(m.source), m.source])),
    asked: createLru<string>(5000),
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

/**
 * POST /bots/telegram: X-Telegram-Bot-Api-Secret-Token is checked here, before grammY
 * would initialise the bot (getMe), so a stranger's request costs nothing: 401.
 */
export function telegramRoutes(bot: Bot, secretToken: string): Hono {
  const app = new Hono();
  const handle = webhookCallback(bot, 'hono', { secretToken, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  app.post('/bots/telegram', (c) => (secretMatches(c.req.header('x-telegram-bot-api-secret-token'), secretToken) ? handle(c) : c.body(null, 401)));
  return app;
}
