/**
 * npm run bot:telegram                      long polling (development)
 * npm run bot:telegram -- --set-webhook URL register URL (…/bots/telegram) with the secret
 * npm run bot:telegram -- --delete-webhook  back to polling
 */
import { createEngine } from '../src/answer/engine.js';
import { createService } from '../src/answer/service.js';
import { readConfig } from '../src/config.js';
import { ensureIndex } from '../src/store.js';
import { createTelegramBot, registerCommands } from './telegram.js';

const config = readConfig(process.env);
if (!config.TELEGRAM_BOT_TOKEN) {
  console.error('Thiếu TELEGRAM_BOT_TOKEN (lấy từ @BotFather).');
  process.exit(2);
}
const args = process.argv.slice(2);
const service = createService(createEngine(ensureIndex((m) => console.log(m))));
const bot = createTelegramBot(service, { token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) });

const at = args.indexOf('--set-webhook');
if (at >= 0) {
  const url = args[at + 1];
  if (!url || !config.TELEGRAM_WEBHOOK_SECRET) {
    console.error('Cần URL (…/bots/telegram) và TELEGRAM_WEBHOOK_SECRET (1–256 ký tự A-Z a-z 0-9 _ -).');
    process.exit(2);
  }
  await bot.api.setWebhook(url, { secret_token: config.TELEGRAM_WEBHOOK_SECRET, allowed_updates: ['message', 'callback_query'] });
  await registerCommands(bot);
  console.log(`Webhook registered: ${url}`);
} else if (args.includes('--delete-webhook')) {
  await bot.api.deleteWebhook();
  console.log('Webhook deleted.');
} else {
  await registerCommands(bot);
  process.once('SIGINT', () => void bot.stop());
  process.once('SIGTERM', () => void bot.stop());
  await bot.start({ onStart: (me) => console.log(`@${me.username}: long polling. Ctrl+C to stop.`) });
}
