/** GET /health — is the index loaded, how big, built when. */
import { createRoute, z } from '@hono/zod-openapi';
import { router, type ApiDeps } from '../router.js';

const route = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Service health and index facts',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), indexLoaded: z.boolean(), documents: z.number().int(), chunks: z.number().int(), builtAt: z.string(), buildMs: z.number() }),
        },
      },
      description: 'Healthy',
    },
  },
});

export function healthRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(route, (c) =>
    c.json({ status: 'ok' as const, indexLoaded: true, documents: deps.manifest.documents, chunks: deps.manifest.chunks, builtAt: deps.manifest.builtAt, buildMs: deps.manifest.buildMs }, 200),
  );
  return app;
}
