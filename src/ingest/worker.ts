/**
 * The ingest worker thread: one task, one reply, then the thread ends. Extraction of a user's
 * file and rebuilds of index/ run here, off the thread that answers requests, inside the
 * memory limit the parent gave the thread (see runInWorker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex, writeIndex } from '../store.js';
import { AddError, extractText } from './extract.js';
import type { WorkerReply, WorkerTask } from './worker-types.js';

async function run(task: WorkerTask): Promise<WorkerReply> {
  if (task.kind === 'extract') {
    try {
      return { ok: true, kind: 'extract', text: await extractText(task.name, task.bytes) };
    } catch (e) {
      return { ok: false, code: e instanceof AddError ? e.code : 'unreadable', message: e instanceof Error ? e.message : String(e) };
    }
  }
  const logs: string[] = [];
  const data = buildIndex(task.seedsDir, (m) => logs.push(m));
  writeIndex(data, task.indexDir);
  return { ok: true, kind: 'build', manifest: data.manifest, logs };
}

const reply = await run(workerData as WorkerTask).catch((e: unknown): WorkerReply => ({ ok: false, code: 'unreadable', message: e instanceof Error ? e.message : String(e) }));
parentPort?.postMessage(reply);
