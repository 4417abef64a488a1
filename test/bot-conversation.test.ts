/**
 * Conversations, "more" and 👍/👎 through the Telegram and Zalo bots, against the fake Bot API
 * servers, with the real engine and a real question log (SQLite file) read back through the
 * admin routes.
 */
import type { Message, Update } from 'grammy/types';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot, telegramRoutes } from '../bots/telegram.js';
import { createZaloBot, zaloRoutes, type ZaloBot } from '../bots/zalo.js';
import { indicatorKeys, targetsText } from '../bots/commands.js';
import { createService } from '../src/answer/service.js';
import { createApp } from '../src/api/app.js';
import { createChat, type Chat } from '../src/chat/chat.js';
import { createConversationStore } from '../src/chat/conversations.js';
import { openQuestionLog, type QuestionLog } from '../src/db/log.js';
import { openSqliteFile } from '../src/db/sqlite-file.js';
import { INDICATORS } from '../src/domain/indicators.js';
import { readIndex } from '../src/store.js';
import { isValidTelegramHtml, startFakeTelegram, startFakeZalo, TG_BOT, type FakeApi } from './fakes.js';
import { getEngine } from './helpers.js';
import { tempDir } from './tmp.js';

const service = createService(getEngine());
const manifest = readIndex().manifest;
const ADMIN = 'bot-admin-token-0123456789';
const TG_TOKEN = '123456:TEST-token';
const TG_SECRET = 'test_secret-42';
const ZALO_TOKEN = '1459232241454765289:test-access-token';
const ZALO_SECRET = 'zalo-secret-1234';
const dir = tempDir('botconv-');
const logs: QuestionLog[] = [];
afterAll(async () => {
  for (const l of logs) await l.close();
});

async function chatWithLog(name: string): Promise<Chat> {
  const log = await openQuestionLog(openSqliteFile(join(dir, `${name}.sqlite`)), { retentionDays: 30, flushMs: 10 });
  logs.push(log);
  return createChat({ service, conversations: createConversationStore(), log });
}

const adminApp = (chat: Chat) => createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', chat, adminToken: ADMIN });
const admin = async <T>(chat: Chat, path: string): Promise<T> => {
  const res = await adminApp(chat).request(path, { headers: { authorization: `Bearer ${ADMIN}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};

/** A question whose answer leaves rows out (the engine's `more`), found, not assumed. */
const LONG = ['Cơ quan nào phối hợp công tác tuyên truyền ở Đức Phổ, thời hạn khi nào?', 'Thời hạn thực hiện các nhiệm vụ ở Đức Phổ?', 'Các nhiệm vụ của Tây Ninh?', 'Chỉ tiêu của Tây Ninh đến năm 2030?'].find((q) => (service.ask(q).more ?? 0) > 0);

const sent = (api: FakeApi) => api.calls.filter((c) => c.method === 'sendMessage');
type Button = { text: string; callback_data: string };
type TgMessage = { text: string; chat_id: number; reply_markup?: { inline_keyboard: Button[][] } };
const buttons = (m: TgMessage | undefined): Button[] => (m?.reply_markup?.inline_keyboard ?? []).flat();

describe('Telegram: a conversation per chat and user, 👍/👎 and "more"', () => {
  let api: FakeApi;
  let chat: Chat;
  let post: (u: Update) => Response | Promise<Response>;
  let updateId = 1;
  const from = (id: number) => ({ id, is_bot: false, first_name: 'Cán bộ' });
  const textUpdate = (chatId: number, userId: number, text: string, extra: Partial<Message> = {}): Update =>
    ({
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: 1_700_000_000,
        chat: chatOf(chatId),
        from: from(userId),
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 1 }] } : {}),
        ...extra,
      },
    }) as Update;
  const chatOf = (id: number) => (id > 0 ? { id, type: 'private', first_name: 'Cán bộ' } : { id, type: 'group', title: 'Chi bộ' });
  const press = (chatId: number, userId: number, data: string): Update =>
    ({ update_id: updateId++, callback_query: { id: `cb${updateId}`, chat_instance: 'x', from: from(userId), message: { message_id: 1, date: 1, chat: chatOf(chatId) }, data } }) as Update;

  beforeEach(async () => {
    api = await startFakeTelegram();
    chat = await chatWithLog(`tg-${updateId}`);
    const bot = createTelegramBot(service, { token: TG_TOKEN, apiRoot: api.url, botInfo: TG_BOT, perChatLimit: 100 }, chat);
    const app = telegramRoutes(bot, TG_SECRET);
    post = (u) => app.request('/bots/telegram', { method: 'POST', body: JSON.stringify(u), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET } });
  });
  afterEach(async () => {
    await api.close();
  });

  /** Send a text and return the bot's (last) reply. */
  async function say(chatId: number, text: string, userId = chatId): Promise<TgMessage> {
    const before = sent(api).length;
    expect((await post(textUpdate(chatId, userId, text))).status).toBe(200);
    const replies = sent(api).slice(before);
    expect(replies.length, text).toBeGreaterThan(0);
    for (const r of replies) expect(isValidTelegramHtml(r.payload.text as string)).toBe(true);
    return replies[replies.length - 1]?.payload as TgMessage;
  }

  it('five turns: three follow-up forms resolved, then a fresh question resets; /moi starts over', async () => {
    const t1 = await say(21, 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?');
    expect(t1.text).toContain('Tuy Phước');
    expect(t1.text).toContain('96%');
    expect(t1.text).not.toContain('Hiểu câu hỏi là');

    const t2 = await say(21, 'còn Tây Ninh thì sao?');
    expect(t2.text).toContain('<i>Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?</i>');
    expect(t2.text).toContain('95%');
    expect(t2.text).toContain('Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Tây Ninh');

    const t3 = await say(21, 'so sánh với Bình Định');
    expect(t3.text).toMatch(/Hiểu câu hỏi là: .*Tây Ninh.*Bình Định/);
    expect(t3.text).toContain('Bình Định');
    expect(t3.text).toContain('Tây Ninh');

    const t4 = await say(21, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    expect(t4.text).not.toContain('Hiểu câu hỏi là');
    expect(t4.text).toContain('Ban Tuyên giáo Huyện ủy (Tuy Phước) chủ trì');

    const t5 = await say(21, 'ai phối hợp?');
    expect(t5.text).toContain('Hiểu câu hỏi là: Cơ quan nào phối hợp công tác tuyên truyền ở Tuy Phước?');
    expect(t5.text).toContain('Ủy ban Mặt trận Tổ quốc');

    // Another chat knows nothing of this one.
    const other = await say(22, 'ai phối hợp?');
    expect(other.text).not.toContain('Hiểu câu hỏi là');

    const reset = await say(21, '/moi');
    expect(reset.text).toContain('cuộc trò chuyện mới');
    const after = await say(21, 'còn Tây Ninh thì sao?');
    expect(after.text).not.toContain('Hiểu câu hỏi là');

    // Every turn was logged for the admin, with the reading of the follow-ups.
    await new Promise((r) => setTimeout(r, 50));
    const listed = await admin<{ items: Array<{ question: string; resolved: string | null; channel: string; client: string | null }> }>(chat, '/api/admin/questions?channel=telegram&limit=100');
    expect(listed.items.length).toBe(7); // five turns, the other chat, the turn after /moi
    expect(listed.items.find((q) => q.question === 'ai phối hợp?' && q.resolved)?.resolved).toContain('phối hợp công tác tuyên truyền ở Tuy Phước');
    expect(JSON.stringify(listed)).not.toContain('tg:21');
  });

  it('in a group each member has their own thread', async () => {
    const mention = (text: string): Partial<Message> => ({ text: `@hoidap42_bot ${text}`, entities: [{ type: 'mention', offset: 0, length: 13 }] });
    const ask = async (user: number, text: string) => {
      const before = sent(api).length;
      await post(textUpdate(-300, user, `@hoidap42_bot ${text}`, mention(text)));
      return sent(api).slice(before).map((c) => c.payload.text as string).join('\n');
    };
    await ask(1, 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?');
    await ask(2, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    const one = await ask(1, 'còn Tây Ninh thì sao?');
    expect(one).toContain('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh');
    const two = await ask(2, 'ai phối hợp?');
    expect(two).toContain('Hiểu câu hỏi là: Cơ quan nào phối hợp công tác tuyên truyền ở Tuy Phước?');
    // A suggestion under member 1's answer, tapped by member 3, continues member 1's thread.
    const last = sent(api).filter((c) => (c.payload.text as string).includes('Tây Ninh')).at(-1)?.payload as TgMessage;
    const next = buttons(last).find((b) => b.callback_data.startsWith('q:') && /^💬 (Còn|So sánh)/.test(b.text));
    expect(next).toBeDefined();
    const before = sent(api).length;
    await post(press(-300, 3, next?.callback_data ?? ''));
    expect(sent(api).slice(before).map((c) => c.payload.text as string).join('\n')).toContain('Hiểu câu hỏi là: ');
  });

  it('👍/👎 under each answer are stored and listed by the admin route; buttons follow the question’s language', async () => {
    const vi = await say(31, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    const en = await say(31, 'Which agency leads propaganda work in Tuy Phuoc?');
    for (const m of [vi, en]) for (const b of buttons(m)) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    const up = buttons(vi).find((b) => b.callback_data.startsWith('fb:+:'));
    const down = buttons(en).find((b) => b.callback_data.startsWith('fb:-:'));
    expect(up?.text).toBe('👍 Đúng');
    expect(down?.text).toBe('👎 Wrong');
    expect(buttons(vi).some((b) => b.text.startsWith('💬 '))).toBe(true); // suggested follow-ups
    expect(buttons(en).filter((b) => b.text.startsWith('💬 ')).every((b) => /^💬 [A-Z][a-z]/.test(b.text))).toBe(true);

    const answered = () => api.calls.filter((c) => c.method === 'answerCallbackQuery');
    await post(press(31, 31, up?.callback_data ?? ''));
    expect(answered().at(-1)?.payload.text).toBe('Cảm ơn bạn đã góp ý!');
    await post(press(31, 31, down?.callback_data ?? ''));
    expect(answered().at(-1)?.payload.text).toBe('Thank you for your feedback!');
    // An unknown answer is still answered (the button must stop spinning), and nothing is stored.
    await post(press(31, 31, 'fb:-:AAAAAAAAAAAAAAAAAAAAAA'));
    expect(answered().length).toBe(3);
    expect(answered().at(-1)?.payload.text).toMatch(/Không còn tìm thấy/);

    const fb = await admin<{ items: Array<{ vote: string; question: string; channel: string }> }>(chat, '/api/admin/feedback');
    expect(fb.items.map((x) => [x.vote, x.question, x.channel]).sort()).toEqual(
      [
        ['down', 'Which agency leads propaganda work in Tuy Phuoc?', 'telegram'],
        ['up', 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?', 'telegram'],
      ].sort(),
    );
    const downs = await admin<{ items: unknown[] }>(chat, '/api/admin/feedback?vote=down');
    expect(downs.items.length).toBe(1);
  });

  it('"Thêm kết quả" only when the answer has more, and it shows the rest', async () => {
    expect(LONG, 'a question with more rows than shown').toBeDefined();
    const q = LONG ?? '';
    const full = service.ask(q);
    const m = await say(41, q);
    const more = buttons(m).find((b) => b.callback_data.startsWith('m:'));
    expect(more?.text).toBe(`Thêm kết quả (${full.more})`);
    await post(press(41, 41, more?.callback_data ?? ''));
    expect(api.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    const rest = sent(api).at(-1)?.payload as TgMessage;
    expect(rest.text.match(/<b>\[\d+\]<\/b>/g)?.length ?? 0).toBeGreaterThan(full.citations.length);
    const single = await say(41, 'Ai ký Kế hoạch 133-KH/HU?');
    expect(service.ask('Ai ký Kế hoạch 133-KH/HU?').more ?? 0).toBe(0);
    expect(buttons(single).some((b) => b.callback_data.startsWith('m:'))).toBe(false);
  });

  it('a topic several plans set, asked with no locality: answered for all, the localities offered as buttons', async () => {
    const m = await say(61, 'Chỉ tiêu nhà ở xã hội đến năm 2030?');
    expect(m.text).toContain('Bạn muốn xem riêng địa phương nào?');
    const choices = buttons(m).filter((b) => b.callback_data.startsWith('q:') && !b.text.startsWith('💬'));
    expect(choices.map((b) => b.text).sort()).toEqual(['Bình Định', 'Tây Ninh', 'Đức Phổ'].sort());
    await post(press(61, 61, choices.find((b) => b.text === 'Tây Ninh')?.callback_data ?? ''));
    const reply = sent(api).at(-1)?.payload as TgMessage;
    expect(reply.text).toContain('11.900');
    expect(reply.text).not.toContain('12.900');
  });

  it('a suggested follow-up button asks it in the same conversation', async () => {
    const m = await say(51, 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?');
    const next = buttons(m).find((b) => b.callback_data.startsWith('q:') && /^💬 Còn /.test(b.text));
    expect(next).toBeDefined();
    await post(press(51, 51, next?.callback_data ?? ''));
    const reply = sent(api).at(-1)?.payload as TgMessage;
    expect(reply.text).toContain('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở');
  });
});

describe('/chitieu accepts any name of an indicator the engine understands', () => {
  it('every indicator with targets, by its Vietnamese name, English name and key', () => {
    for (const d of INDICATORS) {
      if (!service.compare(d.key).length) continue;
      for (const name of [d.vi, d.en, d.key]) {
        expect(indicatorKeys(service, name), `${d.key} ← ${name}`).toContain(d.key);
        expect(targetsText('plain', 'vi', service, name).join('\n'), name).toContain(service.indicatorLabel(d.key, 'vi'));
      }
    }
    for (const [name, key] of [['bhyt', 'health_insurance'], ['nha o xa hoi', 'social_housing_units'], ['doctors', 'doctors_per_10k'], ['tuổi thọ', 'life_expectancy']] as const) expect(indicatorKeys(service, name)).toContain(key);
    expect(indicatorKeys(service, 'giá vàng')).toEqual([]);
    const table = targetsText('plain', 'vi', service, 'bảo hiểm y tế Tây Ninh').join('\n');
    expect(table).toContain('Tây Ninh:');
    expect(table).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/); // documents by their names, not file names
    expect(table).not.toMatch(/dòng (\d+)–\1\b/);
  });
});

describe('Zalo: a conversation per chat, 👍/👎 and "thêm" by text', () => {
  let api: FakeApi;
  let bot: ZaloBot;
  let chat: Chat;
  let n = 1;
  const update = (chatId: string, text: string) => ({
    event_name: 'message.text.received',
    message: { message_id: `conv${n++}`, date: 1_749_000_000_000, chat: { id: chatId, chat_type: 'PRIVATE' }, from: { id: chatId, display_name: 'Cán bộ' }, text },
  });
  beforeEach(async () => {
    api = await startFakeZalo();
    chat = await chatWithLog(`zalo-${n}`);
    bot = createZaloBot(service, { token: ZALO_TOKEN, apiRoot: api.url, perChatLimit: 100 }, chat);
  });
  afterEach(async () => {
    await api.close();
  });
  async function say(chatId: string, text: string): Promise<string> {
    const before = sent(api).length;
    const res = await zaloRoutes(bot, ZALO_SECRET).request('/bots/zalo', { method: 'POST', body: JSON.stringify(update(chatId, text)), headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': ZALO_SECRET } });
    expect(res.status).toBe(200);
    const parts = sent(api).slice(before).map((c) => c.payload.text as string);
    expect(parts.length, text).toBeGreaterThan(0);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2000);
    return parts.join('\n');
  }

  it('five turns: three follow-up forms resolved, then a fresh question resets; 👍/👎 stored', async () => {
    const t1 = await say('z1', 'Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định?');
    expect(t1).toContain('Ban Tuyên giáo Tỉnh ủy (Bình Định)');
    expect(t1).toContain('Gõ 👍 hoặc 👎');
    expect(t1).toContain('Hỏi tiếp:');

    const t2 = await say('z1', 'thời hạn khi nào?');
    expect(t2).toContain('Hiểu câu hỏi là: Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định, thời hạn khi nào?');
    expect(t2).toContain('Quý IV/2024');
    expect(await say('z1', '👍')).toContain('Cảm ơn');

    const t3 = await say('z1', 'Chỉ tiêu bác sĩ trên 10.000 dân của Tây Ninh đến năm 2030?');
    expect(t3).not.toContain('Hiểu câu hỏi là');
    expect(t3).toContain('11 bác sĩ');

    const t4 = await say('z1', 'thế còn Đức Phổ?');
    expect(t4).toContain('Hiểu câu hỏi là: Chỉ tiêu bác sĩ trên 10.000 dân của Đức Phổ đến năm 2030?');
    expect(t4).toContain('07 bác sĩ');
    expect(t4).toContain('Chương trình hành động của Thị uỷ Đức Phổ');

    const t5 = await say('z1', 'năm 2045 thì sao?');
    expect(t5).toContain('Hiểu câu hỏi là: Chỉ tiêu bác sĩ trên 10.000 dân của Đức Phổ đến năm 2045?');
    expect(await say('z1', '👎 chưa có số liệu năm 2045')).toContain('Cảm ơn');

    // Another chat has its own thread; /moi starts over.
    expect(await say('z2', 'thế còn Đức Phổ?')).not.toContain('Hiểu câu hỏi là');
    expect(await say('z1', '/moi')).toContain('cuộc trò chuyện mới');
    expect(await say('z1', 'thế còn Tây Ninh?')).not.toContain('Hiểu câu hỏi là');
    expect(await say('z3', '👍')).toContain('Chưa có câu trả lời');

    const fb = await admin<{ items: Array<{ vote: string; question: string; comment: string | null; channel: string }> }>(chat, '/api/admin/feedback');
    expect(fb.items.map((x) => [x.vote, x.question, x.comment, x.channel]).sort()).toEqual(
      [
        ['down', 'năm 2045 thì sao?', 'chưa có số liệu năm 2045', 'zalo'],
        ['up', 'thời hạn khi nào?', null, 'zalo'],
      ].sort(),
    );
  });

  it('"thêm" shows the rows an answer left out, only when there are some', async () => {
    expect(LONG, 'a question with more rows than shown').toBeDefined();
    const q = LONG ?? '';
    const full = service.ask(q);
    expect(await say('z9', 'Ai ký Kế hoạch 133-KH/HU?')).not.toContain('kết quả khác');
    const first = await say('z9', q);
    expect(first).toContain(`Còn ${full.more} kết quả khác`);
    const rest = await say('z9', 'thêm');
    expect(rest.match(/^\[\d+\]/gm)?.length ?? 0).toBeGreaterThan(full.citations.length);
    expect(await say('z9', 'thêm')).toContain('Không còn kết quả khác');
  });
});
