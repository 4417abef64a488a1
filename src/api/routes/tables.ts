/** GET /api/targets, /api/targets/compare, /api/responsibilities (JSON or CSV). */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { INDICATOR_BY_KEY } from '../../domain/indicators.js';
import { fold } from '../../text.js';
import type { Target } from '../../types.js';
import { toCsv } from '../csv.js';
import { router, type ApiDeps } from '../router.js';
import { CompareQuerySchema, ErrorSchema, ResponsibilityQuerySchema, ResponsibilitySchema, TargetQuerySchema, TargetSchema } from '../schemas.js';
import { termSet } from '../../answer/scoring.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema }, 'text/csv': { schema: z.string() } },
  description,
});

function sameLocality(a: string | null, b: string): boolean {
  return fold(a ?? '') === fold(b);
}

function targetsCsv(c: Context, rows: Target[]): Response {
  const body = toCsv(
    ['locality', 'indicator', 'label', 'comparator', 'value', 'value_max', 'value_text', 'unit', 'year', 'text', 'source', 'line_from', 'line_to'],
    rows.map((t) => [t.locality, t.indicator, INDICATOR_BY_KEY.get(t.indicator)?.vi ?? t.label, t.comparator, t.value, t.valueMax, t.valueText, t.unit, t.year, t.text, t.source, t.lines[0], t.lines[1]]),
  );
  return c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="chi-tieu.csv"' });
}

const targets = createRoute({
  method: 'get',
  path: '/api/targets',
  summary: 'Extracted targets (chỉ tiêu), filtered by indicator and locality',
  request: { query: TargetQuerySchema },
  responses: { 200: json(z.object({ targets: z.array(TargetSchema) }), 'Targets'), 400: json(ErrorSchema, 'Invalid parameters') },
});

const compare = createRoute({
  method: 'get',
  path: '/api/targets/compare',
  summary: 'One row per locality for an indicator',
  request: { query: CompareQuerySchema },
  responses: {
    200: json(z.object({ indicator: z.string(), label: z.string(), rows: z.array(TargetSchema) }), 'Comparison'),
    400: json(ErrorSchema, 'Invalid parameters'),
  },
});

const responsibilities = createRoute({
  method: 'get',
  path: '/api/responsibilities',
  summary: 'Who does what: agency, role, task, deadline',
  request: { query: ResponsibilityQuerySchema },
  responses: { 200: json(z.object({ total: z.number().int(), responsibilities: z.array(ResponsibilitySchema) }), 'Rows'), 400: json(ErrorSchema, 'Invalid parameters') },
});

export function tableRoutes(deps: ApiDeps) {
  const app = router();
  app.openapi(targets, (c) => {
    const q = c.req.valid('query');
    const keys = q.indicator ? deps.service.indicators(q.indicator) : null;
    const rows = deps.engine.corpus.targets.filter((t) => (!keys || keys.includes(t.indicator)) && (!q.locality || sameLocality(t.locality, q.locality)));
    if (q.format === 'csv') return targetsCsv(c, rows);
    return c.json({ targets: rows }, 200);
  });
  app.openapi(compare, (c) => {
    const q = c.req.valid('query');
    const key = deps.service.indicators(q.indicator)[0] ?? q.indicator;
    const rows = deps.service.compare(key);
    if (q.format === 'csv') return targetsCsv(c, rows);
    return c.json({ indicator: key, label: INDICATOR_BY_KEY.get(key)?.vi ?? key, rows }, 200);
  });
  app.openapi(responsibilities, (c) => {
    const q = c.req.valid('query');
    const agency = q.agency ? fold(q.agency) : '';
    const words = q.q ? [...termSet(q.q)] : [];
    const rows = deps.engine.corpus.responsibilities.filter((r) => {
      if (q.role && r.role !== q.role) return false;
      if (q.locality && !sameLocality(r.locality, q.locality)) return false;
      if (agency && !r.agencyKey.includes(agency) && !fold(r.agency).includes(agency)) return false;
      if (!words.length) return true;
      const f = deps.engine.features.row(r);
      return words.every((w) => f.terms.has(w) || f.context.has(w));
    });
    return c.json({ total: rows.length, responsibilities: rows.slice(0, q.limit) }, 200);
  });
  return app;
}
