/** GET /api/study/:id?format=md|html|docx — the study pack of a document or a locality. */
import { createRoute, z } from '@hono/zod-openapi';
import { buildStudyPack, studySources } from '../../study/pack.js';
import { DOCX_TYPE, docxFileName, renderDocx } from '../../study/docx.js';
import { renderHtml, renderMarkdown } from '../../study/render.js';
import { fail } from '../errors.js';
import { router, type ApiDeps } from '../router.js';
import { ErrorSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/study/{id}',
  summary: 'Study pack (card, outline, targets, who-does-what, comparison, quiz) as Markdown, printable HTML or Word (.docx)',
  request: {
    params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: 'Tuy Phước' }) }),
    query: z.object({ format: z.enum(['md', 'html', 'docx']).default('html').openapi({ description: 'md: Markdown; html: printable HTML (default); docx: Word document (attachment)' }) }),
  },
  responses: {
    200: { content: { 'text/html': { schema: z.string() }, 'text/markdown': { schema: z.string() }, [DOCX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } }, description: 'Study pack' },
    400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Invalid parameters' },
    404: { content: { 'application/json': { schema: ErrorSchema } }, description: 'No document for this id or locality' },
  },
});

export function studyRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const docs = studySources(deps.engine, id);
    if (!docs.length) return fail(c, 404, 'document_not_found');
    const packs = docs.map((d) => buildStudyPack(deps.engine, d));
    const format = c.req.valid('query').format;
    if (format === 'docx') {
      const body = await renderDocx(packs);
      return c.body(body, 200, { 'content-type': DOCX_TYPE, 'content-disposition': `attachment; filename="${docxFileName(packs)}"` });
    }
    if (format === 'md') return c.body(renderMarkdown(packs), 200, { 'content-type': 'text/markdown; charset=utf-8' });
    return c.html(renderHtml(packs), 200);
  });
  return app;
}
