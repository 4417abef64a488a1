/**
 * npm run bot:zalo                       long polling (development; no webhook may be set)
 * npm run bot:zalo -- --set-webhook URL  register URL (…/bots/zalo) with ZALO_WEBHOOK_SECRET
 * npm run bot:zalo -- --delete-webhook   back to polling
 */
import { botStartup, onStop, webhookArg } from './cli.js';
import { createZaloBot } from './zalo.js';

const { config, token, service, args } = botStartup('ZALO_BOT_TOKEN', 'Thiếu ZALO_BOT_TOKEN (lấy từ Zalo Bot Creator).');
const bot = createZaloBot(service, { token, ...(config.ZALO_API_ROOT ? { apiRoot: config.ZALO_API_ROOT } : {}) });

const url = webhookArg(args);
if (url !== undefined) {
  const secret = config.ZALO_WEBHOOK_SECRET ?? '';
  if (!url || secret.length < 8) {
    console.error('Cần URL (…/bots/zalo) và ZALO_WEBHOOK_SECRET (8–256 ký tự).');
    process.exit(2);
  }
  console.log(JSON.stringify(await bot.call('setWebhook', { url, secret_token: secret })));
} else if (args.includes('--delete-webhook')) {
  console.log(JSON.stringify(await bot.call('deleteWebhook')));
} else {
  const ac = new AbortController();
  onStop(() => ac.abort());
  console.log('Zalo bot: long polling. Ctrl+C to stop.');
  await bot.poll(ac.signal);
}
