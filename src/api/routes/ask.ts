/** POST /api/ask — the answer object of ../shared/eval/README.md. */
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Chat } from '../../chat/chat.js';
import { fail } from '../errors.js';
import { clientAddress } from '../ratelimit.js';
import { router } from '../router.js';
import { AskBodySchema, ChatAnswerSchema, ErrorSchema, MAX_QUESTION } from '../schemas.js';

const errors = (d: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description: d });

const route = createRoute({
  method: 'post',
  path: '/api/ask',
  summary: 'Ask a question; get a short answer with verbatim citations',
  description:
    'Send `conversation` (from an earlier answer) to continue a conversation: elliptical follow-ups ("còn Tây Ninh thì sao?", "ai phối hợp?", "năm 2045 thì sao?", "and in Tay Ninh?", "so sánh với Bình Định") are rewritten from the previous turn and the answer says how (`reading`). The server keeps the last 10 turns of each conversation for 30 minutes of inactivity, at most 10,000 conversations (least recently used forgotten first), in memory: per process on Node, per isolate on Workers (a conversation may restart when the Worker moves). Without `conversation` the question is answered on its own and the answer object is as before (plus `answerId` when the log is on); send `"conversation": "new"` (or an id of your own) to start one: the answer then carries `conversation`, and `suggestions`, `clarify`/`choices` when useful. `answerId` identifies the answer for POST /api/feedback.',
  request: { body: { content: { 'application/json': { schema: AskBodySchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: ChatAnswerSchema } }, description: 'Answer (abstained: true when the documents do not answer)' },
    400: errors('Empty, too long, malformed or wrongly typed input'),
    413: errors('Body over 16 KB'),
    415: errors('Not JSON'),
    429: errors('Rate limited'),
  },
});

/** JSON only, valid UTF-8, parseable: each failure gets its own clear message. */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST') return next();
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) return fail(c, 415, 'unsupported_media_type');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(c, 400, 'invalid_encoding');
  }
  try {
    JSON.parse(text);
  } catch {
    return fail(c, 400, 'invalid_json');
  }
  await next();
};

/** A new conversation id: random, URL-safe. */
function newConversationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `c_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** After the response: Workers flush the question log through waitUntil (no timers there). */
function afterResponse(c: { executionCtx: { waitUntil(p: Promise<unknown>): void } }, chat: Chat): void {
  const log = chat.log;
  if (!log?.manual || !log.pending) return;
  try {
    c.executionCtx.waitUntil(log.flush());
  } catch {
    void log.flush();
  }
}

export function askRoutes(chat: Chat) {
  const app = router();
  app.use('/api/ask', jsonBody);
  app.openapi(route, (c) => {
    const body = c.req.valid('json');
    const q = body.question.trim();
    if (!q || !/[\p{L}\p{N}]/u.test(q)) return fail(c, 400, 'question_required');
    if (q.length > MAX_QUESTION) return fail(c, 400, 'question_too_long');
    const conversation = body.conversation === 'new' ? newConversationId() : body.conversation;
    const answer = chat.ask({
      question: q,
      channel: body.channel ?? 'api',
      ...(conversation ? { conversation: `api:${conversation}` } : {}),
      client: clientAddress(c),
      ...(body.locality ? { locality: body.locality } : {}),
      ...(body.limit ? { limit: body.limit } : {}),
    });
    afterResponse(c, chat);
    if (conversation) return c.json({ ...answer, conversation }, 200);
    // A one-off question gets the answer object as before (and its log id, when logging).
    const { reading: _r, resolved: _s, clarify: _c, choices: _ch, suggestions: _su, ...plain } = answer;
    return c.json(plain, 200);
  });
  return app;
}
