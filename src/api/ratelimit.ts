/**
 * Per-client fixed-window rate limit, in memory (per process, or per Worker isolate).
 * The client is the socket's address unless the server is told which proxy header to
 * trust (TRUST_PROXY): a header anyone can send is never believed by default. Windows are
 * kept in an LRU of bounded size, so made-up addresses cannot grow memory without limit.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { fail } from './errors.js';

export const TRUST_PROXY_MODES = ['none', 'cloudflare', 'x-forwarded-for'] as const;
export type TrustProxy = (typeof TRUST_PROXY_MODES)[number];

/** Longer "addresses" are cut: a key's size is bounded too. */
const MAX_KEY = 64;

function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * cloudflare: CF-Connecting-IP (set by Cloudflare, which overwrites what the client sent).
 * x-forwarded-for: the last entry, the one added by the proxy in front of us (the first
 * entries are whatever the client wrote). none: the socket only.
 */
export function clientAddress(c: Context, trust: TrustProxy = 'none'): string {
  let fromHeader: string | undefined;
  if (trust === 'cloudflare') fromHeader = c.req.header('cf-connecting-ip');
  else if (trust === 'x-forwarded-for') fromHeader = c.req.header('x-forwarded-for')?.split(',').pop();
  const addr = fromHeader?.trim() || socketAddress(c) || 'unknown';
  return addr.slice(0, MAX_KEY);
}

export interface WindowCounter {
  /** Count a hit; the seconds until the window resets when over the limit, else 0. */
  hit(key: string, t: number): number;
  readonly size: number;
}

/** Fixed windows of `windowMs` per key, at most `capacity` keys (least recently seen evicted). */
export function createWindowCounter(limit: number, windowMs: number, capacity: number): WindowCounter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, t) {
      let w = windows.get(key);
      if (w) windows.delete(key); // re-inserted below: Map order is recency order
      if (!w || w.resetAt <= t) w = { count: 0, resetAt: t + windowMs };
      windows.set(key, w);
      if (windows.size > capacity) windows.delete(windows.keys().next().value as string);
      w.count++;
      return w.count > limit ? Math.max(1, Math.ceil((w.resetAt - t) / 1000)) : 0;
    },
    get size() {
      return windows.size;
    },
  };
}

export interface RateLimitOptions {
  trustProxy?: TrustProxy;
  /** Most clients remembered at once (default 10,000: about 1 MB). */
  maxClients?: number;
  now?: () => number;
}

export function rateLimit(perMinute: number, opts: RateLimitOptions = {}): MiddlewareHandler & { counter: WindowCounter } {
  const counter = createWindowCounter(perMinute, 60_000, opts.maxClients ?? 10_000);
  const now = opts.now ?? Date.now;
  const trust = opts.trustProxy ?? 'none';
  const middleware: MiddlewareHandler = async (c, next) => {
    if (perMinute <= 0) return next();
    const retry = counter.hit(clientAddress(c, trust), now());
    if (retry) {
      c.header('Retry-After', String(retry));
      return fail(c, 429, 'rate_limited');
    }
    return next();
  };
  return Object.assign(middleware, { counter });
}
