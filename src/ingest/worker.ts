/**
 * The ingest worker thread: one task, one reply, then the thread ends. Extraction of a user's
 * file and rebuilds of index/ run here, off the thread that answers requests, inside the
 * memory limit the parent gave the thread (see runInWorker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex, writeIndex } from '../store.js';
import { AddError, extractText } from './extract.js';
import { movable } from './run-worker.js';
import type { WorkerReply, WorkerTask } from './worker-types.js';

/** The "file" fields of a multipart body (undici's parser holds its thread for tens of ms at 20 MB). */
async function formFiles(contentType: string, bytes: Uint8Array): Promise<WorkerReply> {
  const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  const files = await Promise.all(
    form
      .getAll('file')
      .filter((f): f is File => f instanceof File)
      .map(async (f) => ({ name: f.name || 'tai-lieu', bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return { ok: true, kind: 'form', files };
}

async function run(task: WorkerTask): Promise<WorkerReply> {
  if (task.kind === 'form') return formFiles(task.contentType, task.bytes);
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
parentPort?.postMessage(reply, reply.ok && reply.kind === 'form' ? reply.files.flatMap((f) => movable(f.bytes)) : []);
