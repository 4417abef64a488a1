// Entry of the ingest worker thread. First, give way to the thread that answers requests:
// on Linux a thread has its own nice value, so this thread (and only it) is made nicer;
// elsewhere nothing changes. Then, since worker threads do not inherit tsx's loader from
// the main thread, register it and run the TypeScript entry.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { register } from 'tsx/esm/api';

try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, 10);
} catch {
  // Not Linux, or not allowed: run at the same priority.
}

register();
await import('./worker.ts');
