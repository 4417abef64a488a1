/**
 * npm run bot:telegram                      long polling (development)
 * npm run bot:telegram -- --set-webhook URL register URL (…/bots/telegram) with the secret
 * npm run bot:telegram -- --delete-webhook  back to polling
 */
import { botStartup, onStop, webhookArg } from './cli.js';
import { createTelegramBot, registerCommands } from './telegram.js';

const { config, token, service, args } = botStartup('TELEGRAM_BOT_TOKEN', 'Thiếu TELEGRAM_BOT_TOKEN (lấy từ @BotFather).');
const bot = createTelegramBot(service, { token, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) });

const url = webhookArg(args);
if (url !== undefined) {
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
  onStop(() => bot.stop());
  await bot.start({ onStart: (me) => console.log(`@${me.username}: long polling. Ctrl+C to stop.`) });
}
