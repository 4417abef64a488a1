/**
 * Upload jobs: files posted to the server are queued and acknowledged at once with a job id.
 * Jobs waiting together are processed together: each file is read in its own worker thread
 * (a file over its budget is refused alone), then one rebuild for all of them runs in another
 * worker into a new build directory, which is published (index/current) and loaded by the
 * serving thread. Answers meanwhile come from the old index.
 */
import { randomUUID } from 'node:crypto';
import type { CatalogEntry } from '../types.js';
import { commitTexts, extractFiles, type Extracted, type NewFile } from './add.js';
import { AddError } from './extract.js';
import { BUILD_BUDGET, EXTRACT_BUDGET, FORM_BUDGET, runInWorker, type Budget } from './run-worker.js';

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
  /** The "file" fields of a multipart/form-data body, parsed off this thread; null if it is not one. */
  readForm(contentType: string, bytes: Uint8Array): Promise<NewFile[] | null>;
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

  const finish = (job: Job, state: JobState, message: string | null = null): void => {
    job.state = state;
    job.message = message;
    job.finishedAt = new Date().toISOString();
  };

  /** A batch of waiting jobs: read every file, then one commit and one rebuild for all. */
  async function runBatch(batch: Array<{ job: Job; files: NewFile[]; choices: { locality?: string; kind?: CatalogEntry['kind'] } }>): Promise<void> {
    const texts: Extracted[] = [];
    for (const { job, files, choices } of batch) {
      job.state = 'extracting';
      const res = await extractFiles(files, { extract, onProgress: (done) => (job.processed = done) });
      job.errors = res.errors;
      for (const t of res.texts) texts.push({ ...t, ...choices, tag: job.id });
      if (!res.texts.length) finish(job, 'failed');
    }
    const live = batch.filter((b) => !b.job.finishedAt);
    if (!live.length) return;
    try {
      const res = await commitTexts(texts, { seedsDir: opts.seedsDir, indexDir: opts.indexDir, build, onIndexing: () => live.forEach((b) => (b.job.state = 'indexing')) });
      if (res.manifest) await opts.onIndexed();
      for (const { job } of live) {
        job.added = res.added.filter((a) => a.tag === job.id).map((a) => ({ file: a.file, seed: a.seed }));
        job.duplicates = res.duplicates.filter((a) => a.tag === job.id).map((a) => ({ file: a.file, seed: a.seed }));
        job.documents = res.manifest?.documents ?? null;
        finish(job, 'done');
      }
    } catch (e) {
      log(`upload jobs ${live.map((b) => b.job.id).join(', ')}: rebuild failed: ${e instanceof Error ? e.message : String(e)}`);
      for (const { job } of live) finish(job, 'failed', REBUILD_FAILED);
    }
  }

  const waiting: Array<Parameters<typeof runBatch>[0][number]> = [];
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (waiting.length) {
      await runBatch(waiting.splice(0));
      // Bounded memory: forget the oldest finished jobs.
      const done = [...jobs.values()].filter((j) => j.finishedAt);
      for (const old of done.slice(0, Math.max(0, done.length - (opts.keep ?? 200)))) jobs.delete(old.id);
    }
    draining = null;
  }

  return {
    async readForm(contentType, bytes) {
      const r = await runInWorker({ kind: 'form', contentType, bytes }, FORM_BUDGET);
      return r.ok && r.kind === 'form' ? r.files : null;
    },
    submit(files, choices = {}) {
      const job: Job = { id: randomUUID(), state: 'queued', files: files.length, processed: 0, added: [], duplicates: [], errors: [], documents: null, createdAt: new Date().toISOString(), finishedAt: null, message: null };
      jobs.set(job.id, job);
      waiting.push({ job, files, choices });
      // Started on the next turn, so that uploads arriving together are one batch.
      draining ??= new Promise<void>((r) => setImmediate(r)).then(drain);
      return job;
    },
    get: (id) => jobs.get(id),
    idle: async () => {
      while (draining) await draining;
    },
  };
}
