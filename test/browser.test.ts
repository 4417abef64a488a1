import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { nodeDocsAssets } from '../src/api/docs-node.js';
import { readIndex } from '../src/store.js';
import { getEngine, ROOT } from './helpers.js';

const ARTIFACTS = join(ROOT, 'artifacts');

// Debian's Chromium driven by playwright-core against the Node server on 127.0.0.1.
describe('web page in a real browser', () => {
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const app = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '', docsAssets: nodeDocsAssets() });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('asks the Tuy Phước question, shows the answer and opens the cited lines', async () => {
    await page.goto(base);
    await page.fill('#q', 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    await page.click('#ask button[type=submit]');
    await page.waitForSelector('.answer');
    expect(await page.textContent('.answer')).toContain('Ban Tuyên giáo Huyện ủy');
    await page.click('.cite-btn >> nth=0');
    await page.waitForSelector('.context .hit');
    const hit = await page.textContent('.context .hit');
    expect(hit).toContain('159');
    expect(hit).toContain('Ban Tuyên giáo Huyện ủy chủ trì');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-ask.png'), fullPage: true });
  });

  it('shows the comparison table of an indicator across localities', async () => {
    await page.goto(base);
    await page.click('nav button[data-tab=targets]');
    await page.selectOption('#indicator', 'social_housing_units');
    await page.click('#compare button[type=submit]');
    await page.waitForSelector('#table table');
    const text = await page.textContent('#table');
    expect(text).toContain('12.900');
    expect(text).toContain('11.900');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-targets.png'), fullPage: true });
  });

  it('renders what the user typed as text, never as HTML', async () => {
    await page.goto(base);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const evil = '<img src=x onerror="alert(1)"><b>đậm</b> ai chủ trì?';
    await page.fill('#q', evil);
    await page.click('#ask button[type=submit]');
    await page.waitForSelector('.answer');
    expect(await page.locator('#result img').count()).toBe(0);
    expect(await page.locator('#result b').count()).toBe(0);
    expect(dialog).toBe(false);
  });

  it('/docs renders Swagger UI with every request blocked except to our own server', async () => {
    const docs = await browser.newPage();
    const outside: string[] = [];
    await docs.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : (outside.push(route.request().url()), route.abort())));
    await docs.goto(`${base}/docs`);
    await docs.waitForSelector('.swagger-ui .info .title', { timeout: 20_000 });
    expect(await docs.textContent('.swagger-ui .info .title')).toContain('Hỏi đáp Nghị quyết 42');
    await docs.waitForSelector('.opblock-summary-path');
    const paths = await docs.locator('.opblock-summary-path').allTextContents();
    expect(paths.join(' ')).toContain('/api/ask');
    expect(outside).toEqual([]);
    await docs.screenshot({ path: join(ARTIFACTS, 'browser-docs.png') });
    await docs.close();
  });
});
