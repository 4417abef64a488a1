/**
 * POST /api/documents (multipart, field "file", repeatable): queue documents to add, answered
 * at once (202) with a job; GET /api/documents/jobs/:id: the job's progress and outcome.
 * Off unless the server was given an admin token (ADMIN_TOKEN); then only requests bearing it
 * are served. Reading and indexing happen in worker threads (src/ingest/jobs.ts).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { secretMatches } from '../../../bots/secret.js';
import type { Job } from '../../ingest/jobs.js';
import { fail } from '../errors.js';
import { router, type ApiDeps } from '../router.js';
import { ErrorSchema } from '../schemas.js';

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const FileRef = z.object({ file: z.string(), seed: z.string() });

const JobSchema = z
  .object({
    id: z.string().uuid(),
    state: z.enum(['queued', 'extracting', 'indexing', 'done', 'failed']).openapi({ description: 'queued → extracting (reading files) → indexing (rebuilding the index) → done | failed' }),
    files: z.number().int().openapi({ description: 'Files in this upload' }),
    processed: z.number().int().openapi({ description: 'Files read so far' }),
    added: z.array(FileRef),
    duplicates: z.array(FileRef),
    errors: z.array(z.object({ file: z.string(), code: z.string(), message: z.string() })),
    documents: z.number().int().nullable().openapi({ description: 'Documents in the index once done' }),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    message: z.string().nullable(),
  })
  .openapi('UploadJob');

const Accepted = z.object({ job: JobSchema });

const post = createRoute({
  method: 'post',
  path: '/api/documents',
  summary: 'Add documents (.txt, .md, .docx, .pdf with text); admin token required',
  // The multipart body (field "file", repeatable) is read by the handler, after the token check.
  description:
    'multipart/form-data with one or more "file" fields (25 MB per request, 20 MB per file); Authorization: Bearer <ADMIN_TOKEN>. Answered at once with a job; follow it at GET /api/documents/jobs/{id}. Questions are answered from the previous index until the job is done.',
  responses: {
    202: { content: { 'application/json': { schema: Accepted } }, description: 'Queued: the job and its address (Location header)' },
    400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'No file' },
    401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Missing or wrong admin token' },
    403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Uploads are switched off' },
    413: { content: { 'application/json': { schema: ErrorSchema } }, description: 'More than 25 MB' },
    415: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Not multipart/form-data' },
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/documents/jobs/{id}',
  summary: 'Progress and outcome of an upload; admin token required',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: {
    200: { content: { 'application/json': { schema: JobSchema } }, description: 'The job' },
    400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Not a job id' },
    401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Missing or wrong admin token' },
    403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Uploads are switched off' },
    404: { content: { 'application/json': { schema: ErrorSchema } }, description: 'No such job (or forgotten: the last 200 are kept)' },
  },
});

function view(j: Job): z.infer<typeof JobSchema> {
  return { ...j, added: [...j.added], duplicates: [...j.duplicates], errors: [...j.errors] };
}

/** The admin settings when the request bears the token; else the error response. */
function authorise(c: Context, deps: ApiDeps) {
  const admin = deps.admin;
  if (!admin) return { denied: fail(c, 403, 'upload_disabled') };
  const auth = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!secretMatches(auth, admin.token)) return { denied: fail(c, 401, 'unauthorized') };
  return { admin };
}

export function uploadRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(post, async (c) => {
    const a = authorise(c, deps);
    if (!a.admin) return a.denied;
    if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) return fail(c, 415, 'unsupported_media_type');
    // Read here, parsed in a worker thread: parsing 20 MB of multipart here stalled every answer.
    const files = await c.req
      .arrayBuffer()
      .then((b) => a.admin.jobs.readForm(c.req.header('content-type') ?? '', new Uint8Array(b)))
      .catch(() => null);
    if (!files) return fail(c, 400, 'bad_request');
    if (!files.length) return fail(c, 400, 'file_required');
    const job = a.admin.jobs.submit(files);
    c.header('location', `/api/documents/jobs/${job.id}`);
    return c.json({ job: view(job) }, 202);
  });
  app.openapi(get, (c) => {
    const a = authorise(c, deps);
    if (!a.admin) return a.denied;
    const job = a.admin.jobs.get(c.req.valid('param').id);
    if (!job) return fail(c, 404, 'job_not_found');
    return c.json(view(job), 200);
  });
  return app;
}
