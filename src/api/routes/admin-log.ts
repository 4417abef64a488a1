/**
 * The question log for whoever maintains the corpus: GET /api/admin/questions, /feedback
 * and /unanswered, JSON or CSV, behind `Authorization: Bearer <ADMIN_TOKEN>`. Without an
 * admin token the routes are off (403, saying how to turn them on).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { secretMatches } from '../../../bots/secret.js';
import type { Chat } from '../../chat/chat.js';
import { CHANNELS } from '../../db/log.js';
import { ABSTAINED_CODES, CHANNEL_CODES, describeCodes, TABLE_FORMAT_CODES, VOTE_CODES } from '../codes.js';
import { toCsv } from '../csv.js';
import { wantsEnglish } from '../errors.js';
import { ErrorSchema } from '../schemas.js';

const MESSAGES = {
  admin_off: { vi: 'Trang quản trị đang tắt: đặt biến môi trường ADMIN_TOKEN (16+ ký tự) để bật.', en: 'Admin routes are off: set ADMIN_TOKEN (16+ characters) to turn them on.' },
  unauthorized: { vi: 'Sai hoặc thiếu mã quản trị (Authorization: Bearer <ADMIN_TOKEN>).', en: 'Missing or wrong admin token (Authorization: Bearer <ADMIN_TOKEN>).' },
  log_off: { vi: 'Nhật ký câu hỏi đang tắt trên máy chủ này (QUESTION_LOG=off).', en: 'The question log is off on this server (QUESTION_LOG=off).' },
  invalid_filter: { vi: 'Bộ lọc không hợp lệ (ngày dạng YYYY-MM-DD, kênh api/web/telegram/zalo, limit 1–1000).', en: 'Invalid filter (dates as YYYY-MM-DD, channel api/web/telegram/zalo, limit 1–1000).' },
} as const;

function adminFail(c: Context, status: 400 | 401 | 403 | 503, code: keyof typeof MESSAGES) {
  return c.json({ error: { code: code as string, message: MESSAGES[code][wantsEnglish(c) ? 'en' : 'vi'] } }, status);
}

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/);
const Bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const Common = {
  from: Day.optional().openapi({ description: 'Từ ngày (from), YYYY-MM-DD', example: '2026-01-01' }),
  to: Day.optional().openapi({ description: 'Đến ngày (to), YYYY-MM-DD', example: '2026-12-31' }),
  channel: z.enum(CHANNELS).optional().openapi({ description: describeCodes('Kênh (channel):', CHANNEL_CODES) }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ description: 'Số dòng tối đa (rows), 1–1,000' }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ description: 'Bỏ qua (skip) this many rows' }),
  format: z.enum(['json', 'csv']).default('json').openapi({ description: describeCodes('Định dạng (format):', TABLE_FORMAT_CODES) }),
};
const QuestionsQuery = z.object({ ...Common, abstained: Bool.optional().openapi({ description: describeCodes('Chỉ câu chưa trả lời (unanswered only):', ABSTAINED_CODES) }) });
const FeedbackQuery = z.object({ ...Common, vote: z.enum(['up', 'down']).optional().openapi({ description: describeCodes('Đánh giá (vote):', VOTE_CODES) }) });
const UnansweredQuery = z.object({ ...Common, limit: z.coerce.number().int().min(1).max(1000).default(50).openapi({ description: 'Số nhóm tối đa (groups), 1–1,000' }) });

const errors = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Bad filter' },
  401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Missing or wrong admin token' },
  403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Admin routes off (no ADMIN_TOKEN)' },
  503: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Question log off' },
};
const ok = (d: string) => ({ content: { 'application/json': { schema: z.object({ total: z.number().int(), items: z.array(z.record(z.string(), z.unknown())) }) }, 'text/csv': { schema: z.string() } }, description: d });
const security = [{ bearer: [] as string[] }];

const questionsRoute = createRoute({ method: 'get', path: '/api/admin/questions', summary: 'Logged questions (newest first); abstained=true for the unanswered', security, request: { query: QuestionsQuery }, responses: { 200: ok('Questions'), ...errors } });
const feedbackRoute = createRoute({ method: 'get', path: '/api/admin/feedback', summary: '👍/👎 with comments and the question they judge (newest first)', security, request: { query: FeedbackQuery }, responses: { 200: ok('Feedback'), ...errors } });
const unansweredRoute = createRoute({ method: 'get', path: '/api/admin/unanswered', summary: 'The most frequent unanswered questions, grouped by their folded form', security, request: { query: UnansweredQuery }, responses: { 200: ok('Groups'), ...errors } });

function csv(c: Context, name: string, header: string[], rows: Array<Array<string | number | null>>) {
  return c.body(toCsv(header, rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
}

export function adminLogRoutes(chat: Chat, adminToken: string | undefined) {
  const app = new OpenAPIHono({ defaultHook: (r, c) => (r.success ? undefined : adminFail(c, 400, 'invalid_filter')) });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  const guard: MiddlewareHandler = async (c, next) => {
    if (!adminToken) return adminFail(c, 403, 'admin_off');
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!secretMatches(given, adminToken)) return adminFail(c, 401, 'unauthorized');
    if (!chat.log) return adminFail(c, 503, 'log_off');
    return next();
  };
  app.use('/api/admin/questions', guard);
  app.use('/api/admin/feedback', guard);
  app.use('/api/admin/unanswered', guard);

  app.openapi(questionsRoute, async (c) => {
    const { format, ...f } = c.req.valid('query');
    const items = (await chat.log?.questions(f)) ?? [];
    if (format === 'csv')
      return csv(c, 'questions', ['id', 'asked_at', 'channel', 'question', 'resolved', 'answered', 'intent', 'sources', 'vote', 'conversation_hash', 'client_hash'], items.map((q) => [q.id, q.askedAt, q.channel, q.question, q.resolved, q.answered ? 1 : 0, q.intent, q.sources.join(' '), q.vote, q.conversation, q.client]));
    return c.json({ total: items.length, items }, 200);
  });
  app.openapi(feedbackRoute, async (c) => {
    const { format, ...f } = c.req.valid('query');
    const items = (await chat.log?.feedbackList(f)) ?? [];
    if (format === 'csv') return csv(c, 'feedback', ['answer_id', 'at', 'vote', 'comment', 'question', 'resolved', 'channel', 'answered', 'asked_at'], items.map((x) => [x.answerId, x.at, x.vote, x.comment, x.question, x.resolved, x.channel, x.answered ? 1 : 0, x.askedAt]));
    return c.json({ total: items.length, items }, 200);
  });
  app.openapi(unansweredRoute, async (c) => {
    const { format, ...f } = c.req.valid('query');
    const items = (await chat.log?.unanswered(f)) ?? [];
    if (format === 'csv') return csv(c, 'unanswered', ['count', 'question', 'normalized', 'last_asked'], items.map((x) => [x.count, x.question, x.normalized, x.lastAsked]));
    return c.json({ total: items.length, items }, 200);
  });
  return app;
}
