/** POST /api/feedback — 👍/👎 (and an optional comment) on an answer of /api/ask. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Chat } from '../../chat/chat.js';
import { wantsEnglish } from '../errors.js';
import { ErrorSchema, FeedbackBodySchema, MAX_COMMENT } from '../schemas.js';
import { jsonBody } from './ask.js';

const MESSAGES = {
  answer_id_required: { vi: 'Thiếu mã câu trả lời (answerId) — lấy từ kết quả của /api/ask.', en: 'answerId is missing — take it from the /api/ask answer.' },
  invalid_vote: { vi: 'Đánh giá (vote) phải là "up" (👍) hoặc "down" (👎).', en: 'vote must be "up" (👍) or "down" (👎).' },
  comment_too_long: { vi: `Góp ý quá dài (tối đa ${MAX_COMMENT.toLocaleString('vi-VN')} ký tự).`, en: `The comment is too long (${MAX_COMMENT.toLocaleString('en')} characters at most).` },
  invalid_feedback: { vi: 'Góp ý không hợp lệ: cần {"answerId": "...", "vote": "up" | "down", "comment"?: "..."}.', en: 'Invalid feedback: send {"answerId": "...", "vote": "up" | "down", "comment"?: "..."}.' },
  answer_not_found: { vi: 'Không tìm thấy câu trả lời này (answerId sai hoặc đã hết hạn lưu).', en: 'No such answer (wrong answerId, or past retention).' },
  feedback_off: { vi: 'Chức năng góp ý đang tắt trên máy chủ này (QUESTION_LOG=off).', en: 'Feedback is switched off on this server (QUESTION_LOG=off).' },
} as const;
export type FeedbackError = keyof typeof MESSAGES;

export function feedbackFail(c: Context, status: 400 | 404 | 503, code: FeedbackError) {
  return c.json({ error: { code: code as string, message: MESSAGES[code][wantsEnglish(c) ? 'en' : 'vi'] } }, status);
}

const errors = (d: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description: d });

const route = createRoute({
  method: 'post',
  path: '/api/feedback',
  summary: 'Vote 👍/👎 on an answer, with an optional comment (the latest vote on an answer wins)',
  request: { body: { content: { 'application/json': { schema: FeedbackBodySchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ ok: z.literal(true), answerId: z.string(), vote: z.enum(['up', 'down']) }).openapi('FeedbackStored') } }, description: 'Stored' },
    400: errors('Missing answerId, bad vote, comment over 1,000 characters, wrong types'),
    404: errors('Unknown answerId'),
    413: errors('Body over 16 KB'),
    415: errors('Not JSON'),
    503: errors('The question log is off'),
  },
});

export function feedbackRoutes(chat: Chat) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = String(issue?.path[0] ?? '');
      if (field === 'answerId') return feedbackFail(c, 400, 'answer_id_required');
      if (field === 'vote') return feedbackFail(c, 400, 'invalid_vote');
      if (field === 'comment' && issue?.code === 'too_big') return feedbackFail(c, 400, 'comment_too_long');
      return feedbackFail(c, 400, 'invalid_feedback');
    },
  });
  app.use('/api/feedback', jsonBody);
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const comment = body.comment?.trim();
    const r = await chat.vote({ answerId: body.answerId, vote: body.vote, ...(comment ? { comment } : {}) });
    if (r === 'off') return feedbackFail(c, 503, 'feedback_off');
    if (r === 'unknown_answer') return feedbackFail(c, 404, 'answer_not_found');
    return c.json({ ok: true as const, answerId: body.answerId, vote: body.vote }, 200);
  });
  return app;
}
