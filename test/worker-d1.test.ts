import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatAnswerSchema } from '../src/api/schemas.js';
import { ROOT } from './helpers.js';
import { tempDir } from './tmp.js';

// The Worker with a D1 binding (Miniflare's local D1): conversations and the question log.
describe('the Worker keeps conversations and logs to D1', () => {
  let mf: Miniflare;
  const TOKEN = 'worker-admin-token-0123456789';
  beforeAll(async () => {
    const out = tempDir('worker-d1-');
    execFileSync(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', out], {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      stdio: 'pipe',
    });
    mf = new Miniflare({
      scriptPath: join(out, 'worker.js'),
      modulesRoot: out,
      modules: true,
      // index/postings.bin is bundled beside worker.js as a Data module (wrangler's default rule for *.bin).
      modulesRules: [{ type: 'Data', include: ['**/*.bin'] }],
      compatibilityDate: '2025-09-01',
      bindings: { RATE_LIMIT_PER_MINUTE: '0', ADMIN_TOKEN: TOKEN },
      d1Databases: ['DB'],
      d1Persist: false,
    });
  });
  afterAll(async () => {
    await mf?.dispose();
  });

  const ask = async (question: string, conversation?: string) => {
    const res = await mf.dispatchFetch('http://localhost/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, ...(conversation ? { conversation } : {}) }) });
    expect(res.status).toBe(200);
    return ChatAnswerSchema.parse(await res.json());
  };

  it('a follow-up resolves, the question is logged, feedback is stored', async () => {
    const first = await ask('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'new');
    const next = await ask('còn Tây Ninh thì sao?', first.conversation);
    expect(next.reading).toBe('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?');
    expect(next.citations[0]?.locality).toBe('Tây Ninh');
    expect(next.answerId).toBeTruthy();
    const fb = await mf.dispatchFetch('http://localhost/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answerId: next.answerId, vote: 'down', comment: 'thử' }) });
    expect(fb.status).toBe(200);
    const list = await mf.dispatchFetch('http://localhost/api/admin/feedback', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: Array<{ answerId: string; vote: string; resolved: string }> };
    expect(body.items).toEqual([expect.objectContaining({ answerId: next.answerId, vote: 'down', resolved: 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?' })]);
    const q = (await (await mf.dispatchFetch('http://localhost/api/admin/questions', { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { total: number };
    expect(q.total).toBe(2);
    expect((await mf.dispatchFetch('http://localhost/api/admin/questions')).status).toBe(401);
  });
});
