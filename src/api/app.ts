/**
 * The Hono app factory shared by the Node server and the Worker: routes composed with
 * app.route(), OpenAPI at /openapi.json, docs at /docs, JSON errors, limits and headers.
 */
import { swaggerUI } from '@hono/swagger-ui';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { createService, type QaService } from '../answer/service.js';
import { fail } from './errors.js';
import { rateLimit } from './ratelimit.js';
import type { ApiDeps } from './router.js';
import { createChat, type Chat } from '../chat/chat.js';
import { createConversationStore, type ConversationStore } from '../chat/conversations.js';
import type { QuestionLog } from '../db/log.js';
import { askRoutes } from './routes/ask.js';
import { adminLogRoutes } from './routes/admin-log.js';
import { feedbackRoutes } from './routes/feedback.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { tableRoutes } from './routes/tables.js';
import { studyRoutes } from './routes/study.js';
import { MAX_UPLOAD_BYTES, uploadRoutes } from './routes/upload.js';
import { webRoutes } from '../web/page.js';

export interface AppOptions {
  rateLimitPerMinute: number;
  corsOrigins: string;
  /** Extra route groups (chat bot webhooks), mounted at the root. */
  mounts?: Hono[];
  /** The whole chat (conversations + log); by default one over `conversations` and `log`. */
  chat?: Chat;
  /** Turns per conversation, shared with the bots (by default a store of its own). */
  conversations?: ConversationStore;
  /** Question log (ignored when `chat` is given); none: nothing logged, feedback off. */
  log?: QuestionLog;
  /** Bearer token of the admin routes (/api/admin/*); off without it. */
  adminToken?: string;
}

export const MAX_BODY_BYTES = 16 * 1024;

const API_PATHS = ['/api/ask', '/api/feedback', '/api/admin/questions', '/api/admin/feedback', '/api/admin/unanswered', '/api/search', '/api/documents', '/api/study/:id', '/api/documents/:id', '/api/documents/:id/lines', '/api/targets', '/api/targets/compare', '/api/responsibilities', '/health'];

export function createApp(input: Omit<ApiDeps, 'service'> & { service?: QaService }, opts: AppOptions): OpenAPIHono {
  const deps: ApiDeps = { ...input, service: input.service ?? createService(input.engine) };
  // Read the service on each question: adding documents swaps it.
  const chat = opts.chat ?? createChat({ get service() { return deps.service; }, conversations: opts.conversations ?? createConversationStore(), ...(opts.log ? { log: opts.log } : {}) });
  const app = new OpenAPIHono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
        styleSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
        imgSrc: ["'self'", 'data:', 'https://cdn.jsdelivr.net'],
        connectSrc: ["'self'"],
      },
    }),
  );
  if (opts.corsOrigins) {
    const origins = opts.corsOrigins.split(',').map((s) => s.trim()).filter(Boolean);
    app.use('/api/*', cors({ origin: origins.includes('*') ? '*' : origins, allowMethods: ['GET', 'POST', 'OPTIONS'] }));
  }
  app.use('/api/*', rateLimit(opts.rateLimitPerMinute));
  const small = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => fail(c, 413, 'payload_too_large') });
  const upload = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => fail(c, 413, 'payload_too_large') });
  // Uploads of documents may be large; every other body is small.
  app.use('/api/*', (c, next) => (c.req.method === 'POST' && c.req.path === '/api/documents' ? upload(c, next) : small(c, next)));

  for (const routes of [askRoutes(chat), feedbackRoutes(chat), adminLogRoutes(chat, opts.adminToken ?? input.admin?.token), searchRoutes(deps), documentRoutes(deps), uploadRoutes(deps), tableRoutes(deps), studyRoutes(deps), healthRoutes(deps), webRoutes(deps)]) app.route('/', routes);
  for (const m of opts.mounts ?? []) app.route('/', m);
  // A known address with the wrong method: 405, not 404.
  for (const p of API_PATHS) app.all(p, (c) => fail(c, 405, 'method_not_allowed'));

  app.doc('/openapi.json', {
    openapi: '3.0.0',
    info: { title: 'Hỏi đáp Nghị quyết 42 — API', version: '1.0.0', description: 'Câu trả lời có trích dẫn nguyên văn từ các kế hoạch thực hiện Nghị quyết 42-NQ/TW.' },
  });
  app.get('/docs', swaggerUI({ url: '/openapi.json' }));

  app.notFound((c) => fail(c, 404, 'not_found'));
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 413) return fail(c, 413, 'payload_too_large');
      if (status === 400) return fail(c, 400, /json/i.test(err.message) ? 'invalid_json' : 'bad_request');
      return fail(c, status === 404 ? 404 : 400, status === 404 ? 'not_found' : 'bad_request');
    }
    console.error(`[api] ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? err.message : String(err)}`);
    return fail(c, 500, 'internal');
  });
  return app;
}
