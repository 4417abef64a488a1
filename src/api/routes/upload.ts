/**
 * POST /api/documents (multipart, field "file", repeatable): add documents. Off unless the
 * server was given an admin token (ADMIN_TOKEN); then only requests bearing it are served.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { createEngine } from '../../answer/engine.js';
import { createService } from '../../answer/service.js';
import { secretMatches } from '../../../bots/secret.js';
import { fail } from '../errors.js';
import { router, type ApiDeps } from '../router.js';
import { ErrorSchema } from '../schemas.js';

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const Result = z.object({
  added: z.array(z.object({ file: z.string(), seed: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), seed: z.string() })),
  errors: z.array(z.object({ file: z.string(), code: z.string(), message: z.string() })),
  documents: z.number().int(),
});

const route = createRoute({
  method: 'post',
  path: '/api/documents',
  summary: 'Add documents (.txt, .md, .docx, .pdf with text); admin token required',
  // The multipart body (field "file", repeatable) is read by the handler, after the token check.
  description: 'multipart/form-data with one or more "file" fields; Authorization: Bearer <ADMIN_TOKEN>.',
  responses: {
    200: { content: { 'application/json': { schema: Result } }, description: 'What was added, skipped as duplicate, or refused' },
    400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'No file, or every file refused' },
    401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Missing or wrong admin token' },
    403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Uploads are switched off' },
    415: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Not multipart/form-data' },
  },
});

export function uploadRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(route, async (c) => {
    const admin = deps.admin;
    if (!admin) return fail(c, 403, 'upload_disabled');
    const auth = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!secretMatches(auth, admin.token)) return fail(c, 401, 'unauthorized');
    if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) return fail(c, 415, 'unsupported_media_type');
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      return fail(c, 400, 'bad_request');
    }
    const raw = form.file;
    const list = (Array.isArray(raw) ? raw : [raw]).filter((f): f is File => f instanceof File);
    if (!list.length) return fail(c, 400, 'file_required');
    const files = await Promise.all(list.map(async (f) => ({ name: f.name || 'tai-lieu', bytes: new Uint8Array(await f.arrayBuffer()) })));
    const res = await admin.add(files);
    if (res.index) {
      deps.engine = createEngine(res.index);
      deps.service = createService(deps.engine);
      deps.manifest = res.index.manifest;
    }
    if (!res.added.length && !res.duplicates.length) return fail(c, 400, 'files_refused', res.errors.map((e) => e.message).join(' '));
    return c.json({ added: res.added, duplicates: res.duplicates, errors: res.errors, documents: deps.engine.corpus.documents.length }, 200);
  });
  return app;
}
