/**
 * The Hono app factory shared by the Node server and the Worker: routes composed with
 * app.route(), OpenAPI at /openapi.json, docs at /docs, JSON errors, limits and headers.
 */
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
import { isClientAbort } from './abort.js';
import { docsRoutes, type DocsAssets } from './docs.js';
import { tooLarge } from './errors.js';
import type { TrustProxy } from './ratelimit.js';
import { requestLog } from './requestlog.js';

export interface AppOptions {
  rateLimitPerMinute: number;
  corsOrigins: string;
  /** Extra route groups (chat bot webhooks), mounted at the root. */
  mounts?: Hono[];
  /** Which proxy header names the client (rate limit); default: none, the socket's address. */
  trustProxy?: TrustProxy;
  /** Swagger UI's files (Node); without them /docs is a plain HTML reference. */
  docsAssets?: DocsAssets;
  /** One line per request (method, path, status, ms); questions only with logQuestions. */
  requestLog?: (line: string) => void;
  logQuestions?: boolean;
  /** The whole chat (conversations + log); by default one over `conversations` and `log`. */
  chat?: Chat;
  /** Turns per conversation, shared with the bots (by default a store of its own). */
  conversations?: ConversationStore;
  /** Question log (ignored when `chat` is given); none: nothing logged, feedback off. */
  log?: QuestionLog;
  /** Bearer token of the admin routes (/api/admin/*); off without it. */
  adminToken?: string;
}

/** Chat platform updates are a few KB; a webhook body above this is not an update. */
export const MAX_BOT_BODY_BYTES = 1024 * 1024;

const OPENAPI_CONFIG = {
  openapi: '3.0.0',
  info: { title: 'Hỏi đáp Nghị quyết 42 — API', version: '1.0.0', description: 'Câu trả lời có trích dẫn nguyên văn từ các kế hoạch thực hiện Nghị quyết 42-NQ/TW.' },
};

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
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    }),
  );
  if (opts.requestLog) app.use('*', requestLog({ log: opts.requestLog, questions: opts.logQuestions ?? false }));
  if (opts.corsOrigins) {
    const origins = opts.corsOrigins.split(',').map((s) => s.trim()).filter(Boolean);
    app.use('/api/*', cors({ origin: origins.includes('*') ? '*' : origins, allowMethods: ['GET', 'POST', 'OPTIONS'] }));
  }
  app.use('/api/*', rateLimit(opts.rateLimitPerMinute, { trustProxy: opts.trustProxy ?? 'none' }));
  const small = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => fail(c, 413, 'payload_too_large') });
  const upload = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => fail(c, 413, 'payload_too_large') });
  // Uploads of documents may be large; every other body is small.
  app.use('/api/*', (c, next) => (c.req.method === 'POST' && c.req.path === '/api/documents' ? upload(c, next) : small(c, next)));
  app.use('/bots/*', bodyLimit({ maxSize: MAX_BOT_BODY_BYTES, onError: (c) => tooLarge(c, MAX_BOT_BODY_BYTES) }));

  for (const routes of [askRoutes(chat), feedbackRoutes(chat), adminLogRoutes(chat, opts.adminToken ?? input.admin?.token), searchRoutes(deps), documentRoutes(deps), uploadRoutes(deps), tableRoutes(deps), studyRoutes(deps), healthRoutes(deps), webRoutes(deps)]) app.route('/', routes);
  for (const m of opts.mounts ?? []) app.route('/', m);
  // A known address with the wrong method: 405, not 404.
  for (const p of API_PATHS) app.all(p, (c) => fail(c, 405, 'method_not_allowed'));

  app.doc('/openapi.json', OPENAPI_CONFIG);
  app.route('/', docsRoutes(() => app.getOpenAPIDocument(OPENAPI_CONFIG), opts.docsAssets));

  app.notFound((c) => fail(c, 404, 'not_found'));
  app.onError((err, c) => {
    if (isClientAbort(err, c.req.raw)) {
      // Nobody is left to read a response; say it plainly instead of logging a server error.
      opts.requestLog?.(`[api] ${c.req.method} ${new URL(c.req.url).pathname}: client closed the request`);
      return new Response(null, { status: 499 }); // nginx's "client closed request"; never read
    }
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
