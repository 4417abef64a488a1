import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { nodeDocsAssets } from '../src/api/docs-node.js';
import { openQuestionLog, type QuestionLog } from '../src/db/log.js';
import { openSqliteFile } from '../src/db/sqlite-file.js';
import { readIndex } from '../src/store.js';
import { getEngine, ROOT, SEED } from './helpers.js';
import { tempDir } from './tmp.js';

const ARTIFACTS = join(ROOT, 'artifacts');
const ADMIN = 'browser-admin-token-0123456789';
const TABS = ['ask', 'targets', 'docs', 'admin'] as const;

/** True when the page is no wider than the viewport (no sideways scrolling). */
/** The little of the DOM the page functions below use (this project compiles without the DOM library). */
interface PageDoc {
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelectorAll(s: string): { length: number };
  querySelector(s: string): unknown;
}
const fits = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const d = (globalThis as unknown as { document: PageDoc }).document;
    return d.documentElement.scrollWidth <= d.documentElement.clientWidth;
  });
const turnsDone = (page: Page, n: number) =>
  page.waitForFunction((count) => {
    const d = (globalThis as unknown as { document: PageDoc }).document;
    return d.querySelectorAll('#thread .turn').length === count && !d.querySelector('#thread .card.pending');
  }, n);

async function send(page: Page, question: string): Promise<void> {
  const before = await page.locator('#thread .turn').count();
  await page.fill('#q', question);
  await page.press('#q', 'Enter');
  await turnsDone(page, before + 1);
}
/** The answer card of turn n (0-based), fixed (a `.last()` locator would follow new turns). */
const card = (page: Page, n: number) => page.locator('#thread .turn').nth(n).locator('.card');

// Debian's Chromium driven by playwright-core against the Node server on 127.0.0.1.
describe('web page in a real browser', () => {
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let log: QuestionLog;

  beforeAll(async () => {
    log = await openQuestionLog(openSqliteFile(join(tempDir('browser-'), 'app.sqlite')), { retentionDays: 30, flushMs: 10 });
    const app = createApp({ engine: getEngine(), manifest: readIndex().manifest }, { rateLimitPerMinute: 0, corsOrigins: '', log, adminToken: ADMIN, docsAssets: nodeDocsAssets() });
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
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await log?.close();
  });

  for (const width of [1280, 390]) {
    it(`a three-turn chat at ${width} px: thread, reading, highlight, document at the cited line, 👍 stored`, async () => {
      const page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 } });
      await page.goto(base);

      await send(page, 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?');
      const first = card(page, 0);
      expect(await first.locator('.answer').textContent()).toContain('96%');
      // The citation: the document's title and "dòng 47", not a file name or "47–47".
      const cite = first.locator('ol.cites li').first();
      expect(await cite.locator('.cite-link').textContent()).toContain('Kế hoạch số 133-KH/HU');
      const where = (await cite.locator('.meta').textContent()) ?? '';
      expect(where).toMatch(/dòng \d+(?:–\d+)?$/);
      expect(where).not.toMatch(/dòng (\d+)–\1$/);
      expect(await cite.textContent()).not.toContain(SEED.tuyPhuoc);
      // The fact's span is marked inside the quote.
      const mark = (await cite.locator('blockquote mark').first().textContent()) ?? '';
      expect(mark).toContain('96%');
      expect(await first.locator('.suggestions .chip').count()).toBeGreaterThanOrEqual(2);

      // Follow-up by Enter; Shift+Enter only adds a line.
      await page.fill('#q', 'còn Tây Ninh');
      await page.press('#q', 'Shift+Enter');
      expect(await page.inputValue('#q')).toBe('còn Tây Ninh\n');
      expect(await page.locator('#thread .turn').count()).toBe(1);
      await send(page, 'còn Tây Ninh thì sao?');
      const second = card(page, 1);
      expect(await second.locator('.reading').textContent()).toBe('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?');
      expect(await second.locator('.answer').textContent()).toContain('95%');

      // Third turn from a suggested follow-up chip.
      const chip = second.locator('.suggestions .chip').first();
      const suggestion = (await chip.textContent()) ?? '';
      await chip.click();
      await turnsDone(page, 3);
      const turns = await page.locator('#thread .bubble.q').allTextContents();
      expect(turns).toEqual(['Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'còn Tây Ninh thì sao?', suggestion]);
      expect(await card(page, 2).locator('.reading').count()).toBe(1);
      // The newest answer is in view.
      const box = await card(page, 2).boundingBox();
      const viewport = page.viewportSize();
      expect(box && viewport && box.y < viewport.height && box.y + 40 > 0).toBe(true);
      expect(await fits(page)).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `browser-chat-${width}.png`), fullPage: false });

      // 👍 on the first answer is stored.
      await first.locator('.fb-btn[data-vote=up]').click();
      await page.waitForSelector('.fb-btn[data-vote=up][aria-pressed=true]');
      expect(await first.locator('.fb-status').textContent()).toContain('Cảm ơn');

      // The citation opens the document at that line, with its outline and a permalink.
      const line = Number(/dòng (\d+)/.exec(where)?.[1]);
      await cite.locator('.cite-link').click();
      await page.waitForSelector('#reader .ln.hit');
      expect(page.url()).toMatch(new RegExp(`#doc/${SEED.tuyPhuoc.replace(/\.txt$/, '')}/L${line}`));
      expect(await page.locator('#reader .ln.hit').first().getAttribute('id')).toBe(`L${line}`);
      expect(await page.locator('#reader .ln.hit .t').first().textContent()).toContain('96%');
      expect(await page.locator('#reader .ln.hit mark').first().textContent()).toBe(mark.trim());
      expect(await page.locator('#reader h2').textContent()).toContain('Kế hoạch số 133-KH/HU');
      expect(await page.locator('#reader .outline li').count()).toBeGreaterThan(5);
      const hit = await page.locator('#reader .ln.hit').first().boundingBox();
      expect(hit && viewport && hit.y >= 0 && hit.y < viewport.height).toBe(true);
      // The whole text, not a window around the line.
      expect(await page.locator('#reader .ln').count()).toBe(getEngine().corpus.documents.find((d) => d.meta.source === SEED.tuyPhuoc)?.meta.lineCount);
      expect(await fits(page)).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `browser-reader-${width}.png`), fullPage: false });
      await page.close();
    });
  }

  it('a permalink opens the document at the line; the outline moves within it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const id = SEED.tayNinh.replace(/\.txt$/, '');
    await page.goto(`${base}/#doc/${id}/L38`);
    await page.waitForSelector('#reader .ln.hit');
    expect(await page.locator('#reader .ln.hit').getAttribute('id')).toBe('L38');
    expect(await page.locator('#reader .ln.hit .t').textContent()).toContain('95% dân số tham gia bảo hiểm y tế');
    expect(await page.locator('#reader .ln').count()).toBeGreaterThan(38);
    await page.locator('#reader .outline summary').click();
    const section = page.locator('#reader .outline a').nth(1);
    const href = (await section.getAttribute('href')) ?? '';
    await section.click();
    await page.waitForFunction((h) => (globalThis as unknown as { location: { hash: string } }).location.hash === h, href);
    const target = /L(\d+)$/.exec(href)?.[1];
    expect(await page.locator('#reader .ln.hit').first().getAttribute('id')).toBe(`L${target}`);
    await page.close();
  });

  it('no horizontal scroll at 360 px on any tab', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(base);
    await send(page, 'So sánh chỉ tiêu nhà ở xã hội của Bình Định và Tây Ninh');
    // A topic several plans set, with no locality: answered for all, the places offered as chips.
    await send(page, 'Chỉ tiêu nhà ở xã hội đến năm 2030?');
    const choices = card(page, 1).locator('.choices .chip');
    expect((await choices.allTextContents()).sort()).toEqual(['Bình Định', 'Tây Ninh', 'Đức Phổ'].sort());
    await choices.filter({ hasText: 'Tây Ninh' }).click();
    await turnsDone(page, 3);
    expect(await card(page, 2).locator('.answer').textContent()).toContain('11.900');
    for (const t of TABS) {
      await page.click(`nav button[data-tab=${t}]`);
      if (t === 'targets') {
        await page.selectOption('#indicator', 'social_housing_units');
        await page.click('#compare button[type=submit]');
        await page.waitForSelector('#table table');
        const text = (await page.textContent('#table')) ?? '';
        expect(text).toContain('12.900');
        expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}/); // documents by name, not file name
      }
      if (t === 'docs') {
        await page.locator('#doclist a.doc-open').first().click();
        await page.waitForSelector('#reader .ln');
      }
      if (t === 'admin') {
        await page.fill('#admin-token', ADMIN);
        await page.click('#admin-form button[type=submit]');
        await page.waitForSelector('#admin-out h3');
      }
      expect(await fits(page), `tab ${t}`).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `browser-360-${t}.png`), fullPage: true });
    }
    await page.close();
  });

  it('the admin tab lists the most frequent unanswered questions and refuses a wrong token', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    await send(page, 'Giá vé máy bay đi Hà Nội bao nhiêu?');
    await send(page, 'gia ve may bay di ha noi bao nhieu');
    await log.flush();
    await page.click('nav button[data-tab=admin]');
    await page.fill('#admin-token', 'wrong-token-0123456789');
    await page.click('#admin-form button[type=submit]');
    await page.waitForSelector('#admin-out .error');
    expect(await page.textContent('#admin-out')).toMatch(/mã quản trị/);
    await page.fill('#admin-token', ADMIN);
    await page.click('#admin-form button[type=submit]');
    await page.waitForSelector('#admin-out table');
    const first = page.locator('#admin-out table').first().locator('tr').nth(1);
    expect(await first.locator('td').first().textContent()).toBe('2');
    expect((await first.textContent())?.toLowerCase()).toMatch(/gi[aá] v[eé] m[aá]y bay/);
    await page.close();
  });

  it('👍 from the page is listed by the admin route', async () => {
    await log.flush();
    const res = await fetch(`${base}/api/admin/feedback?vote=up`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const fb = (await res.json()) as { items: Array<{ question: string; channel: string; vote: string }> };
    const fromPage = fb.items.filter((x) => x.channel === 'web' && x.question === 'Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?');
    expect(fromPage.length, JSON.stringify(fb)).toBe(2); // one per viewport
  });

  it('renders what the user typed and what documents say as text, never as HTML', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(base);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const evil = '<img src=x onerror="alert(1)"><b>đậm</b> ai chủ trì?';
    await send(page, evil);
    expect(await page.locator('#thread .bubble.q').last().textContent()).toBe(evil);
    expect(await page.locator('#thread img').count()).toBe(0);
    expect(await page.locator('#thread b').count()).toBe(0);
    await page.goto(`${base}/#doc/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/L1`);
    await page.waitForSelector('#reader .error');
    expect(await page.locator('#reader img').count()).toBe(0);
    expect(dialog).toBe(false);
    await page.close();
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
