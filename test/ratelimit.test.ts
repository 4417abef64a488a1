/** Rate limit: who the client is (TRUST_PROXY), and a memory bound under made-up addresses. */
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { createWindowCounter, rateLimit, type TrustProxy } from '../src/api/ratelimit.js';
import { readConfig, workerEnv } from '../src/config.js';
import { readIndex } from '../src/store.js';
import { Hono } from 'hono';
import { getEngine } from './helpers.js';

const manifest = readIndex().manifest;

/** A real server on 127.0.0.1 (the socket address is what TRUST_PROXY=none uses). */
function start(trustProxy: TrustProxy, perMinute = 5): Promise<{ base: string; server: ServerType }> {
  const app = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: perMinute, corsOrigins: '', trustProxy });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ base: `http://127.0.0.1:${info.port}`, server }));
  });
}

async function statuses(base: string, headers: (i: number) => Record<string, string>, n = 12): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${base}/api/documents`, { headers: headers(i) });
    await res.arrayBuffer();
    out.push(res.status);
  }
  return out;
}

const madeUp = (i: number) => `203.0.113.${i + 1}`;

describe('client address and TRUST_PROXY', () => {
  const servers: ServerType[] = [];
  afterAll(() => servers.forEach((s) => s.close()));
  const run = async (mode: TrustProxy) => {
    const { base, server } = await start(mode);
    servers.push(server);
    return base;
  };

  it('none (the Node default): 12 made-up cf-connecting-ip values do not escape a limit of 5', async () => {
    const base = await run('none');
    const codes = await statuses(base, (i) => ({ 'cf-connecting-ip': madeUp(i), 'x-forwarded-for': madeUp(i) }));
    expect(codes.filter((c) => c === 429).length).toBe(7);
  });

  it('cloudflare: CF-Connecting-IP names the client (distinct clients pass, one client is limited)', async () => {
    const base = await run('cloudflare');
    expect((await statuses(base, (i) => ({ 'cf-connecting-ip': madeUp(i) }))).every((c) => c === 200)).toBe(true);
    const same = await statuses(base, () => ({ 'cf-connecting-ip': '198.51.100.7' }), 7);
    expect(same).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // X-Forwarded-For is not believed in this mode.
    const base2 = await run('cloudflare');
    expect((await statuses(base2, (i) => ({ 'x-forwarded-for': madeUp(i) }))).filter((c) => c === 429).length).toBe(7);
  });

  it('x-forwarded-for: the entry added by our proxy (the last) counts, not what the client wrote before it', async () => {
    const base = await run('x-forwarded-for');
    const spoofed = await statuses(base, (i) => ({ 'x-forwarded-for': `${madeUp(i)}, 10.0.0.9` }));
    expect(spoofed.filter((c) => c === 429).length).toBe(7);
    const distinct = await statuses(base, (i) => ({ 'x-forwarded-for': `1.1.1.1, ${madeUp(i)}` }));
    expect(distinct.every((c) => c === 200)).toBe(true);
  });

  it('TRUST_PROXY is validated: none by default, an unknown mode is refused with the variable named', () => {
    expect(readConfig({}).TRUST_PROXY).toBe('none');
    expect(readConfig({ TRUST_PROXY: 'cloudflare' }).TRUST_PROXY).toBe('cloudflare');
    expect(() => readConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(readConfig({ LOG_QUESTIONS: '1' }).LOG_QUESTIONS).toBe(true);
    expect(readConfig({}).LOG_QUESTIONS).toBe(false);
    // The Worker entry trusts Cloudflare's header by default, and can be told not to.
    expect(readConfig(workerEnv({})).TRUST_PROXY).toBe('cloudflare');
    expect(readConfig(workerEnv({ TRUST_PROXY: 'none' })).TRUST_PROXY).toBe('none');
  });
});

describe('memory bound', () => {
  it('100,000 made-up addresses keep at most the configured number of windows', () => {
    const counter = createWindowCounter(5, 60_000, 10_000);
    for (let i = 0; i < 100_000; i++) counter.hit(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 1_000);
    expect(counter.size).toBe(10_000);
  });

  it('the most recently seen clients keep their counts; a flood of new ones evicts the oldest', () => {
    const counter = createWindowCounter(2, 60_000, 100);
    const t = 1_000;
    expect([counter.hit('me', t), counter.hit('me', t)]).toEqual([0, 0]);
    for (let i = 0; i < 50; i++) counter.hit(`x${i}`, t);
    expect(counter.hit('me', t)).toBeGreaterThan(0); // still limited: not evicted
    for (let i = 0; i < 200; i++) counter.hit(`y${i}`, t);
    expect(counter.size).toBe(100);
  });

  it('windows reset after a minute', () => {
    const counter = createWindowCounter(1, 60_000, 10);
    expect(counter.hit('a', 0)).toBe(0);
    expect(counter.hit('a', 1_000)).toBe(59);
    expect(counter.hit('a', 60_000)).toBe(0);
  });

  it('through the middleware: 100,000 requests from made-up, over-long cf-connecting-ip (trusted) hold the default 10,000 windows', async () => {
    const limiter = rateLimit(5, { trustProxy: 'cloudflare' });
    const app = new Hono().use(limiter).get('/', (c) => c.text('ok'));
    for (let i = 0; i < 100_000; i++) await app.request('/', { headers: { 'cf-connecting-ip': `fake-${i}-${'z'.repeat(200)}` } });
    expect(limiter.counter.size).toBe(10_000);
  });
});
