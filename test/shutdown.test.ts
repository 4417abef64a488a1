/**
 * The Node server as `npm start` runs it, in a child process on an ephemeral port (PORT=0):
 * SIGTERM stops accepting, lets a request in flight finish, logs, and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Child {
  proc: ChildProcess;
  port: number;
  out: () => string;
  exited: Promise<number | null>;
}

async function startServer(): Promise<Child> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(?:TELEGRAM|ZALO|ADMIN)_/.test(k)) env[k] = v;
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0' });
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`server exited before listening:\n${out}`));
    });
  });
  return { proc, port, out: () => out, exited };
}

/** Raw HTTP so the body can be held back: the request is in flight until we finish it. */
function slowAsk(port: number, question: string): { finish: () => void; response: Promise<string> } {
  const body = JSON.stringify({ question });
  const bytes = Buffer.from(body);
  const half = bytes.subarray(0, 10);
  const rest = bytes.subarray(10);
  const s = connect(port, '127.0.0.1');
  let data = '';
  const response = new Promise<string>((resolve, reject) => {
    s.on('data', (b: Buffer) => (data += b.toString()));
    s.on('end', () => resolve(data));
    s.on('close', () => resolve(data));
    s.on('error', reject);
  });
  s.write(`POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`);
  s.write(half);
  return { finish: () => s.end(rest), response };
}

let child: Child | undefined;
afterEach(() => {
  if (child && child.proc.exitCode === null) child.proc.kill('SIGKILL');
  child = undefined;
});

describe('graceful shutdown of the Node server (child process, PORT=0)', () => {
  it('SIGTERM: a request in flight completes with its answer, new connections are refused, exit code 0', async () => {
    child = await startServer();
    const { port } = child;
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    const slow = slowAsk(port, 'Ai ký Kế hoạch 133-KH/HU?');
    await new Promise((r) => setTimeout(r, 300)); // the server has the headers and half the body
    child.proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // no longer accepting
    slow.finish();
    const res = await slow.response;
    expect(res).toMatch(/^HTTP\/1\.1 200/);
    expect(res).toContain('Nguyễn Đình Thuận');
    expect(await child.exited).toBe(0);
    const out = child.out();
    expect(out).toContain('SIGTERM: stopping');
    expect(out).toMatch(/POST \/api\/ask 200 \d+ms/);
    expect(out).toMatch(/GET \/health 200 \d+ms/);
    expect(out).not.toContain('133-KH/HU?'); // no question text in the log by default
    expect(out).toContain('Stopped.');
  });

  it('SIGTERM with nothing in flight exits promptly', async () => {
    child = await startServer();
    const t0 = Date.now();
    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});
