/**
 * npm run bot:zalo                       long polling (development; no webhook may be set)
 * npm run bot:zalo -- --set-webhook URL  register URL (…/bots/zalo) with ZALO_WEBHOOK_SECRET
 * npm run bot:zalo -- --delete-webhook   back to polling
 */
import { createEngine } from '../src/answer/engine.js';
import { createService } from '../src/answer/service.js';
import { readConfig } from '../src/config.js';
import { ensureIndex } from '../src/store.js';
import { createZaloBot } from './zalo.js';

const config = readConfig(process.env);
if (!config.ZALO_BOT_TOKEN) {
  console.error('Thiếu ZALO_BOT_TOKEN (lấy từ Zalo Bot Creator).');
  process.exit(2);
}
const args = process.argv.slice(2);
const service = createService(createEngine(ensureIndex((m) => console.log(m))));
const bot = createZaloBot(service, { token: config.ZALO_BOT_TOKEN, ...(config.ZALO_API_ROOT ? { apiRoot: config.ZALO_API_ROOT } : {}) });

const at = args.indexOf('--set-webhook');
if (at >= 0) {
  const url = args[at + 1];
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
  process.once('SIGINT', () => ac.abort());
  process.once('SIGTERM', () => ac.abort());
  console.log('Zalo bot: long polling. Ctrl+C to stop.');
  await bot.poll(ac.signal);
}
