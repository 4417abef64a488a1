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
import { liveDeps, type ApiDeps } from './router.js';
import type { Engine } from '../answer/engine.js';
import { createLiveIndex, type LiveIndex } from '../live.js';
import { askRoutes } from './routes/ask.js';
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
}

export const MAX_BODY_BYTES = 16 * 1024;

const API_PATHS = ['/api/ask', '/api/search', '/api/documents', '/api/study/:id', '/api/documents/:id', '/api/documents/:id/lines', '/api/documents/jobs/:id', '/api/targets', '/api/targets/compare', '/api/responsibilities', '/health'];

/** What the app serves: the live index (Node server), or one fixed engine (Worker, tests). */
export type AppInput = ({ live: LiveIndex } | { engine: Engine; manifest: ApiDeps['manifest']; service?: QaService }) & { admin?: ApiDeps['admin'] };

/** The request body stream failed because the client disconnected. */
export function isClientAbort(err: unknown, req: Request): boolean {
  if (req.signal?.aborted) return true;
  // Node's IncomingMessage fails with "aborted" (not an outgoing call's ECONNRESET: that one is ours to log).
  return err instanceof Error && err.message === 'aborted';
}

export function createApp(input: AppInput, opts: AppOptions): OpenAPIHono {
  const live = 'live' in input ? input.live : createLiveIndex({ engine: input.engine, service: input.service ?? createService(input.engine), manifest: input.manifest, build: null });
  const deps = liveDeps(live, input.admin);
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
  const upload = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => fail(c, 413, 'upload_too_large') });
  // Uploads of documents may be large; every other body is small.
  app.use('/api/*', (c, next) => (c.req.method === 'POST' && c.req.path === '/api/documents' ? upload(c, next) : small(c, next)));

  for (const routes of [askRoutes(deps), searchRoutes(deps), documentRoutes(deps), uploadRoutes(deps), tableRoutes(deps), studyRoutes(deps), healthRoutes(deps), webRoutes(deps)]) app.route('/', routes);
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
      if (status === 413) return fail(c, 413, c.req.path === '/api/documents' ? 'upload_too_large' : 'payload_too_large');
      if (status === 400) return fail(c, 400, /json/i.test(err.message) ? 'invalid_json' : 'bad_request');
      return fail(c, status === 404 ? 404 : 400, status === 404 ? 'not_found' : 'bad_request');
    }
    // A client that went away mid-body is not a server error: nobody reads the answer anyway.
    if (isClientAbort(err, c.req.raw)) return fail(c, 400, 'bad_request');
    console.error(`[api] ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? err.message : String(err)}`);
    return fail(c, 500, 'internal');
  });
  return app;
}
