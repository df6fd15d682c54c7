import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { SOCIAL_PREVIEW } from '../../src/tools/app-files';
import { watchPage } from '../../src/tools/browser-path';
import { packageFolder } from '../../src/tools/game-package';
import { serveFolders } from '../../src/tools/static-server';
import { closeBrowser, launch, launchProfile, screenshot } from './browser';

/** Where a teacher might put the game on a school's site: not the host's root. */
const SUBPATH = 'some/where';

let server: Server | undefined;
let game = '';
let zip = { bytes: 0, files: 0 };

beforeAll(async () => {
  // The package of the build the other browser tests play, unzipped as a host would hold it.
  const folder = mkdtempSync(path.join(tmpdir(), 'good-standing-package-'));
  const file = path.join(folder, 'good-standing.zip');
  zip = packageFolder('dist', file);
  const unzipped = path.join(folder, 'unzipped');
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
    mkdirSync(path.dirname(path.join(unzipped, name)), { recursive: true });
    writeFileSync(path.join(unzipped, name), bytes);
  }
  const served = await serveFolders({ [SUBPATH]: unzipped });
  server = served.server;
  game = `${served.base}/${SUBPATH}/`;
});

afterAll(async () => {
  await closeBrowser();
  server?.close();
});

/** A page that keeps every answer the host could not give, besides what watchPage keeps. */
function watchLoads(page: Page) {
  const watched = { ...watchPage(page), missing: [] as string[] };
  page.on('response', (response) => {
    if (response.status() >= 400) watched.missing.push(`${response.status()} ${response.url()}`);
  });
  // A fetch cut short by the test's own navigation (net::ERR_ABORTED) is not a missing file.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      watched.missing.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  return watched;
}

async function takeFirstOpenChoice(page: Page): Promise<void> {
  const before = await page.getByTestId('passage').textContent();
  await page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first().click();
  await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
}

/** Each image the page and its manifest name, as the browser decoded it, with the size it was declared at. */
const loadedImages = (page: Page) =>
  page.evaluate(async () => {
    const manifestUrl = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
    const manifest = (await (await fetch(manifestUrl)).json()) as { icons: { src: string; sizes: string }[] };
    const declared = [
      ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"]')].map(
        (link) => ({ url: link.href, sizes: link.getAttribute('sizes') ?? 'any' }),
      ),
      ...manifest.icons.map((icon) => ({ url: new URL(icon.src, manifestUrl).href, sizes: icon.sizes })),
      {
        url: new URL(document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '', location.href)
          .href,
        sizes: ['width', 'height']
          .map((side) => document.querySelector(`meta[property="og:image:${side}"]`)?.getAttribute('content'))
          .join('x'),
      },
    ];
    return Promise.all(
      declared.map(async ({ url, sizes }) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return { path: new URL(url).pathname, sizes, loaded: `${image.naturalWidth}x${image.naturalHeight}` };
      }),
    );
  });

describe('the package for game sites and static hosts', () => {
  it('plays from the unzipped package under a subpath to the first choice, in both languages, with nothing missing', async () => {
    const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watched = watchLoads(page);
    await page.goto(game);
    await page.getByTestId('start').click();
    await takeFirstOpenChoice(page);
    // The stage is the largest chunk, fetched last: it too must come from under the subpath.
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 60_000 });
    await screenshot(page, 'package-under-subpath');

    await page.goto(`${game}?lang=ar&start=new`);
    await expect(page.getByTestId('passage').textContent()).resolves.toMatch(/\p{Script=Arabic}/u);
    await takeFirstOpenChoice(page);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 60_000 });

    expect(watched.missing).toEqual([]);
    expect(watched.errors).toEqual([]);
    const paths = watched.requests.filter((url) => url.protocol.startsWith('http'));
    expect(paths.filter((url) => url.hostname !== '127.0.0.1' || !url.pathname.startsWith(`/${SUBPATH}/`))).toEqual([]);
    expect(zip.files).toBeLessThan(1000);
    await context.close();
  });

  it('is installable as an app: Chromium finds no installability error, in English or in Arabic', async () => {
    const profile = await launchProfile();
    const page = await profile.newPage();
    const watched = watchLoads(page);
    const cdp = await (profile as BrowserContext).newCDPSession(page);
    const check = async () => ({
      errors: (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors,
      manifest: await cdp.send('Page.getAppManifest'),
    });

    await page.goto(game);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en.ui.game_title);
    const english = await check();
    expect(english.errors).toEqual([]);
    expect(english.manifest.errors).toEqual([]);
    expect(english.manifest.url).toBe(`${game}manifest-en.webmanifest`);
    expect(JSON.parse(english.manifest.data ?? '{}')).toMatchObject({ name: en.ui.game_title, display: 'standalone' });

    // The page points its manifest at the language played, so the app installs under its Arabic name.
    await page.goto(`${game}?lang=ar`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ar.ui.game_title);
    const arabic = await check();
    expect(arabic.errors).toEqual([]);
    expect(arabic.manifest.errors).toEqual([]);
    expect(arabic.manifest.url).toBe(`${game}manifest-ar.webmanifest`);
    expect(JSON.parse(arabic.manifest.data ?? '{}')).toMatchObject({ name: ar.ui.game_title, lang: 'ar', dir: 'rtl' });

    expect(watched.missing).toEqual([]);
    expect(watched.errors).toEqual([]);
    await profile.discard();
  });

  it('loads every icon at its declared size, and the link preview at 1200×630', async () => {
    const context = await (await launch()).newContext();
    const page = await context.newPage();
    const watched = watchLoads(page);
    await page.goto(game);
    const images = await loadedImages(page);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images) {
      if (image.sizes !== 'any') expect(image.loaded, image.path).toBe(image.sizes);
      else expect(image.loaded, image.path).toMatch(/^[1-9]\d*x[1-9]\d*$/);
    }
    expect(images).toContainEqual({
      path: `/${SUBPATH}/${SOCIAL_PREVIEW.file}`,
      sizes: `${SOCIAL_PREVIEW.width}x${SOCIAL_PREVIEW.height}`,
      loaded: `${SOCIAL_PREVIEW.width}x${SOCIAL_PREVIEW.height}`,
    });
    expect(watched.missing).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
