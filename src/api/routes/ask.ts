/** POST /api/ask — the answer object of ../shared/eval/README.md. */
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ask } from '../../answer/engine.js';
import { fail } from '../errors.js';
import { router, type ApiDeps } from '../router.js';
import { AnswerSchema, AskBodySchema, ErrorSchema, MAX_QUESTION } from '../schemas.js';

const errors = (d: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description: d });

const route = createRoute({
  method: 'post',
  path: '/api/ask',
  summary: 'Ask a question; get a short answer with verbatim citations',
  request: { body: { content: { 'application/json': { schema: AskBodySchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: AnswerSchema } }, description: 'Answer (abstained: true when the documents do not answer)' },
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

export function askRoutes(deps: ApiDeps) {
  const app = router();
  app.use('/api/ask', jsonBody);
  app.openapi(route, (c) => {
    const body = c.req.valid('json');
    const q = body.question.trim();
    if (!q || !/[\p{L}\p{N}]/u.test(q)) return fail(c, 400, 'question_required');
    if (q.length > MAX_QUESTION) return fail(c, 400, 'question_too_long');
    const answer = ask(deps.engine, q, { ...(body.locality ? { locality: body.locality } : {}), ...(body.limit ? { limit: body.limit } : {}) });
    return c.json(answer, 200);
  });
  return app;
}
