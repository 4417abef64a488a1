/** A route group with the API's validation-error format. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Engine } from '../answer/engine.js';
import type { QaService } from '../answer/service.js';
import type { Manifest } from '../store.js';
import { fail } from './errors.js';

export interface ApiDeps {
  engine: Engine;
  service: QaService;
  manifest: Pick<Manifest, 'builtAt' | 'documents' | 'chunks' | 'buildMs'>;
}

export function router(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return fail(c, 400, 'invalid_parameter', issue ? `(${where}${issue.message})` : undefined);
    },
  });
}
