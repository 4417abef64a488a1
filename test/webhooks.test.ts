/**
 * Webhooks under hostile or unlucky conditions: malformed and unexpected bodies, redelivered
 * updates, huge bodies, a Bot API that never answers, clients that hang up mid-body.
 */
import { serve, type ServerType } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createService } from '../src/answer/service.js';
import { createApp, MAX_BOT_BODY_BYTES } from '../src/api/app.js';
import { readIndex } from '../src/store.js';
import { createTelegramBot, telegramRoutes } from '../bots/telegram.js';
import { createZaloBot, zaloRoutes } from '../bots/zalo.js';
import { startFakeTelegram, startFakeZalo, TG_BOT, type FakeApi } from './fakes.js';
import { getEngine } from './helpers.js';

const TOKEN = '123456:TEST-token';
const SECRET = 'test_secret-42';
const ZSECRET = 'zalo-secret-1234';
const service = createService(getEngine());
const manifest = readIndex().manifest;
let nextId = 900_000;

function update(chatId: number, text: string, id = nextId++): Update {
  return { update_id: id, message: { message_id: id, date: 1_700_000_000, chat: { id: chatId, type: 'private', first_name: 'A' }, from: { id: chatId, is_bot: false, first_name: 'A' }, text } } as Update;
}
const tgPost = (body: string | Uint8Array) => ({ method: 'POST', body, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } });
const zaloPost = (body: string | Uint8Array) => ({ method: 'POST', body, headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': ZSECRET } });

/** Bodies that are not updates, or not updates the bot acts on. */
const MALFORMED: Array<[string, string | Uint8Array]> = [
  ['empty', ''],
  ['open brace', '{'],
  ['null', 'null'],
  ['array', '[]'],
  ['array of updates', JSON.stringify([update(1, 'x')])],
  ['string', '"hello"'],
  ['number', '42'],
  ['true', 'true'],
  ['empty object', '{}'],
  ['update_id text', '{"update_id":"7"}'],
  ['update_id negative', '{"update_id":-1}'],
  ['update_id float', '{"update_id":1.5}'],
  ['message a string', `{"update_id":${nextId++},"message":"hi"}`],
  ['message null', `{"update_id":${nextId++},"message":null}`],
  ['text a number', `{"update_id":${nextId++},"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":5}}`],
  ['chat missing', `{"update_id":${nextId++},"message":{"message_id":1,"date":1,"text":"ai chủ trì"}}`],
  ['chat id a string', `{"update_id":${nextId++},"message":{"message_id":1,"date":1,"chat":{"id":"1","type":"private"},"text":"x"}}`],
  ['unknown update kind', `{"update_id":${nextId++},"poll":{"id":"1"}}`],
  ['callback data too long', `{"update_id":${nextId++},"callback_query":{"id":"1","from":{"id":1,"is_bot":false,"first_name":"A"},"data":"${'x'.repeat(65)}"}}`],
  ['text over 4096', JSON.stringify(update(1, 'a'.repeat(5000)))],
  ['entities wrong', `{"update_id":${nextId++},"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"x","entities":"bold"}}`],
  ['deeply nested', `{"update_id":${nextId++},"message":${'['.repeat(5000)}${']'.repeat(5000)}}`],
  ['binary', new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0x80])],
];

describe('Telegram webhook: malformed, unexpected and repeated updates', () => {
  let api: FakeApi;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    api = await startFakeTelegram();
    const bot = createTelegramBot(service, { token: TOKEN, apiRoot: api.url, botInfo: TG_BOT, perChatLimit: 100 });
    app = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', mounts: [telegramRoutes(bot, SECRET)] });
  });
  afterEach(() => api.close());

  for (const [name, body] of MALFORMED) {
    it(`${name}: 200 or 400, never 5xx, and the Bot API is not called`, async () => {
      const res = await app.request('/bots/telegram', tgPost(body));
      expect([200, 400]).toContain(res.status);
      await new Promise((r) => setTimeout(r, 30));
      expect(api.calls).toEqual([]);
    });
  }

  it('a body that is not an update is 400; a valid update of a kind the bot ignores is 200', async () => {
    expect((await app.request('/bots/telegram', tgPost('{'))).status).toBe(400);
    expect((await app.request('/bots/telegram', tgPost('null'))).status).toBe(400);
    expect((await app.request('/bots/telegram', tgPost(`{"update_id":${nextId++},"poll":{}}`))).status).toBe(200);
  });

  it('the same update_id delivered three times is answered once', async () => {
    const body = JSON.stringify(update(31, 'Ai ký Kế hoạch 133-KH/HU?'));
    const res = await Promise.all([1, 2, 3].map(() => app.request('/bots/telegram', tgPost(body))));
    expect(res.map((r) => r.status)).toEqual([200, 200, 200]);
    await api.waitFor((c) => c.some((x) => x.method === 'sendMessage'));
    await new Promise((r) => setTimeout(r, 200));
    expect(api.calls.filter((c) => c.method === 'sendMessage').length).toBe(1);
    // A new update_id with the same text is a new question: answered.
    await app.request('/bots/telegram', tgPost(JSON.stringify(update(31, 'Ai ký Kế hoạch 133-KH/HU?'))));
    await api.waitFor((c) => c.filter((x) => x.method === 'sendMessage').length === 2);
  });

  it('de-duplication memory is bounded: old update_ids are forgotten, recent ones kept', async () => {
    const bot = createTelegramBot(service, { token: TOKEN, apiRoot: api.url, botInfo: TG_BOT, perChatLimit: 1000 });
    const small = telegramRoutes(bot, SECRET, { remember: 3 });
    const ids = [1, 2, 3, 4].map((i) => 5_000_000 + i);
    for (const id of ids) await small.request('/bots/telegram', tgPost(JSON.stringify({ update_id: id, poll: {} })));
    expect(await (await small.request('/bots/telegram', tgPost(JSON.stringify({ update_id: ids[3], poll: {} })))).json()).toMatchObject({ duplicate: true });
    expect(await (await small.request('/bots/telegram', tgPost(JSON.stringify({ update_id: ids[0], poll: {} })))).json()).not.toHaveProperty('duplicate');
  });

  it(`a body over ${MAX_BOT_BODY_BYTES / 1024 / 1024} MB gets 413 stating the limit (Vietnamese, or English when asked), nothing sent`, async () => {
    const huge = JSON.stringify(update(32, 'x'.repeat(2 * 1024 * 1024)));
    const vi = await app.request('/bots/telegram', tgPost(huge));
    expect(vi.status).toBe(413);
    expect(((await vi.json()) as { error: { message: string } }).error.message).toBe('Nội dung gửi lên quá lớn (tối đa 1 MB cho địa chỉ này).');
    const en = await app.request('/bots/telegram', { ...tgPost(huge), headers: { ...tgPost('').headers, 'accept-language': 'en' } });
    expect(((await en.json()) as { error: { message: string } }).error.message).toContain('1 MB at most');
    expect(api.calls).toEqual([]);
    // Other routes keep their own limit, and say it.
    const ask = await app.request('/api/ask', { method: 'POST', body: JSON.stringify({ question: 'a'.repeat(20_000) }), headers: { 'content-type': 'application/json' } });
    expect(ask.status).toBe(413);
    expect(((await ask.json()) as { error: { message: string } }).error.message).toContain('tối đa 16 KB');
  });
});

describe('Zalo webhook: malformed bodies and limits', () => {
  let api: FakeApi;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    api = await startFakeZalo();
    const bot = createZaloBot(service, { token: 'z:1', apiRoot: api.url, perChatLimit: 100 });
    app = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', mounts: [zaloRoutes(bot, ZSECRET)] });
  });
  afterEach(() => api.close());

  // Zalo chat ids are strings, its texts are split rather than refused, it has no entities: those are valid there.
  for (const [name, body] of MALFORMED.filter(([n]) => !['chat id a string', 'text over 4096', 'entities wrong'].includes(n))) {
    it(`${name}: 200 or 400, never 5xx, nothing sent`, async () => {
      const res = await app.request('/bots/zalo', zaloPost(body));
      expect([200, 400]).toContain(res.status);
      await new Promise((r) => setTimeout(r, 30));
      expect(api.calls.filter((c) => c.method === 'sendMessage')).toEqual([]);
    });
  }

  it('413 over 1 MB, with the limit in the message', async () => {
    const res = await app.request('/bots/zalo', zaloPost(JSON.stringify({ event_name: 'message.text.received', message: { chat: { id: '1' }, text: 'x'.repeat(1_200_000) } })));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('1 MB');
    expect(api.calls).toEqual([]);
  });
});

/** A Bot API that accepts connections and never answers. */
function startSilentApi(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server: Server = createServer(() => {
    n++; // hold the request open forever
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests: () => n,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    }),
  );
}

describe('a Bot API that never answers', () => {
  let silent: Awaited<ReturnType<typeof startSilentApi>>;
  beforeEach(async () => {
    silent = await startSilentApi();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await silent.close();
  });

  it('Telegram: the webhook answers 200 within its bounded wait (no getMe given, so even init hangs), and the call is given up later', async () => {
    const bot = createTelegramBot(service, { token: TOKEN, apiRoot: silent.url, timeoutSeconds: 1, maxRetryAttempts: 0 });
    const app = telegramRoutes(bot, SECRET, { waitMs: 500, initTimeoutMs: 1_500 });
    const t0 = Date.now();
    const res = await app.request('/bots/telegram', tgPost(JSON.stringify(update(41, 'Ai ký Kế hoạch 133-KH/HU?'))));
    const ms = Date.now() - t0;
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(3_000); // Telegram waits far longer; a generous bound against CPU noise
    expect(silent.requests()).toBeGreaterThan(0);
    // The outgoing call has its own timeout: the failure is logged, not left hanging.
    await vi.waitFor(() => expect(vi.mocked(console.error).mock.calls.flat().join(' ')).toMatch(/\[telegram\] update \d+/), { timeout: 5_000 });
  });

  it('Telegram with the default wait answers well within 5 s', async () => {
    const bot = createTelegramBot(service, { token: TOKEN, apiRoot: silent.url, botInfo: TG_BOT, timeoutSeconds: 2, maxRetryAttempts: 0 });
    const app = telegramRoutes(bot, SECRET);
    const t0 = Date.now();
    const res = await app.request('/bots/telegram', tgPost(JSON.stringify(update(42, 'chi tieu bhyt tay ninh'))));
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('Zalo: the webhook answers 200 within its bounded wait', async () => {
    const bot = createZaloBot(service, { token: 'z:1', apiRoot: silent.url, timeoutMs: 1_000, maxRetryAttempts: 0 });
    const app = zaloRoutes(bot, ZSECRET, { waitMs: 500 });
    const t0 = Date.now();
    const res = await app.request('/bots/zalo', zaloPost(JSON.stringify({ event_name: 'message.text.received', message: { message_id: 'a1', chat: { id: '7' }, text: 'Ai ký Kế hoạch 133-KH/HU?' } })));
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(3_000);
    await vi.waitFor(() => expect(vi.mocked(console.error).mock.calls.flat().join(' ')).toMatch(/\[zalo\]/), { timeout: 5_000 });
  });
});

describe('a client that hangs up mid-body', () => {
  let server: ServerType;
  let port = 0;
  const logs: string[] = [];
  const errors: string[] = [];
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.map(String).join(' ')));
    const bot = createTelegramBot(service, { token: TOKEN, apiRoot: 'http://127.0.0.1:9', botInfo: TG_BOT });
    const app = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', mounts: [telegramRoutes(bot, SECRET)], requestLog: (l) => logs.push(l) });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        port = info.port;
        resolve();
      });
    });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => server?.close());

  for (const [path, secret] of [
    ['/api/ask', ''],
    ['/bots/telegram', `X-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\n`],
  ] as const) {
    it(`${path}: logged as a closed request, not a server error`, async () => {
      logs.length = 0;
      errors.length = 0;
      await new Promise<void>((resolve) => {
        const s = connect(port, '127.0.0.1', () => {
          s.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${secret}Content-Length: 5000\r\n\r\n{"question":"ai ch`);
          setTimeout(() => {
            s.destroy();
            resolve();
          }, 150);
        });
      });
      await vi.waitFor(() => expect(logs.some((l) => l.startsWith(`POST ${path} `))).toBe(true), { timeout: 3_000 });
      const line = logs.find((l) => l.startsWith(`POST ${path} `)) ?? '';
      expect(line).not.toMatch(/ 5\d\d /);
      expect(logs.join('\n')).toContain('client closed the request');
      expect(errors.join('\n')).not.toMatch(/\[api\]|internal/);
    });
  }
});
