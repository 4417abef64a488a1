import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createService } from '../src/answer/service.js';
import { createApp } from '../src/api/app.js';
import { ChatAnswerSchema } from '../src/api/schemas.js';
import { createChat } from '../src/chat/chat.js';
import { createConversationStore } from '../src/chat/conversations.js';
import { normalizeQuestion, openQuestionLog, type QuestionLog } from '../src/db/log.js';
import { openSqliteFile } from '../src/db/sqlite-file.js';
import { readIndex } from '../src/store.js';
import { AnswerSchema } from '../src/types.js';
import { getEngine, SEED } from './helpers.js';
import { tempDir } from './tmp.js';

const manifest = readIndex().manifest;
const TOKEN = 'test-admin-token-0123456789';
const opened: QuestionLog[] = [];
afterAll(async () => {
  for (const l of opened) await l.close();
});

async function openLog(path: string, extra: Parameters<typeof openQuestionLog>[1] = { retentionDays: 180 }): Promise<QuestionLog> {
  const log = await openQuestionLog(openSqliteFile(path), { flushMs: 20, ...extra });
  opened.push(log);
  return log;
}

function appWith(log: QuestionLog | undefined, adminToken: string | null = TOKEN) {
  return createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', ...(log ? { log } : {}), ...(adminToken ? { adminToken } : {}) });
}

type App = ReturnType<typeof appWith>;
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const bearer = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });

async function ask(app: App, question: string, conversation?: string) {
  const res = await app.request('/api/ask', json({ question, ...(conversation ? { conversation } : {}) }));
  expect(res.status).toBe(200);
  return ChatAnswerSchema.parse(await res.json());
}

const sources = (a: { citations: Array<{ source: string }> }) => [...new Set(a.citations.map((c) => c.source))];

describe('a conversation through POST /api/ask', () => {
  it('five turns: three follow-up forms resolved, then a fresh question resets', async () => {
    const app = appWith(undefined);
    const t1 = await ask(app, 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'new');
    const id = t1.conversation;
    expect(id).toMatch(/^c_[0-9a-f]{24}$/);
    expect(sources(t1)).toEqual([SEED.tuyPhuoc]);
    expect(t1.suggestions?.length).toBeGreaterThanOrEqual(2);

    const t2 = await ask(app, 'còn Tây Ninh thì sao?', id);
    expect(t2.conversation).toBe(id);
    expect(t2.reading).toBe('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?');
    expect(sources(t2)).toEqual([SEED.tayNinh]);

    const t3 = await ask(app, 'so sánh với Bình Định', id);
    expect(t3.intent).toBe('compare');
    expect(sources(t3).sort()).toEqual([SEED.binhDinh, SEED.tayNinh].sort());

    const t4 = await ask(app, 'Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định?', id);
    expect(t4.reading).toBeUndefined();
    expect(t4.intent).toBe('responsibility');
    expect(sources(t4)).toEqual([SEED.binhDinh]);

    const t5 = await ask(app, 'thời hạn khi nào?', id);
    expect(t5.reading).toMatch(/^Hiểu câu hỏi là: Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định, thời hạn khi nào\?$/);
    expect(t5.intent).toBe('deadline');
    expect(t5.answer).toContain('Quý IV/2024');
  });

  it('conversations are separate, and a stateless caller gets the plain answer object', async () => {
    const app = appWith(undefined);
    await ask(app, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?', 'mine-1');
    const other = await ask(app, 'còn Tây Ninh thì sao?', 'mine-2');
    expect(other.reading).toBeUndefined();
    const res = await app.request('/api/ask', json({ question: 'còn Tây Ninh thì sao?' }));
    const plain = AnswerSchema.strict().parse(await res.json());
    expect(plain.question).toBe('còn Tây Ninh thì sao?');
  });

  it('a bad conversation id gets a clear Vietnamese error', async () => {
    const app = appWith(undefined);
    for (const conversation of ['', 'x'.repeat(101), 'a b', 42, null, ['x']]) {
      const res = await app.request('/api/ask', json({ question: 'ai chủ trì?', conversation }));
      expect(res.status, JSON.stringify(conversation)).toBe(400);
      const e = (await res.json()) as { error: { code: string; message: string } };
      // The message names the field, in Vietnamese.
      expect(e.error.message).toMatch(/conversation/);
      expect(e.error.message).toMatch(/phải|không hợp lệ/);
    }
  });

  it('the store is bounded in turns, age and count', () => {
    let t = 0;
    const store = createConversationStore({ maxTurns: 3, maxAgeMs: 1000, maxConversations: 2, now: () => t });
    const service = createService(getEngine());
    const chat = createChat({ service, conversations: store });
    for (const q of ['Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước?', 'còn Tây Ninh thì sao?', 'thế còn Đức Phổ?', 'so sánh với Bình Định']) chat.ask({ question: q, channel: 'api', conversation: 'a' });
    expect(store.history('a').map((x) => x.asked)).toEqual(['còn Tây Ninh thì sao?', 'thế còn Đức Phổ?', 'so sánh với Bình Định']);
    chat.ask({ question: 'ai chủ trì tuyên truyền ở Tuy Phước?', channel: 'telegram', conversation: 'tg:1:2' });
    chat.ask({ question: 'ai chủ trì tuyên truyền ở Tây Ninh?', channel: 'zalo', conversation: 'zalo:9' });
    expect(store.size).toBe(2);
    expect(store.history('a')).toEqual([]); // least recently used went first
    t = 5000;
    expect(store.history('tg:1:2')).toEqual([]); // idle too long
    chat.reset('zalo:9');
    expect(store.history('zalo:9')).toEqual([]);
  });
});

describe('question log, feedback and admin routes', () => {
  const dir = tempDir('qlog-');
  const path = join(dir, 'app.sqlite');

  it('logs every question and stores 👍/👎 listed by the admin routes', async () => {
    const log = await openLog(path);
    const app = appWith(log);
    const a = await ask(app, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?', 'fb-1');
    const b = await ask(app, 'còn Tây Ninh thì sao?', 'fb-1');
    const c = await ask(app, 'Giá vé máy bay đi Hà Nội bao nhiêu?');
    await ask(app, 'gia ve may bay di Ha Noi bao nhieu');
    expect(a.answerId && b.answerId && c.answerId).toBeTruthy();

    const up = await app.request('/api/feedback', json({ answerId: a.answerId, vote: 'up' }));
    expect(up.status).toBe(200);
    const down = await app.request('/api/feedback', json({ answerId: c.answerId, vote: 'down', comment: 'Cần thêm thông tin giá vé' }));
    expect(await down.json()).toEqual({ ok: true, answerId: c.answerId, vote: 'down' });

    const q = await app.request('/api/admin/questions?limit=10', bearer(TOKEN));
    expect(q.status).toBe(200);
    const qs = (await q.json()) as { items: Array<{ id: string; question: string; resolved: string | null; answered: boolean; channel: string; intent: string; sources: string[]; conversation: string | null; client: string | null; vote: string | null }> };
    expect(qs.items.length).toBe(4);
    const first = qs.items.find((x) => x.id === a.answerId);
    expect(first).toMatchObject({ channel: 'api', answered: true, intent: 'responsibility', sources: [`${SEED.tuyPhuoc}:159-159`], vote: 'up' });
    const follow = qs.items.find((x) => x.id === b.answerId);
    expect(follow?.question).toBe('còn Tây Ninh thì sao?');
    expect(follow?.resolved).toContain('Tây Ninh');
    // Identifiers only as salted hashes: the conversation id and client address never appear.
    expect(follow?.conversation).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(qs)).not.toContain('fb-1');

    const abstained = (await (await app.request('/api/admin/questions?abstained=true', bearer(TOKEN))).json()) as { items: Array<{ answered: boolean }> };
    expect(abstained.items.length).toBe(2);
    expect(abstained.items.every((x) => !x.answered)).toBe(true);

    const fb = (await (await app.request('/api/admin/feedback?vote=down', bearer(TOKEN))).json()) as { items: Array<{ answerId: string; comment: string; question: string }> };
    expect(fb.items).toEqual([expect.objectContaining({ answerId: c.answerId, comment: 'Cần thêm thông tin giá vé', question: 'Giá vé máy bay đi Hà Nội bao nhiêu?' })]);

    const un = (await (await app.request('/api/admin/unanswered', bearer(TOKEN))).json()) as { items: Array<{ count: number; normalized: string }> };
    expect(un.items[0]).toMatchObject({ count: 2, normalized: normalizeQuestion('Giá vé máy bay đi Hà Nội bao nhiêu?') });

    const csv = await app.request('/api/admin/questions?format=csv&channel=api', bearer(TOKEN));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('id,asked_at,channel,question,resolved,answered,intent,sources,vote,conversation_hash,client_hash');
    expect(text).toContain('Giá vé máy bay');
    const none = (await (await app.request('/api/admin/questions?channel=telegram', bearer(TOKEN))).json()) as { total: number };
    expect(none.total).toBe(0);
    const future = (await (await app.request('/api/admin/questions?from=2999-01-01', bearer(TOKEN))).json()) as { total: number };
    expect(future.total).toBe(0);
  });

  it('survives a server restart: close the database, reopen the same file', async () => {
    const before = await openLog(path);
    const app1 = appWith(before);
    const server1 = serve({ fetch: app1.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server1.once('listening', r));
    const port1 = (server1.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port1}/api/ask`, json({ question: 'Ai ký kế hoạch của Tây Ninh?', channel: 'web' }));
    const { answerId } = (await res.json()) as { answerId: string };
    await new Promise((r) => server1.close(r));
    await before.close();

    const after = await openLog(path);
    const app2 = appWith(after);
    const listed = (await (await app2.request('/api/admin/questions?channel=web', bearer(TOKEN))).json()) as { items: Array<{ id: string; question: string }> };
    expect(listed.items.map((x) => x.id)).toContain(answerId);
    // Feedback on an answer given before the restart.
    expect((await app2.request('/api/feedback', json({ answerId, vote: 'down' }))).status).toBe(200);
    const all = (await (await app2.request('/api/admin/questions?limit=100', bearer(TOKEN))).json()) as { total: number };
    expect(all.total).toBe(5);
  });

  it('admin routes refuse a missing or wrong token, and are off without one', async () => {
    const log = await openLog(join(dir, 'auth.sqlite'));
    const app = appWith(log);
    for (const p of ['/api/admin/questions', '/api/admin/feedback', '/api/admin/unanswered']) {
      const missing = await app.request(p);
      expect(missing.status, p).toBe(401);
      expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/mã quản trị/);
      expect((await app.request(p, bearer('wrong-token-0123456789'))).status, p).toBe(401);
      expect((await app.request(p, bearer(`${TOKEN}x`))).status, p).toBe(401);
      expect((await app.request(p, bearer(TOKEN))).status, p).toBe(200);
    }
    const off = await appWith(log, null).request('/api/admin/questions', bearer(TOKEN));
    expect(off.status).toBe(403);
    expect(((await off.json()) as { error: { message: string } }).error.message).toMatch(/ADMIN_TOKEN/);
    const badFilter = await app.request('/api/admin/questions?limit=0&channel=fax', bearer(TOKEN));
    expect(badFilter.status).toBe(400);
  });

  it('bad feedback gets clear Vietnamese errors, never a 500', async () => {
    const log = await openLog(join(dir, 'bad.sqlite'));
    const app = appWith(log);
    const { answerId } = await ask(app, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    const cases: Array<[unknown, number, RegExp]> = [
      [{ answerId: 'nope', vote: 'up' }, 404, /Không tìm thấy câu trả lời/],
      [{ answerId, vote: 'meh' }, 400, /"up".*"down"/],
      [{ answerId, vote: 1 }, 400, /"up".*"down"/],
      [{ answerId, vote: 'up', comment: 'x'.repeat(1001) }, 400, /Góp ý quá dài/],
      [{ answerId, vote: 'up', comment: 42 }, 400, /Góp ý không hợp lệ/],
      [{ vote: 'up' }, 400, /answerId/],
      [{ answerId: 7, vote: 'up' }, 400, /answerId/],
      [{ answerId, vote: 'up', extra: true }, 400, /Góp ý không hợp lệ/],
      [[answerId, 'up'], 400, /Góp ý không hợp lệ/],
    ];
    for (const [body, status, message] of cases) {
      const res = await app.request('/api/feedback', json(body));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message, JSON.stringify(body).slice(0, 80)).toMatch(message);
    }
    const huge = await app.request('/api/feedback', json({ answerId, vote: 'up', comment: 'x'.repeat(40_000) }));
    expect(huge.status).toBe(413);
    const notJson = await app.request('/api/feedback', { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toMatch(/JSON/);
    expect((await app.request('/api/feedback')).status).toBe(405);
    // With the log off: no answerId, and feedback says it is off.
    const off = appWith(undefined);
    const plain = await ask(off, 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    expect(plain.answerId).toBeUndefined();
    const r = await off.request('/api/feedback', json({ answerId: 'abc', vote: 'up' }));
    expect(r.status).toBe(503);
  });

  it('retention deletes old questions and their feedback; the salt is made once and kept', async () => {
    const file = join(dir, 'retention.sqlite');
    let now = new Date('2026-01-01T00:00:00Z');
    const log = await openLog(file, { retentionDays: 30, now: () => now });
    const id = log.record({ channel: 'telegram', question: 'cũ', answered: false, intent: 'out_of_scope', sources: [], client: 'tg-42' });
    expect(await log.feedback({ answerId: id, vote: 'down' })).toBe('ok');
    const [row] = await log.questions();
    now = new Date('2026-03-01T00:00:00Z');
    log.record({ channel: 'zalo', question: 'mới', answered: true, intent: 'content', sources: [], client: 'tg-42' });
    expect(await log.purge()).toBe(1);
    const left = await log.questions();
    expect(left.map((q) => q.question)).toEqual(['mới']);
    expect(await log.feedbackList()).toEqual([]);
    // The same client hashes the same way (one salt), and not to its raw id.
    expect(left[0]?.client).toBe(row?.client);
    expect(left[0]?.client).toMatch(/^[0-9a-f]{32}$/);
    await log.close();
    const again = await openLog(file, { retentionDays: 30, now: () => now });
    again.record({ channel: 'zalo', question: 'sau', answered: true, intent: 'content', sources: [], client: 'tg-42' });
    const rows = await again.questions();
    expect(new Set(rows.map((q) => q.client)).size).toBe(1);
    // Another salt (LOG_SALT) gives another hash for the same id.
    const salted = await openLog(join(dir, 'salted.sqlite'), { retentionDays: 30, salt: 'another-salt-0123456789' });
    salted.record({ channel: 'zalo', question: 'x', answered: true, intent: 'content', sources: [], client: 'tg-42' });
    expect((await salted.questions())[0]?.client).not.toBe(rows[0]?.client);
  });
});
