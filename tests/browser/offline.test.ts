import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, choose, closeBrowser, launch } from './browser';

afterAll(closeBrowser);

interface Visit {
  context: BrowserContext;
  page: Page;
  errors: string[];
  failed: string[];
  /** Every request of the context, the service worker's own included. */
  requests: URL[];
}

/** A fresh browser profile on `query`; `config`, if given, is served as kiosk.json until unrouted. */
async function visit(query: string, config?: string): Promise<Visit> {
  const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 } });
  if (config) {
    await context.route('**/kiosk.json', (route) => route.fulfill({ contentType: 'application/json', body: config }));
  }
  const requests: URL[] = [];
  context.on('request', (request) => requests.push(new URL(request.url())));
  const page = await context.newPage();
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // A fetch cut short by the test's own navigation (net::ERR_ABORTED) is not a file the worker failed to serve.
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${error}`);
  });
  await page.goto(new URL(query, baseUrl()).href);
  return { context, page, errors, failed, requests };
}

const elsewhere = ({ requests }: Visit) => requests.filter((url) => url.hostname !== '127.0.0.1').map(String);

async function waitForControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** The paths of everything the service worker's caches hold, whatever cache they are in. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

describe('the kiosk offline', () => {
  it('keeps the whole kiosk playable with the network cut after one visit, its config included', async () => {
    const kiosk = await visit('?mode=kiosk', '{"languages": ["ar", "en"], "adminPin": "2468"}');
    const { context, page } = kiosk;
    await waitForControl(page);
    const built = ['index.html', ...readdirSync('dist/assets').map((file) => `assets/${file}`)];
    const expected = [...built, 'kiosk.json'].map((file) => new URL(file, baseUrl()).pathname);
    await expect.poll(() => cachedPaths(page), { timeout: 60_000 }).toEqual(expect.arrayContaining(expected));

    // From here on only the worker can answer: the server's own kiosk.json would be `{}`.
    await context.unrouteAll();
    await context.setOffline(true);
    await page.reload();
    // The curator's config came from the cache: Arabic is offered first.
    await expect
      .poll(() => page.getByTestId('attract-prompt').textContent(), { timeout: 30_000 })
      .toBe('المس الشاشة لتبدأ');
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 30_000 });
    await page.getByTestId('attract').click();
    await page.getByTestId('kiosk-lang-ar').click();
    await expect(page.getByTestId('passage').textContent()).resolves.toMatch(/\p{Script=Arabic}/u);
    const open = page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first();
    await choose(page, Number(await open.getAttribute('data-index')));

    // The worker serves every page in its scope, so a game at home begun offline plays on too.
    await page.goto(new URL('?start=new&seed=2', baseUrl()).href);
    await choose(page, Number(await open.getAttribute('data-index')));

    expect(kiosk.failed).toEqual([]);
    expect(kiosk.errors).toEqual([]);
    expect(elsewhere(kiosk)).toEqual([]);
    await context.close();
  });

  it('fetches kiosk.json from the network first, so an edited config is seen', async () => {
    let served = '{"edition":1}';
    const kiosk = await visit('?mode=kiosk');
    const { context, page } = kiosk;
    await waitForControl(page);
    // The kiosk fetches its config once more under the worker, to keep it: let that be done first.
    await expect
      .poll(() => cachedPaths(page), { timeout: 60_000 })
      .toContain(new URL('kiosk.json', baseUrl()).pathname);
    // Routes reach the service worker's own fetches in Chromium, as long as workers are not blocked.
    await context.route('**/kiosk.json', (route) => route.fulfill({ contentType: 'application/json', body: served }));
    const fromWorker: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/kiosk.json') && response.fromServiceWorker()) fromWorker.push(response.url());
    });
    const read = () => page.evaluate(() => fetch('./kiosk.json').then((response) => response.text()));

    await expect(read()).resolves.toBe('{"edition":1}');
    served = '{"edition":2}';
    await expect(read()).resolves.toBe('{"edition":2}');
    expect(fromWorker).toHaveLength(2);

    // Unrouted, the server would answer `{}`: edition 2 can only come from the worker's cache.
    await context.unrouteAll();
    await context.setOffline(true);
    await expect(read()).resolves.toBe('{"edition":2}');
    expect(fromWorker).toHaveLength(3);

    expect(kiosk.failed).toEqual([]);
    expect(elsewhere(kiosk)).toEqual([]);
    await context.close();
  });

  it('registers no service worker outside kiosk mode', async () => {
    const plain = await visit('');
    const { context, page } = plain;
    // The stage boots from the same after-paint turn a kiosk registers its worker in.
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
    expect(plain.requests.map((url) => url.pathname)).not.toContain(new URL('sw.js', baseUrl()).pathname);
    expect(plain.errors).toEqual([]);
    expect(elsewhere(plain)).toEqual([]);
    await context.close();
  });
});
