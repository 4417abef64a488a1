/**
 * Which bots run, from the configuration: a bot whose token is missing is not mounted (and
 * says so); with a webhook secret its webhook route is mounted, otherwise (Node only) it
 * long-polls. Tokens and secrets are never logged.
 */
import { Hono } from 'hono';
import type { QaService } from '../src/answer/service.js';
import { createChat, type Chat } from '../src/chat/chat.js';
import { createConversationStore, type ConversationStore } from '../src/chat/conversations.js';
import type { Config } from '../src/config.js';
import type { QuestionLog } from '../src/db/log.js';
import { createTelegramBot, registerCommands, telegramRoutes } from './telegram.js';
import { createZaloBot, zaloRoutes } from './zalo.js';

export interface BotSetup {
  mounts: Hono[];
  /** Start long polling for bots without a webhook secret; returns a stop function. */
  startPolling: () => () => void;
}

/**
 * Both bots answer through one chat: the conversation store (shared with the API when given;
 * keys differ: "tg:…", "zalo:…") and the question log, when there is one.
 */
export function setupBots(service: QaService, config: Config, log: (msg: string) => void, shared: { log?: QuestionLog; conversations?: ConversationStore } = {}): BotSetup {
  const questionLog = shared.log;
  const chat: Chat = createChat({ service, conversations: shared.conversations ?? createConversationStore(), ...(questionLog ? { log: questionLog } : {}) });
  const mounts: Hono[] = [];
  const pollers: Array<() => () => void> = [];

  if (!config.TELEGRAM_BOT_TOKEN) log('Telegram bot: TELEGRAM_BOT_TOKEN is not set, not started.');
  else {
    const bot = createTelegramBot(service, { token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) }, chat);
    if (config.TELEGRAM_WEBHOOK_SECRET) {
      mounts.push(telegramRoutes(bot, config.TELEGRAM_WEBHOOK_SECRET));
      log('Telegram bot: webhook at POST /bots/telegram.');
    } else {
      pollers.push(() => {
        void registerCommands(bot).catch((e: unknown) => log(`Telegram bot: setMyCommands failed: ${e instanceof Error ? e.message : String(e)}`));
        void bot.start({ drop_pending_updates: false, onStart: () => log('Telegram bot: long polling.') }).catch((e: unknown) => log(`Telegram bot stopped: ${e instanceof Error ? e.message : String(e)}`));
        return () => void bot.stop();
      });
    }
  }

  if (!config.ZALO_BOT_TOKEN) log('Zalo bot: ZALO_BOT_TOKEN is not set, not started.');
  else {
    const bot = createZaloBot(service, { token: config.ZALO_BOT_TOKEN, ...(config.ZALO_API_ROOT ? { apiRoot: config.ZALO_API_ROOT } : {}) }, chat);
    if (config.ZALO_WEBHOOK_SECRET) {
      mounts.push(zaloRoutes(bot, config.ZALO_WEBHOOK_SECRET));
      log('Zalo bot: webhook at POST /bots/zalo.');
    } else {
      pollers.push(() => {
        const ac = new AbortController();
        log('Zalo bot: long polling.');
        void bot.poll(ac.signal);
        return () => ac.abort();
      });
    }
  }

  return {
    mounts: mounts.map((m) => flushingLog(m, questionLog)),
    startPolling: () => {
      const stops = pollers.map((p) => p());
      return () => stops.forEach((s) => s());
    },
  };
}

/** Workers flush the question log after the response (no timers there), bots included. */
function flushingLog(routes: Hono, log: QuestionLog | undefined): Hono {
  if (!log?.manual) return routes;
  const app = new Hono();
  app.use('/bots/*', async (c, next) => {
    await next();
    if (!log.pending) return;
    try {
      c.executionCtx.waitUntil(log.flush());
    } catch {
      void log.flush();
    }
  });
  app.route('/', routes);
  return app;
}
