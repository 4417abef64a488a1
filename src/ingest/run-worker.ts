/**
 * Run one ingest task in a fresh worker thread with a memory limit and a time budget. A task
 * over budget ends the thread (the server is untouched) and is reported as `over_budget`.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './worker-types.js';

export interface Budget {
  timeMs: number;
  /** V8 old-generation heap of the thread. */
  memoryMb: number;
}

/** One file: mammoth or PDF.js on a 20 MB file stays well inside these. */
export const EXTRACT_BUDGET: Budget = { timeMs: 60_000, memoryMb: 768 };
/** Parsing one multipart body of at most 25 MB. */
export const FORM_BUDGET: Budget = { timeMs: 30_000, memoryMb: 512 };
/** A rebuild of index/ from all seeds (≈ 5.5 s and ≈ 1 GB at 2,000 documents). */
export const BUILD_BUDGET: Budget = { timeMs: 10 * 60_000, memoryMb: 3072 };

const ENTRY = new URL('./worker-boot.mjs', import.meta.url);

/** The buffer under these bytes when they are all of it (then it can be moved, not copied). */
export function movable(bytes: Uint8Array): ArrayBuffer[] {
  const b = bytes.buffer;
  return b instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === b.byteLength ? [b] : [];
}

export function runInWorker(task: WorkerTask, budget: Budget): Promise<WorkerReply> {
  return new Promise((resolve) => {
    // A file's bytes are moved to the thread, not copied (a 20 MB copy would stall this thread).
    const transferList = 'bytes' in task ? movable(task.bytes) : [];
    const worker = new Worker(ENTRY, { workerData: task, transferList, resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb }, stdout: false, stderr: false });
    let settled = false;
    const finish = (reply: WorkerReply): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    };
    const overBudget = (why: string): WorkerReply => ({ ok: false, code: 'over_budget', message: why });
    const timer = setTimeout(() => finish(overBudget(`over the time budget (${budget.timeMs / 1000} s)`)), budget.timeMs);
    worker.on('message', (m: WorkerReply) => finish(m));
    worker.on('error', (e: Error & { code?: string }) => finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overBudget(`over the memory budget (${budget.memoryMb} MB)`) : { ok: false, code: 'unreadable', message: e.message }));
    worker.on('exit', (code) => finish(overBudget(`worker exited (${code})`)));
  });
}
