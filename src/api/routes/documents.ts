/** GET /api/documents, /api/documents/:id (metadata + outline), /api/documents/:id/lines. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../answer/engine.js';
import type { CorpusDocument } from '../../ingest/corpus.js';
import { docId } from '../../ingest/document.js';
import { fail, failMessage } from '../errors.js';
import { rangeMessage } from '../issues.js';
import { router, type ApiDeps } from '../router.js';
import { DocIdParam, DocumentSchema, ErrorSchema, LinesQuerySchema, LinesSchema, SectionSchema } from '../schemas.js';

/** Lines per /lines response: a longer range is cut and says so. */
export const MAX_LINES = 400;

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const notFound = json(ErrorSchema, 'No such document');

export function findDocument(engine: Engine, id: string): CorpusDocument | undefined {
  return engine.corpus.documents.find((d) => d.meta.source === id || docId(d.meta.source) === id);
}

function summary(d: CorpusDocument): z.infer<typeof DocumentSchema> {
  const m = d.meta;
  return {
    id: docId(m.source),
    source: m.source,
    title: m.title,
    kind: m.kind,
    number: m.number,
    issuingBody: m.issuingBody,
    locality: m.locality,
    province: m.province,
    level: m.level,
    date: m.date,
    status: m.status,
    signer: m.signer,
    lineCount: m.lineCount,
  };
}

const list = createRoute({
  method: 'get',
  path: '/api/documents',
  summary: 'Documents in the corpus',
  responses: { 200: json(z.object({ documents: z.array(DocumentSchema) }), 'All documents') },
});

const one = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'One document: metadata and outline of sections with line ranges',
  request: { params: DocIdParam },
  responses: {
    200: json(DocumentSchema.extend({ outline: z.array(SectionSchema), references: z.array(z.object({ text: z.string(), number: z.string(), lines: z.tuple([z.number(), z.number()]) })) }), 'Document'),
    404: notFound,
  },
});

const lines = createRoute({
  method: 'get',
  path: '/api/documents/{id}/lines',
  summary: 'Verbatim source lines, for showing a citation in context',
  request: { params: DocIdParam, query: LinesQuerySchema },
  responses: {
    200: json(LinesSchema, `Lines from..to, clipped to the document and to ${MAX_LINES} lines; \`truncated: true\` and \`next\` (the first line not sent) when the range was cut`),
    400: json(ErrorSchema, 'Invalid range'),
    404: notFound,
  },
});

export function documentRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(list, (c) => c.json({ documents: deps.engine.corpus.documents.map(summary) }, 200));
  app.openapi(one, (c) => {
    const d = findDocument(deps.engine, c.req.valid('param').id);
    if (!d) return fail(c, 404, 'document_not_found');
    return c.json({ ...summary(d), outline: d.sections.filter((s) => s.id !== 0), references: d.meta.references }, 200);
  });
  app.openapi(lines, (c) => {
    const d = findDocument(deps.engine, c.req.valid('param').id);
    if (!d) return fail(c, 404, 'document_not_found');
    const { from, to } = c.req.valid('query');
    if (to < from) return failMessage(c, 400, 'invalid_parameter', rangeMessage(c), 'to');
    const a = Math.min(from, d.raw.length);
    const b = Math.min(to, d.raw.length, a + MAX_LINES - 1);
    const out = [];
    for (let n = a; n <= b; n++) out.push({ n, text: d.raw[n - 1] ?? '' });
    // Cut by the page size (not by the document's end): say so, and where to go on.
    const truncated = b < Math.min(to, d.raw.length);
    return c.json({ source: d.meta.source, from: a, to: b, lineCount: d.raw.length, lines: out, truncated, ...(truncated ? { next: b + 1 } : {}) }, 200);
  });
  return app;
}
