/**
 * GET /docs — the API reference, with no network: Swagger UI from the installed
 * swagger-ui-dist assets when the runtime can read them (Node), otherwise (the Worker,
 * which has no file system and would carry 1.9 MB of assets) a plain HTML reference
 * rendered from the same OpenAPI document.
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';

/** Reads one Swagger UI asset by file name; undefined when it is not one of ours. */
export type DocsAssets = (name: string) => Uint8Array | undefined;

/** The files /docs needs from swagger-ui-dist. */
export const SWAGGER_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

// A file, not inline: the page's CSP allows scripts from 'self'.
const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

const swaggerPage = html`<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API — Hỏi đáp Nghị quyết 42</title>
<link rel="icon" href="/docs/assets/favicon-32x32.png"><link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/docs/assets/init.js"></script></body>
</html>`;

interface OperationLike {
  summary?: string;
  description?: string;
  parameters?: Array<{ name?: string; in?: string; required?: boolean; description?: string; schema?: { enum?: unknown[] } }>;
}

/** The OpenAPI paths as a readable list (what Swagger UI would show, without the try-it). */
function plainPage(doc: { paths?: Record<string, Record<string, OperationLike>> }) {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  return html`<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>API — Hỏi đáp Nghị quyết 42</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}li{margin:.2em 0}</style></head>
<body><h1>API — Hỏi đáp Nghị quyết 42</h1>
<p>Mô tả đầy đủ (OpenAPI 3): <a href="/openapi.json">/openapi.json</a>.</p>
${ops.map(
  ({ path, method, op }) => html`<h2><code>${method} ${path}</code></h2><p>${op.summary ?? ''}</p>${op.description ? html`<p>${op.description}</p>` : ''}
<ul>${(op.parameters ?? []).map((p) => html`<li><code>${p.name ?? ''}</code> (${p.in ?? ''}${p.required ? ', bắt buộc' : ''}) ${raw((p.description ?? '').replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/\n/g, '<br>'))}</li>`)}</ul>`,
)}
</body></html>`;
}

export function docsRoutes(openapi: () => object, assets?: DocsAssets): Hono {
  const app = new Hono();
  app.get('/docs', (c) => c.html(assets ? swaggerPage : plainPage(openapi() as Parameters<typeof plainPage>[0])));
  app.get('/docs/assets/:name', (c) => {
    const name = c.req.param('name');
    if (name === 'init.js' && assets) return c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' });
    const type = SWAGGER_FILES[name];
    const bytes = type && assets ? assets(name) : undefined;
    if (!bytes || !type) return c.notFound();
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
