/** The ingest worker's budgets: a task over its memory or time budget ends its thread, not the process. */
import { describe, expect, it } from 'vitest';
import { runInWorker } from '../src/ingest/run-worker.js';
import { longParagraph } from './hostile-text.js';

describe('runInWorker', () => {
  it('a file within budget is read in the thread', async () => {
    const r = await runInWorker({ kind: 'extract', name: 'a.txt', bytes: new TextEncoder().encode(longParagraph(20_000)) }, { timeMs: 30_000, memoryMb: 256 });
    expect(r).toMatchObject({ ok: true, kind: 'extract' });
  });

  it('over the memory budget: over_budget, and this process goes on', async () => {
    const r = await runInWorker({ kind: 'extract', name: 'a.txt', bytes: new TextEncoder().encode(longParagraph(1_900_000)) }, { timeMs: 60_000, memoryMb: 16 });
    expect(r).toMatchObject({ ok: false, code: 'over_budget' });
    expect(r.ok ? '' : r.message).toMatch(/memory/);
  });

  it('over the time budget: over_budget', async () => {
    const r = await runInWorker({ kind: 'extract', name: 'a.txt', bytes: new TextEncoder().encode(longParagraph(20_000)) }, { timeMs: 20, memoryMb: 256 });
    expect(r).toMatchObject({ ok: false, code: 'over_budget' });
    expect(r.ok ? '' : r.message).toMatch(/time/);
  });
});
