/** A route group with the API's validation-error format. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Engine } from '../answer/engine.js';
import type { QaService } from '../answer/service.js';
import type { IndexData, Manifest } from '../store.js';
import { fail } from './errors.js';
import { invalidParameter } from './issues.js';

/** What the routes serve from. Mutable: adding documents swaps in a new engine. */
export interface ApiDeps {
  engine: Engine;
  service: QaService;
  manifest: Pick<Manifest, 'builtAt' | 'documents' | 'chunks' | 'buildMs'>;
  /** Present only when uploads are on (Node with ADMIN_TOKEN). */
  admin?: {
    token: string;
    add: (files: Array<{ name: string; bytes: Uint8Array }>) => Promise<{
      added: Array<{ file: string; seed: string }>;
      duplicates: Array<{ file: string; seed: string }>;
      errors: Array<{ file: string; code: string; message: string }>;
      index: IndexData | null;
    }>;
  };
}

export function router(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      return issue ? invalidParameter(c, issue, result.target) : fail(c, 400, 'invalid_parameter');
    },
  });
}
