import type { Bot } from 'grammy';
import type { Message, Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type QaService } from '../src/answer/service.js';
import { createTelegramBot, telegramRoutes, TELEGRAM_MAX } from '../bots/telegram.js';
import { formatAnswer } from '../bots/format.js';
import { isValidTelegramHtml, startFakeTelegram, TG_BOT, type FakeApi } from './fakes.js';
import { getEngine } from './helpers.js';

const TOKEN = '123456:TEST-token';
const SECRET = 'test_secret-42';
const service = createService(getEngine());
let updateId = 1;

function textUpdate(chatId: number, text: string, extra: Partial<Message> = {}, chatType: 'private' | 'group' = 'private'): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 1_700_000_000,
      chat: chatType === 'private' ? { id: chatId, type: 'private', first_name: 'Cán bộ' } : { id: chatId, type: 'group', title: 'Chi bộ' },
      from: { id: chatId, is_bot: false, first_name: 'Cán bộ' },
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 1 }] } : {}),
      ...extra,
    } as Message,
  } as Update;
}

const sent = (api: FakeApi) => api.calls.filter((c) => c.method === 'sendMessage');

describe('Telegram bot against a fake Bot API on 127.0.0.1', () => {
  let api: FakeApi;
  let bot: Bot;
  beforeEach(async () => {
    api = await startFakeTelegram();
    bot = createTelegramBot(service, { token: TOKEN, apiRoot: api.url, botInfo: TG_BOT, perChatLimit: 100 });
  });
  afterEach(async () => {
    if (bot.isRunning()) await bot.stop();
    await api.close();
  });

  it('long polling: answers the Tuy Phước question with agency, citations and buttons; the button returns the quote', async () => {
    api.push(textUpdate(7, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?'));
    void bot.start({ drop_pending_updates: false });
    await api.waitFor((c) => c.some((x) => x.method === 'sendMessage'));
    const msg = sent(api)[0]?.payload as { text: string; parse_mode: string; reply_markup: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }; chat_id: number };
    expect(msg.chat_id).toBe(7);
    expect(msg.parse_mode).toBe('HTML');
    expect(msg.text).toContain('Ban Tuyên giáo Huyện ủy (Tuy Phước) chủ trì');
    expect(msg.text).toContain('<b>[1]</b> Kế hoạch số 133-KH/HU');
    expect(msg.text).toContain('dòng 159');
    expect(isValidTelegramHtml(msg.text)).toBe(true);
    expect(api.calls.some((c) => c.method === 'sendChatAction' && c.payload.action === 'typing')).toBe(true);
    const button = msg.reply_markup.inline_keyboard[0]?.[0];
    expect(button?.callback_data).toMatch(/^c:[0-9a-f]{8}:159:159$/);
    for (const row of msg.reply_markup.inline_keyboard) for (const b of row) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);

    api.push({ update_id: updateId++, callback_query: { id: 'cb1', chat_instance: 'x', from: { id: 7, is_bot: false, first_name: 'Cán bộ' }, message: { message_id: 1, date: 1, chat: { id: 7, type: 'private', first_name: 'Cán bộ' } }, data: button?.callback_data } });
    await api.waitFor(() => sent(api).length >= 2);
    expect(api.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    const quote = sent(api)[1]?.payload.text as string;
    expect(quote).toContain('<blockquote>2. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp');
    expect(isValidTelegramHtml(quote)).toBe(true);
  });

  it('webhook: the right secret is answered; a wrong or missing secret gets 401 and nothing is sent', async () => {
    const app = telegramRoutes(bot, SECRET);
    const body = JSON.stringify(textUpdate(9, 'co quan nao chu tri tuyen truyen tuy phuoc'));
    const wrong = await app.request('/bots/telegram', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'nope' } });
    const missing = await app.request('/bots/telegram', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(api.calls.length).toBe(0);
    const ok = await app.request('/bots/telegram', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    expect(ok.status).toBe(200);
    expect(sent(api)[0]?.payload.text).toContain('Ban Tuyên giáo Huyện ủy');
  });

  it('escapes user text: HTML, & and markdown come back as text', async () => {
    const app = telegramRoutes(bot, SECRET);
    await app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(textUpdate(11, '/chitieu <b>x</b> & **y** [z](http://e)')), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    const text = sent(api)[0]?.payload.text as string;
    expect(text).toContain('&lt;b&gt;x&lt;/b&gt; &amp; **y** [z](http://e)');
    expect(isValidTelegramHtml(text)).toBe(true);
  });

  it('commands: /tailieu lists the documents, /chitieu gives a compact table', async () => {
    const app = telegramRoutes(bot, SECRET);
    for (const t of ['/tailieu', '/chitieu nhà ở xã hội', '/help']) await app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(textUpdate(12, t)), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    const [docs, table, help] = sent(api).map((c) => c.payload.text as string);
    expect(docs).toContain('Kho có 5 văn bản');
    expect(table).toContain('Bình Định');
    expect(table).toContain('12.900');
    expect(help).toContain('Ví dụ');
  });

  it('groups: answers mentions and replies to the bot, ignores other chatter', async () => {
    const app = telegramRoutes(bot, SECRET);
    const postUpdate = (u: Update) => app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(u), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    await postUpdate(textUpdate(-100, 'chỉ tiêu bhyt tây ninh', {}, 'group'));
    expect(sent(api).length).toBe(0);
    const text = '@hoidap42_bot chỉ tiêu bhyt tây ninh';
    await postUpdate(textUpdate(-100, text, { entities: [{ type: 'mention', offset: 0, length: 13 }] }, 'group'));
    expect(sent(api).length).toBe(1);
    await postUpdate(textUpdate(-100, 'còn Bình Định?', { reply_to_message: { message_id: 1, date: 1, chat: { id: -100, type: 'group', title: 'Chi bộ' }, from: TG_BOT } as unknown as Message['reply_to_message'] }, 'group'));
    expect(sent(api).length).toBe(2);
  });

  it('200 updates from 50 chats at once are all answered exactly once', async () => {
    const app = telegramRoutes(bot, SECRET);
    const qs = ['ai chủ trì tuyên truyền ở Tuy Phước?', 'chi tieu bhyt tay ninh', 'Ai ký Kế hoạch 133-KH/HU?', 'giá vàng hôm nay'];
    const updates = Array.from({ length: 200 }, (_, i) => textUpdate(5000 + (i % 50), qs[Math.floor(i / 50)] ?? 'x'));
    const res = await Promise.all(updates.map((u) => app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(u), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } })));
    expect(res.every((r) => r.status === 200)).toBe(true);
    // The webhook waits for a reply at most 2 s, then answers; the rest finish just after.
    await api.waitFor(() => sent(api).length >= 200);
    const perChat = new Map<unknown, number>();
    for (const c of sent(api)) perChat.set(c.payload.chat_id, (perChat.get(c.payload.chat_id) ?? 0) + 1);
    expect(perChat.size).toBe(50);
    expect([...perChat.values()].every((n) => n === 4)).toBe(true);
  });

  it('a 429 from the Bot API is retried', async () => {
    api.throttle('sendMessage', 1);
    const app = telegramRoutes(bot, SECRET);
    const res = await app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(textUpdate(13, 'Ai ký Kế hoạch 133-KH/HU?')), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    expect(res.status).toBe(200);
    await api.waitFor(() => sent(api).length >= 2);
    expect(sent(api).length).toBe(2); // the throttled attempt and its retry
    expect(sent(api)[1]?.payload.text).toContain('Nguyễn Đình Thuận');
  });

  it('per-chat rate limit: a polite Vietnamese notice once, then silence', async () => {
    const limited = createTelegramBot(service, { token: TOKEN, apiRoot: api.url, botInfo: TG_BOT, perChatLimit: 2 });
    const app = telegramRoutes(limited, SECRET);
    for (let i = 0; i < 4; i++) await app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(textUpdate(14, 'chi tieu bhyt tay ninh')), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    const texts = sent(api).map((c) => c.payload.text as string);
    expect(texts.length).toBe(3);
    expect(texts[2]).toContain('Vui lòng chờ');
  });

  it('a very long answer arrives split under 4,096 characters with nothing lost', async () => {
    const real = service;
    const longService: QaService = {
      ...real,
      ask: (q, o) => {
        const a = real.ask(q, o);
        return { ...a, answer: Array.from({ length: 40 }, (_, i) => `Đoạn ${i + 1}: ${a.answer}`).join('\n') };
      },
    };
    const b = createTelegramBot(longService, { token: TOKEN, apiRoot: api.url, botInfo: TG_BOT });
    const app = telegramRoutes(b, SECRET);
    await app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(textUpdate(15, 'co quan nao chu tri tuyen truyen tuy phuoc')), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
    const parts = sent(api).map((c) => c.payload.text as string);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_MAX);
      expect(isValidTelegramHtml(p)).toBe(true);
    }
    const joined = parts.join('\n');
    for (let i = 1; i <= 40; i++) expect(joined).toContain(`Đoạn ${i}: Ban Tuyên giáo Huyện ủy`);
    const expected = formatAnswer('html', 'vi-noaccent', longService.ask('co quan nao chu tri tuyen truyen tuy phuoc'), TELEGRAM_MAX);
    expect(parts).toEqual(expected);
  });
});

describe('mounting bots from the configuration', () => {
  it('no token: nothing mounted, and the log says so; token + secret: the webhook route answers 401 to strangers', async () => {
    const { setupBots } = await import('../bots/mount.js');
    const { createApp } = await import('../src/api/app.js');
    const { readConfig } = await import('../src/config.js');
    const { readIndex } = await import('../src/store.js');
    const logs: string[] = [];
    const none = setupBots(service, readConfig({}), (m) => logs.push(m));
    expect(none.mounts.length).toBe(0);
    expect(logs.join('\n')).toMatch(/Telegram bot: TELEGRAM_BOT_TOKEN is not set, not started\.[\s\S]*Zalo bot: ZALO_BOT_TOKEN is not set/);
    const plain = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '' });
    expect((await plain.request('/bots/telegram', { method: 'POST', body: '{}' })).status).toBe(404);

    const cfg = readConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, ZALO_BOT_TOKEN: 'z:1', ZALO_WEBHOOK_SECRET: 'zalo-secret-1234', TELEGRAM_API_ROOT: 'http://127.0.0.1:9' });
    const logs2: string[] = [];
    const both = setupBots(service, cfg, (m) => logs2.push(m));
    expect(logs2.join('\n')).not.toContain(TOKEN);
    expect(logs2.join('\n')).not.toContain(SECRET);
    const app = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '', mounts: both.mounts });
    expect((await app.request('/bots/telegram', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await app.request('/bots/zalo', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
  });
});
