/**
 * Fake chat-platform Bot API servers on 127.0.0.1 that record every call. Telegram and
 * Zalo share the URL shape `/bot<TOKEN>/<method>` with `{ ok, result }` replies.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UserFromGetMe } from 'grammy/types';

export interface Call {
  method: string;
  token: string;
  payload: Record<string, unknown>;
}

export interface FakeApi {
  url: string;
  calls: Call[];
  push(update: unknown): void;
  /** Fail the next `times` calls of `method` with 429 (retry after 1 s). */
  throttle(method: string, times: number): void;
  waitFor(pred: (calls: Call[]) => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
}

type Handler = (method: string, payload: Record<string, unknown>, pending: unknown[]) => Promise<unknown> | unknown;

function startFake(handler: Handler): Promise<FakeApi> {
  const calls: Call[] = [];
  const pending: unknown[] = [];
  const throttled = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      void (async () => {
        const m = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
        let payload: Record<string, unknown> = {};
        try {
          payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
        } catch {
          payload = { raw: body };
        }
        const method = m?.[2] ?? '?';
        calls.push({ method, token: m?.[1] ?? '', payload });
        res.setHeader('content-type', 'application/json');
        const left = throttled.get(method) ?? 0;
        if (left > 0) {
          throttled.set(method, left - 1);
          res.statusCode = 429;
          res.end(JSON.stringify({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }));
          return;
        }
        const result = await handler(method, payload, pending);
        res.end(JSON.stringify({ ok: true, result }));
      })();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        calls,
        push: (u) => pending.push(u),
        throttle: (method, times) => throttled.set(method, times),
        async waitFor(pred, ms = 15_000) {
          const end = Date.now() + ms;
          while (!pred(calls)) {
            if (Date.now() > end) throw new Error(`timed out; calls: ${calls.map((c) => c.method).join(',')}`);
            await new Promise((r) => setTimeout(r, 20));
          }
        },
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

export const TG_BOT: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Hỏi đáp 42',
  username: 'hoidap42_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

let messageId = 1000;

export function startFakeTelegram(): Promise<FakeApi> {
  return startFake(async (method, payload, pending) => {
    switch (method) {
      case 'getMe':
        return TG_BOT;
      case 'getUpdates': {
        const offset = Number(payload.offset ?? 0);
        for (let i = 0; i < 10 && !pending.some((u) => (u as { update_id: number }).update_id >= offset); i++) await new Promise((r) => setTimeout(r, 20));
        return pending.filter((u) => (u as { update_id: number }).update_id >= offset);
      }
      case 'sendMessage':
        return { message_id: messageId++, date: 1_700_000_000, chat: { id: payload.chat_id, type: 'private' }, text: payload.text };
      default:
        return true;
    }
  });
}

export function startFakeZalo(): Promise<FakeApi> {
  return startFake(async (method, _payload, pending) => {
    switch (method) {
      case 'getMe':
        return { id: '1459232241454765289', account_name: 'bot.hoidap42', account_type: 'BASIC', can_join_groups: false };
      case 'getUpdates': {
        // The platform returns one update per call, or nothing when the long poll times out.
        for (let i = 0; i < 10 && !pending.length; i++) await new Promise((r) => setTimeout(r, 20));
        return pending.shift();
      }
      case 'sendMessage':
        return { message_id: `m${messageId++}`, date: 1_749_632_637_199 };
      default:
        return true;
    }
  });
}

/** Telegram's HTML parse mode: only these tags, and no bare & < > outside them. */
export function isValidTelegramHtml(s: string): boolean {
  const stripped = s.replace(/<\/?(?:b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|tg-spoiler)>/g, '').replace(/&(?:lt|gt|amp|quot);/g, '');
  return !/[<>&]/.test(stripped);
}
