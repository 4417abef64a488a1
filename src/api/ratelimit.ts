/** Per-client fixed-window rate limit (in memory: per process, or per Worker isolate). */
import type { Context, MiddlewareHandler } from 'hono';
import { fail } from './errors.js';

interface Window {
  count: number;
  resetAt: number;
}

export function clientAddress(c: Context): string {
  const cf = c.req.header('cf-connecting-ip');
  if (cf) return cf;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function rateLimit(perMinute: number, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, Window>();
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const t = now();
    if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
    const key = clientAddress(c);
    let w = windows.get(key);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + 60_000 };
      windows.set(key, w);
    }
    w.count++;
    if (w.count > perMinute) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((w.resetAt - t) / 1000))));
      return fail(c, 429, 'rate_limited');
    }
    return next();
  };
}
