/**
 * How a webhook answers the platform: it waits for the bot's work at most `waitMs`, then
 * answers 200 and lets the work finish (Workers: waitUntil; Node: the promise runs on).
 * A reply to a user normally takes one Bot API round trip and is done inside the wait, so
 * the response still means "handled"; a slow or unreachable Bot API can no longer hold the
 * webhook past the platform's patience (Telegram redelivers slow updates).
 */
import type { Context } from 'hono';

export const WEBHOOK_WAIT_MS = 2_000;

/** Background work still running after its webhook answered (awaited by a graceful shutdown). */
const pending = new Set<Promise<unknown>>();

export async function respondWithin(c: Context, work: Promise<unknown>, waitMs: number): Promise<void> {
  // Callers log their own failures; here a rejection only ends the wait.
  const tracked: Promise<void> = work.then(
    () => undefined,
    () => undefined,
  ).finally(() => pending.delete(tracked));
  pending.add(tracked);
  try {
    c.executionCtx.waitUntil(tracked); // Workers: keeps the isolate alive after the response
  } catch {
    // Node has no execution context: the promise simply runs on.
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([tracked, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
  clearTimeout(timer);
}

/** Resolves when every reply still in flight has finished, or after `ms`. */
export async function drainWebhooks(ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.allSettled([...pending]), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Read a JSON body; undefined when it is not JSON (a 400 for the caller, never a 500). */
export async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await c.req.text(); // a client abort throws here and is handled as one by the app
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
