/**
 * Node edge: notice that index/ has a new current build (written by `npm run add`, `npm run
 * index` or this server's own upload jobs) and serve it, without a restart. Polls the
 * index/current link (a readlink per interval); loading happens only when it changed.
 */
import { type LiveIndex, servingOf } from './live.js';
import { currentBuildId, readIndex } from './store.js';

/**
 * Load the current build if it is not the one being served; true when swapped. Reading and
 * building the engine are two steps with a turn of the event loop between them, so requests
 * wait for at most one of the two.
 */
export async function reloadIfChanged(live: LiveIndex, indexDir: string, log: (msg: string) => void = () => {}): Promise<boolean> {
  // A load under way (the poll's, or a job's) is waited for rather than repeated.
  await loading.get(indexDir);
  const build = currentBuildId(indexDir);
  if (!build || build === live.current().build || failed.get(indexDir) === build) return false;
  const load = (async () => {
    try {
      const t0 = performance.now();
      const data = readIndex(indexDir);
      // Through the timers and the poll phase: requests that arrived meanwhile are served first.
      await new Promise((r) => setTimeout(() => setImmediate(r), 0));
      const next = servingOf(data, build);
      live.swap(next);
      log(`index reloaded (${next.manifest.documents} documents, ${next.manifest.chunks} chunks) in ${Math.round(performance.now() - t0)} ms`);
      return true;
    } catch (e) {
      // A half-written build is never current (one rename publishes it): keep serving the old one.
      log(`index reload failed, still serving the previous one: ${e instanceof Error ? e.message : String(e)}`);
      // Not retried every poll: the next build gets its chance.
      failed.set(indexDir, build);
      return false;
    }
  })();
  loading.set(indexDir, load);
  try {
    return await load;
  } finally {
    if (loading.get(indexDir) === load) loading.delete(indexDir);
  }
}

/** Index directories being loaded right now. */
const loading = new Map<string, Promise<boolean>>();
/** The build of each index directory that could not be loaded. */
const failed = new Map<string, string>();

/** Poll every `intervalMs`; returns a stop function. The timer does not keep the process alive. */
export function watchIndex(live: LiveIndex, indexDir: string, log: (msg: string) => void = () => {}, intervalMs = 1000): () => void {
  const timer = setInterval(() => void reloadIfChanged(live, indexDir, log), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
