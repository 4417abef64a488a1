/**
 * The failures that opened the issue "Right answers on questions and documents nobody tuned
 * for", each answered right — the fact in the answer and the right passage cited — through
 * the engine (the CLI's path), the HTTP API and the Telegram bot.
 */
import type { Bot } from 'grammy';
import type { Message, Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/engine.js';
import { createService } from '../src/answer/service.js';
import { createApp } from '../src/api/app.js';
import { inlineDeadline } from '../src/ingest/deadline.js';
import { readIndex } from '../src/store.js';
import { AnswerSchema, type Answer } from '../src/types.js';
import { createTelegramBot } from '../bots/telegram.js';
import { startFakeTelegram, TG_BOT, type FakeApi } from './fakes.js';
import { getEngine, SEED } from './helpers.js';

interface Case {
  q: string;
  /** Every string must be in the answer. */
  has: string[];
  /** Some citation of this source holds this text (and, when given, starts within these lines). */
  cite?: { source: string; quote: string; within?: [number, number] };
  abstain?: boolean;
}

const CASES: Case[] = [
  { q: 'Tây Ninh đặt chỉ tiêu gì về bảo hiểm y tế?', has: ['95%', '70%'], cite: { source: SEED.tayNinh, quote: 'Trên 95% dân số tham gia bảo hiểm y tế' } },
  { q: 'chỉ tiêu bảo hiểm y tế của Tây Ninh', has: ['95%'], cite: { source: SEED.tayNinh, quote: 'Trên 95% dân số tham gia bảo hiểm y tế' } },
  { q: 'bao hiem y te tay ninh', has: ['95%'], cite: { source: SEED.tayNinh, quote: 'Trên 95% dân số tham gia bảo hiểm y tế' } },
  { q: 'So sánh chỉ tiêu bảo hiểm y tế giữa các địa phương', has: ['Tuy Phước', 'Đức Phổ', 'Bình Định', 'Tây Ninh', '96%', '97%'], cite: { source: SEED.binhDinh, quote: 'trên 97% dân số tham gia bảo hiểm y tế' } },
  { q: 'Chỉ tiêu bhyt của huyện Phù Mỹ đến 2030?', has: ['Phù Mỹ'], abstain: true },
  { q: 'Ở huyện Phù Mỹ, cơ quan nào chủ trì công tác tuyên truyền?', has: ['Phù Mỹ'], abstain: true },
  {
    q: 'Ở Tuyên Quang, ban nào phối hợp với Ban Tuyên giáo - Phong trào tham mưu báo cáo kết quả?',
    has: ['Ban Dân chủ - Pháp luật'],
    cite: { source: SEED.tuyenQuang, quote: 'Phối hợp với Ban Tuyên giáo - Phong trào tham mưu báo cáo kết quả', within: [91, 91] },
  },
  {
    q: 'Ai giúp Tỉnh ủy Tây Ninh theo dõi, kiểm tra, đôn đốc việc thực hiện?',
    has: ['Ban Tuyên giáo Tỉnh ủy'],
    cite: { source: SEED.tayNinh, quote: 'giúp Tỉnh ủy theo dõi, kiểm tra, đôn đốc', within: [138, 138] },
  },
  // The giảm nghèo item closes section 5 of Đức Phổ's plan (its assignment lines 466–474).
  { q: 'thoi gian thuc hien nhiem vu giam ngheo o duc pho', has: ['Năm 2024 và các năm tiếp theo'], cite: { source: SEED.ducPho, quote: 'Thời gian thực hiện: Năm 2024 và các năm tiếp theo', within: [440, 474] } },
  { q: 'Quỹ nào được vận động hằng năm ở Tuyên Quang?', has: ['Đèn on đắp nghĩa', 'Vì người nghèo'], cite: { source: SEED.tuyenQuang, quote: 'vận động ủng hộ xây dựng Quỹ "Vì người nghèo"' } },
  { q: 'Kế hoạch 19-KH/TW do cơ quan nào ban hành?', has: ['Bộ Chính trị'], cite: { source: SEED.ducPho, quote: 'Kế hoạch số 19-KH/TW ngày 27/11/2023 của Bộ Chính trị' } },
  { q: 'Theo kế hoạch 133 thì ai chủ trì tuyên truyền?', has: ['Ban Tuyên giáo Huyện ủy'], cite: { source: SEED.tuyPhuoc, quote: 'Ban Tuyên giáo Huyện ủy chủ trì' } },
  // Hard-wrapped PDF text: the quote is the whole sentence, from its start.
  { q: 'Đức Phổ đặt chỉ tiêu bao nhiêu hộ gia đình ở nông thôn dùng nước sạch?', has: ['80%'], cite: { source: SEED.ducPho, quote: 'thành thị và 80% hộ gia đình ở nông thôn' } },
];

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[*#_\\]/g, '').replace(/\s+/g, ' ');

function check(c: Case, a: Answer): void {
  expect(AnswerSchema.parse(a).abstained, c.q).toBe(Boolean(c.abstain));
  for (const h of c.has) expect(norm(a.answer), c.q).toContain(norm(h));
  if (!c.cite) return;
  const { source, quote, within } = c.cite;
  const hit = a.citations.find((x) => x.source === source && norm(x.quote).includes(norm(quote)));
  expect(hit, `${c.q}: cites ${JSON.stringify(a.citations.map((x) => [x.source, x.lines, x.quote.slice(0, 60)]))}`).toBeDefined();
  if (within && hit) {
    expect(hit.lines[0]).toBeGreaterThanOrEqual(within[0]);
    expect(hit.lines[0]).toBeLessThanOrEqual(within[1]);
  }
  // A quote never starts mid-sentence: a capital, a digit, a bullet or an opening mark.
  for (const x of a.citations) expect(x.quote, x.quote.slice(0, 40)).toMatch(/^[\p{Lu}\d\-+•"“(]/u);
  // The marked span lies inside the quote.
  for (const x of a.citations) for (const [s, e] of x.highlights ?? []) expect(0 <= s && s < e && e <= x.quote.length).toBe(true);
}

describe('the examples of the issue, through the engine (CLI path)', () => {
  for (const c of CASES) it(c.q, () => check(c, ask(getEngine(), c.q)));

  it('English answers are English all round the quotes', () => {
    const a = ask(getEngine(), 'Which agency leads propaganda work in Tuy Phước?');
    expect(a.lang).toBe('en');
    expect(a.answer.replace(/“[^”]*”/g, '')).not.toMatch(/chủ trì|Thời hạn|Chỉ tiêu|Trích dẫn/);
  });

  it('deadlines written in parentheses are extracted', () => {
    expect(inlineDeadline('Rà soát chính sách hỗ trợ nhà ở (hoàn thành trong tháng 12/2023).')?.normalized).toBe('2023-12');
    expect(inlineDeadline('Tổ chức hội nghị quán triệt (đầu tháng 12/2023).')?.normalized).toBe('2023-12');
    expect(inlineDeadline('Tổng kết việc thực hiện (hằng năm).')?.kind).toBe('yearly');
  });

  it('/chitieu understands an indicator named the way the plans word it', () => {
    expect(createService(getEngine()).indicators('bảo hiểm y tế')[0]).toBe('health_insurance');
  });
});

describe('the examples of the issue, through POST /api/ask', () => {
  const app = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '' });
  for (const c of CASES) {
    it(c.q, async () => {
      const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: c.q }) });
      expect(res.status).toBe(200);
      check(c, AnswerSchema.parse(await res.json()));
    });
  }
});

describe('the examples of the issue, through the Telegram bot (fake Bot API on 127.0.0.1)', () => {
  let api: FakeApi;
  let bot: Bot;
  beforeAll(async () => {
    api = await startFakeTelegram();
    bot = createTelegramBot(createService(getEngine()), { token: '123456:TEST-why', apiRoot: api.url, botInfo: TG_BOT, perChatLimit: 1000 });
    void bot.start({ drop_pending_updates: false });
  });
  afterAll(async () => {
    if (bot.isRunning()) await bot.stop();
    await api.close();
  });
  CASES.forEach((c, i) => {
    it(c.q, async () => {
      const chat = 9000 + i;
      const update = {
        update_id: 50_000 + i,
        message: { message_id: i + 1, date: 1_700_000_000, chat: { id: chat, type: 'private', first_name: 'Cán bộ' }, from: { id: chat, is_bot: false, first_name: 'Cán bộ' }, text: c.q } as Message,
      } as Update;
      api.push(update);
      await api.waitFor((calls) => calls.some((x) => x.method === 'sendMessage' && (x.payload as { chat_id: number }).chat_id === chat));
      const text = api.calls
        .filter((x) => x.method === 'sendMessage' && (x.payload as { chat_id: number }).chat_id === chat)
        .map((x) => String((x.payload as { text: string }).text))
        .join('\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      for (const h of c.has) expect(norm(text), c.q).toContain(norm(h));
    });
  });
});
