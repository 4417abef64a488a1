/** GET /api/search — ranked passages with highlight ranges. */
import { createRoute } from '@hono/zod-openapi';
import { searchPassages } from '../../answer/search.js';
import { router, type ApiDeps } from '../router.js';
import { ErrorSchema, SearchQuerySchema, SearchResultSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Search passages (diacritics optional)',
  request: { query: SearchQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: SearchResultSchema } }, description: 'Ranked passages' },
    400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Invalid parameters' },
  },
});

export function searchRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(route, (c) => {
    const q = c.req.valid('query');
    const res = searchPassages(deps.engine, {
      q: q.q,
      limit: q.limit,
      offset: q.offset,
      ...(q.locality ? { locality: q.locality } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
    });
    return c.json(res, 200);
  });
  return app;
}
