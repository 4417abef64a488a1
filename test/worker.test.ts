import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINATOR } from '../src/search/tokenizer.js';
import { AnswerSchema } from '../src/types.js';
import { ROOT } from './helpers.js';
import { tempDir } from './tmp.js';

// Bundles the Worker with wrangler (offline) and runs it in workerd through Miniflare.
describe('the same app as a Cloudflare Worker, under workerd', () => {
  let mf: Miniflare;
  let bundleBytes = 0;
  let postingsModules: string[] = [];
  let bundlesOrama = true;
  beforeAll(async () => {
    const out = tempDir('worker-');
    execFileSync(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', out], {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      stdio: 'pipe',
    });
    const { readdirSync, statSync } = await import('node:fs');
    bundleBytes = statSync(join(out, 'worker.js')).size;
    postingsModules = readdirSync(out).filter((f) => f.endsWith('postings.bin'));
    // Orama's index keys terms with the tokenizer's terminator ("chu_tri~"); nothing else in the bundle does.
    bundlesOrama = readFileSync(join(out, 'worker.js'), 'utf8').includes(`chu_tri${TERMINATOR}`);
    // index/postings.bin is bundled beside worker.js as a Data module (wrangler's default rule for *.bin).
    mf = new Miniflare({ scriptPath: join(out, 'worker.js'), modulesRoot: out, modules: true, modulesRules: [{ type: 'Data', include: ['**/*.bin'] }], compatibilityDate: '2025-09-01', bindings: { RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await mf?.dispose();
  });

  it('answers the Tuy Phước question with the right citation', async () => {
    const res = await mf.dispatchFetch('http://localhost/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?' }),
    });
    expect(res.status).toBe(200);
    const a = AnswerSchema.parse(await res.json());
    expect(a.answer).toContain('Ban Tuyên giáo Huyện ủy');
    expect(a.citations[0]).toMatchObject({ source: '000_3907415c8c5f8eb7.txt', lines: [159, 159], section: 'IV. TỔ CHỨC THỰC HIỆN > 2' });
  });

  it('serves errors and the web page like the Node server', async () => {
    const bad = await mf.dispatchFetch('http://localhost/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const page = await mf.dispatchFetch('http://localhost/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hỏi đáp Nghị quyết 42');
  });

  it('/docs is a plain reference with no script and no CDN', async () => {
    const docs = await mf.dispatchFetch('http://localhost/docs');
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain('/api/ask');
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
  });

  it('stays within the Workers script size limit (10 MB; 3 MB gzipped on the free plan)', () => {
    expect(bundleBytes).toBeLessThan(10 * 1024 * 1024);
  });

  it('bundles the stored postings as one binary module, not Orama\'s JSON', () => {
    expect(postingsModules).toHaveLength(1);
    expect(readFileSync(join(ROOT, 'index', 'current', 'orama.json'), 'utf8')).toContain(`chu_tri${TERMINATOR}`);
    expect(bundlesOrama).toBe(false);
  });
});
