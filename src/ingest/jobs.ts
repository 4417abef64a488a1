/**
 * Upload jobs: files posted to the server are queued and acknowledged at once with a job id;
 * one job runs at a time. Each file is read in its own worker thread (a file over its budget
 * is refused alone), the index is rebuilt in another into a new build directory, and only
 * then published (index/current) and loaded by the serving thread. Answers meanwhile come
 * from the old index.
 */
import { randomUUID } from 'node:crypto';
import type { CatalogEntry } from '../types.js';
import { addDocuments, type NewFile } from './add.js';
import { AddError } from './extract.js';
import { BUILD_BUDGET, EXTRACT_BUDGET, runInWorker, type Budget } from './run-worker.js';

export type JobState = 'queued' | 'extracting' | 'indexing' | 'done' | 'failed';

export interface Job {
  id: string;
  state: JobState;
  /** Files in the job, and how many have been read so far. */
  files: number;
  processed: number;
  added: Array<{ file: string; seed: string }>;
  duplicates: Array<{ file: string; seed: string }>;
  errors: Array<{ file: string; code: string; message: string }>;
  /** Documents in the index once the job is done. */
  documents: number | null;
  createdAt: string;
  finishedAt: string | null;
  /** Why the job failed as a whole (the rebuild), in Vietnamese. */
  message: string | null;
}

export interface JobQueue {
  submit(files: NewFile[], choices?: { locality?: string; kind?: CatalogEntry['kind'] }): Job;
  get(id: string): Job | undefined;
  /** Resolves when every job submitted so far has finished (for tests and shutdown). */
  idle(): Promise<void>;
}

export interface JobQueueOptions {
  seedsDir: string;
  indexDir: string;
  /** Called after a job published a new index: load it (the job is done once this resolves). */
  onIndexed: () => unknown;
  log?: (msg: string) => void;
  extractBudget?: Budget;
  buildBudget?: Budget;
  /** Finished jobs kept for GET /api/documents/jobs/:id. */
  keep?: number;
}

const REBUILD_FAILED = 'Không cập nhật được chỉ mục; các tệp của lượt này chưa được thêm. Hãy thử lại.';

export function createJobQueue(opts: JobQueueOptions): JobQueue {
  const jobs = new Map<string, Job>();
  let chain: Promise<void> = Promise.resolve();
  const log = opts.log ?? (() => {});
  const extractBudget = opts.extractBudget ?? EXTRACT_BUDGET;
  const buildBudget = opts.buildBudget ?? BUILD_BUDGET;

  async function extract(name: string, bytes: Uint8Array): Promise<string> {
    const r = await runInWorker({ kind: 'extract', name, bytes }, extractBudget);
    if (r.ok && r.kind === 'extract') return r.text;
    if (!r.ok && r.code === 'over_budget') log(`upload ${name}: ${r.message}`);
    throw new AddError(r.ok ? 'unreadable' : r.code, name);
  }

  async function build(seedsDir: string, indexDir: string) {
    const r = await runInWorker({ kind: 'build', seedsDir, indexDir }, buildBudget);
    if (r.ok && r.kind === 'build') {
      for (const l of r.logs) log(l);
      return r.manifest;
    }
    throw new Error(r.ok ? 'unexpected reply' : r.message);
  }

  async function run(job: Job, files: NewFile[], choices: { locality?: string; kind?: CatalogEntry['kind'] }): Promise<void> {
    job.state = 'extracting';
    try {
      const res = await addDocuments(files, {
        seedsDir: opts.seedsDir,
        indexDir: opts.indexDir,
        ...choices,
        extract,
        build,
        onProgress: (done) => (job.processed = done),
        onIndexing: () => (job.state = 'indexing'),
      });
      job.added = res.added;
      job.duplicates = res.duplicates;
      job.errors = res.errors;
      if (res.manifest) await opts.onIndexed();
      job.documents = res.manifest?.documents ?? null;
      job.state = res.added.length || res.duplicates.length ? 'done' : 'failed';
    } catch (e) {
      log(`upload job ${job.id}: rebuild failed: ${e instanceof Error ? e.message : String(e)}`);
      job.state = 'failed';
      job.message = REBUILD_FAILED;
    }
    job.finishedAt = new Date().toISOString();
    // Bounded memory: forget the oldest finished jobs.
    const finished = [...jobs.values()].filter((j) => j.finishedAt);
    for (const old of finished.slice(0, Math.max(0, finished.length - (opts.keep ?? 200)))) jobs.delete(old.id);
  }

  return {
    submit(files, choices = {}) {
      const job: Job = { id: randomUUID(), state: 'queued', files: files.length, processed: 0, added: [], duplicates: [], errors: [], documents: null, createdAt: new Date().toISOString(), finishedAt: null, message: null };
      jobs.set(job.id, job);
      chain = chain.then(() => run(job, files, choices));
      return job;
    },
    get: (id) => jobs.get(id),
    idle: () => chain,
  };
}
