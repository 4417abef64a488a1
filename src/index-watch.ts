/**
 * Node edge: notice that index/ has a new current build (written by `npm run add`, `npm run
 * index` or this server's own upload jobs) and serve it, without a restart. Polls the
 * index/current link (a readlink per interval); loading happens only when it changed.
 */
import { type LiveIndex, servingOf } from './live.js';
import { currentBuildId, readIndex } from './store.js';

/** Load the current build if it is not the one being served; true when swapped. */
export function reloadIfChanged(live: LiveIndex, indexDir: string, log: (msg: string) => void = () => {}): boolean {
  const build = currentBuildId(indexDir);
  if (!build || build === live.current().build) return false;
  try {
    const t0 = performance.now();
    const next = servingOf(readIndex(indexDir), build);
    live.swap(next);
    log(`index reloaded (${next.manifest.documents} documents, ${next.manifest.chunks} chunks) in ${Math.round(performance.now() - t0)} ms`);
    return true;
  } catch (e) {
    // A half-visible build cannot happen (one rename publishes it); keep serving the old one.
    log(`index reload failed, still serving the previous one: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

/** Poll every `intervalMs`; returns a stop function. The timer does not keep the process alive. */
export function watchIndex(live: LiveIndex, indexDir: string, log: (msg: string) => void = () => {}, intervalMs = 1000): () => void {
  const timer = setInterval(() => reloadIfChanged(live, indexDir, log), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
