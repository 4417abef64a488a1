/** Per-chat limit: at most `limit` messages per `windowMs`, and one polite notice per window. */
export interface ChatLimiter {
  /** 'ok', 'limited' (first excess in the window: tell the user) or 'silent'. */
  hit(key: string): 'ok' | 'limited' | 'silent';
}

export function createChatLimiter(limit: number, windowMs: number, now: () => number = Date.now): ChatLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key) {
      if (limit <= 0) return 'ok';
      const t = now();
      if (windows.size > 50_000) for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowMs };
        windows.set(key, w);
      }
      w.count++;
      if (w.count <= limit) return 'ok';
      return w.count === limit + 1 ? 'limited' : 'silent';
    },
  };
}
