/** A route group with the API's validation-error format. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Engine } from '../answer/engine.js';
import type { QaService } from '../answer/service.js';
import type { JobQueue } from '../ingest/jobs.js';
import type { LiveIndex } from '../live.js';
import type { Manifest } from '../store.js';
import { fail } from './errors.js';
import { invalidParameter } from './issues.js';

/** What the routes serve from: read on every request (getters over the live index). */
export interface ApiDeps {
  readonly engine: Engine;
  readonly service: QaService;
  readonly manifest: Pick<Manifest, 'builtAt' | 'documents' | 'chunks' | 'buildMs'>;
  /** Present only when uploads are on (Node with ADMIN_TOKEN). */
  admin?: {
    token: string;
    jobs: JobQueue;
  };
}

/** Deps that follow the live index: a swap is seen by the very next request. */
export function liveDeps(live: LiveIndex, admin?: ApiDeps['admin']): ApiDeps {
  return {
    get engine() {
      return live.current().engine;
    },
    get service() {
      return live.current().service;
    },
    get manifest() {
      return live.current().manifest;
    },
    ...(admin ? { admin } : {}),
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
