import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type QaService } from '../src/answer/service.js';
import { createZaloBot, zaloRoutes, ZALO_MAX, type ZaloBot } from '../bots/zalo.js';
import { startFakeZalo, type FakeApi } from './fakes.js';
import { getEngine } from './helpers.js';

const TOKEN = '1459232241454765289:test-access-token';
const SECRET = 'zalo-secret-1234';
const service = createService(getEngine());
let n = 1;

const update = (chat: string, text: string, event = 'message.text.received') => ({
  event_name: event,
  message: { message_id: `mid${n++}`, date: 1_749_000_000_000, chat: { id: chat, chat_type: 'PRIVATE' }, from: { id: chat, display_name: 'Cán bộ' }, text },
});
const sent = (api: FakeApi) => api.calls.filter((c) => c.method === 'sendMessage');
const hook = (bot: ZaloBot, body: unknown, secret: string | null = SECRET) =>
  zaloRoutes(bot, SECRET).request('/bots/zalo', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(secret ? { 'x-bot-api-secret-token': secret } : {}) } });

describe('Zalo bot against a fake Zalo Bot API on 127.0.0.1', () => {
  let api: FakeApi;
  let bot: ZaloBot;
  beforeEach(async () => {
    api = await startFakeZalo();
    bot = createZaloBot(service, { token: TOKEN, apiRoot: api.url, perChatLimit: 100 });
  });
  afterEach(async () => {
    await api.close();
  });

  it('long polling answers the Tuy Phước question in plain text with citations', async () => {
    api.push({ ...update('u1', 'co quan nao chu tri tuyen truyen tuy phuoc') });
    const ac = new AbortController();
    const loop = bot.poll(ac.signal);
    await api.waitFor(() => sent(api).length > 0);
    ac.abort();
    await loop;
    const msg = sent(api)[0]?.payload as { chat_id: string; text: string };
    expect(msg.chat_id).toBe('u1');
    expect(msg.text).toContain('Ban Tuyên giáo Huyện ủy (Tuy Phước) chủ trì');
    expect(msg.text).toContain('[1] Kế hoạch số 133-KH/HU');
    expect(msg.text).toContain('dòng 159');
    expect(msg.text).not.toMatch(/<\/?b>/);
    expect(api.calls[0]?.token).toBe(TOKEN);
    expect(api.calls.some((c) => c.method === 'sendChatAction')).toBe(true);
  });

  it('webhook: a wrong or missing secret gets 401 and nothing is sent', async () => {
    const body = update('u2', 'Ai ký Kế hoạch 133-KH/HU?');
    expect((await hook(bot, body, 'wrong-secret')).status).toBe(401);
    expect((await hook(bot, body, null)).status).toBe(401);
    expect(api.calls.length).toBe(0);
    expect((await hook(bot, body)).status).toBe(200);
    expect(sent(api)[0]?.payload.text).toContain('Nguyễn Đình Thuận');
  });

  it('accepts both webhook body shapes, and rejects a malformed one with 400', async () => {
    await hook(bot, { ok: true, result: update('u3', 'chi tieu bhyt tay ninh') });
    await hook(bot, update('u3', 'chi tieu bhyt binh dinh'));
    expect(sent(api).map((c) => c.payload.text as string).map((t) => /9\d%/.exec(t)?.[0])).toEqual(['95%', '97%']);
    expect((await hook(bot, { nonsense: [1, 2, 3], message: 'x' })).status).toBe(400);
  });

  it('answers each message once even when delivered twice, and says when a message is not text', async () => {
    const u = update('u4', 'Ai ký Kế hoạch 133-KH/HU?');
    await hook(bot, u);
    await hook(bot, u);
    await hook(bot, update('u4', '', 'message.sticker.received'));
    const texts = sent(api).map((c) => c.payload.text as string);
    expect(texts.length).toBe(2);
    expect(texts[1]).toContain('dạng chữ');
  });

  it('splits a long answer at 2,000 characters with nothing lost', async () => {
    const longService: QaService = { ...service, ask: (q, o) => ({ ...service.ask(q, o), answer: Array.from({ length: 30 }, (_, i) => `Mục ${i + 1}: ${'nội dung '.repeat(20)}`).join('\n') }) };
    const b = createZaloBot(longService, { token: TOKEN, apiRoot: api.url });
    await hook(b, update('u5', 'co quan nao chu tri tuyen truyen tuy phuoc'));
    const parts = sent(api).map((c) => c.payload.text as string);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(ZALO_MAX);
    const joined = parts.join('\n');
    for (let i = 1; i <= 30; i++) expect(joined).toContain(`Mục ${i}:`);
  });

  it('retries a 429 from the Zalo API', async () => {
    api.throttle('sendMessage', 1);
    await hook(bot, update('u6', 'Ai ký Kế hoạch 133-KH/HU?'));
    expect(sent(api).length).toBe(2);
  });

  it('commands work the same as on Telegram, in plain text', async () => {
    await hook(bot, update('u7', '/chitieu bác sĩ Tây Ninh'));
    await hook(bot, update('u7', '/tailieu'));
    const [table, docs] = sent(api).map((c) => c.payload.text as string);
    expect(table).toContain('Tây Ninh:');
    expect(table).toContain('11 bác sĩ');
    expect(docs).toContain('Kho có 5 văn bản');
  });

  it('200 messages from 50 chats at once are all answered exactly once', async () => {
    const res = await Promise.all(Array.from({ length: 200 }, (_, i) => hook(bot, update(`c${i % 50}`, 'chi tieu bhyt tay ninh'))));
    expect(res.every((r) => r.status === 200)).toBe(true);
    const perChat = new Map<unknown, number>();
    for (const c of sent(api)) perChat.set(c.payload.chat_id, (perChat.get(c.payload.chat_id) ?? 0) + 1);
    expect(perChat.size).toBe(50);
    expect([...perChat.values()].every((x) => x === 4)).toBe(true);
  });
});
