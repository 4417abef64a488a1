/** The client went away mid-request (aborted upload, closed tab): not a server error. */
export function isClientAbort(err: unknown, req: Request): boolean {
  return req.signal.aborted || isAbortError(err, 0);
}

function isAbortError(err: unknown, depth: number): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
  if (e.name === 'AbortError' || e.code === 'ECONNRESET' || e.code === 'ERR_STREAM_PREMATURE_CLOSE' || e.code === 'ABORT_ERR') return true;
  if (typeof e.message === 'string' && /^(?:aborted|terminated)$/i.test(e.message)) return true;
  return isAbortError(e.cause, depth + 1);
}
