import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeTelegram, startFakeZalo } from './fakes.js';
import { ROOT } from './helpers.js';

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');

/** SIGTERM, then the exit: a bot that outlives its stop (an orphan polling forever) fails the test. */
async function stopped(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const code = await Promise.race([exited, new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), 15_000))]);
  if (code === 'alive') {
    child.kill('SIGKILL');
    throw new Error('the bot did not stop within 15 s of SIGTERM');
  }
  return code;
}

/** Run a command without blocking this process (the fake servers live in it). */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, args, { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the bot commands (npm run bot:telegram / bot:zalo) against fake servers', () => {
  it('telegram: --set-webhook registers URL, secret and commands; polling answers a message', async () => {
    const api = await startFakeTelegram();
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: api.url, TELEGRAM_WEBHOOK_SECRET: 'hook_secret-1' };
    const set = await run(['bots/run-telegram.ts', '--set-webhook', 'https://example.invalid/bots/telegram'], env);
    expect(set.status).toBe(0);
    const hook = api.calls.find((c) => c.method === 'setWebhook');
    expect(hook?.payload).toMatchObject({ url: 'https://example.invalid/bots/telegram', secret_token: 'hook_secret-1' });
    expect(api.calls.some((c) => c.method === 'setMyCommands')).toBe(true);
    expect(set.stdout + set.stderr).not.toContain('123:abc');

    api.push({ update_id: 1, message: { message_id: 1, date: 1, chat: { id: 5, type: 'private', first_name: 'A' }, from: { id: 5, is_bot: false, first_name: 'A' }, text: 'Ai ký Kế hoạch 133-KH/HU?' } });
    const child = spawn(process.execPath, ['--import', 'tsx', 'bots/run-telegram.ts'], { cwd: ROOT, env: { ...env, TELEGRAM_WEBHOOK_SECRET: '' }, stdio: 'ignore' });
    try {
      await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'), 30_000);
      expect(String(api.calls.find((c) => c.method === 'sendMessage')?.payload.text)).toContain('Nguyễn Đình Thuận');
    } finally {
      // The API goes away as the bot stops: stopping must not hang on an API that no longer answers.
      await Promise.all([stopped(child), api.close()]);
    }
  });

  it('zalo: polling answers a message; a missing token is a clear error', async () => {
    const missing = await run(['bots/run-zalo.ts'], { ...process.env, ZALO_BOT_TOKEN: '' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Thiếu ZALO_BOT_TOKEN');
    const api = await startFakeZalo();
    api.push({ event_name: 'message.text.received', message: { message_id: 'x1', chat: { id: 'u1', chat_type: 'PRIVATE' }, text: 'chi tieu bhyt tay ninh' } });
    const child = spawn(process.execPath, ['--import', 'tsx', 'bots/run-zalo.ts'], { cwd: ROOT, env: { ...process.env, ZALO_BOT_TOKEN: 'z:1', ZALO_API_ROOT: api.url }, stdio: 'ignore' });
    try {
      await api.waitFor((calls) => calls.some((c) => c.method === 'sendMessage'), 30_000);
      expect(String(api.calls.find((c) => c.method === 'sendMessage')?.payload.text)).toContain('95%');
    } finally {
      await Promise.all([stopped(child), api.close()]);
    }
  });
});
