/**
 * One log line per request: method, path, status, milliseconds. The path is logged without
 * its query string, and no body, because both carry users' questions — unless the operator
 * turns LOG_QUESTIONS on.
 */
import type { MiddlewareHandler } from 'hono';

export interface RequestLogOptions {
  log: (line: string) => void;
  /** Add the query string and the question of POST /api/ask. */
  questions?: boolean;
}

export function requestLog(opts: RequestLogOptions): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round(performance.now() - started);
      const url = new URL(c.req.url);
      let line = `${c.req.method} ${url.pathname} ${c.res.status} ${ms}ms`;
      if (opts.questions) {
        if (url.search) line += ` ${readable(url.search)}`;
        // Only a body the route already read (hono derives it from its cache, no second read).
        const read = c.req.method === 'POST' && url.pathname === '/api/ask' && Object.keys(c.req.bodyCache).length > 0;
        const q = read ? await askedQuestion(c.req.json()).catch(() => undefined) : undefined;
        if (q) line += ` q=${JSON.stringify(q)}`;
      }
      opts.log(line);
    }
  };
}

function readable(search: string): string {
  let s = search.replace(/\+/g, ' ');
  try {
    s = decodeURIComponent(s);
  } catch {
    // malformed %-escapes: log as sent
  }
  return s.replace(/[\r\n]+/g, ' ').slice(0, 500);
}

/** The question of an /api/ask body. */
async function askedQuestion(json: Promise<unknown>): Promise<string | undefined> {
  const body: unknown = await json;
  if (body && typeof body === 'object' && 'question' in body && typeof body.question === 'string') return body.question.slice(0, 300);
  return undefined;
}

/**
 * A log sink that writes the lines of one turn of the event loop in one write: a synchronous
 * write per request to a pipe costs the answering thread a fifth of its time under load.
 */
export function bufferedLines(write: (text: string) => void): { log: (line: string) => void; flush: () => void } {
  let lines: string[] = [];
  const flush = (): void => {
    if (!lines.length) return;
    const text = `${lines.join('\n')}\n`;
    lines = [];
    write(text);
  };
  return {
    log(line) {
      if (!lines.length) setImmediate(flush);
      lines.push(line);
    },
    flush,
  };
}
