// `npm run art:social`: the link preview (assets/social-preview.png, 1200×630) is a picture of the stage's
// own city, as a kiosk's idle tour shows it, taken in Debian's Chromium from a plain build. Node only.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ASSETS, pngSize, SOCIAL_PREVIEW } from './app-files.ts';
import { CHROMIUM_ARGS, findChromium } from './browser-path.ts';
import { inkPlugin } from './vite-plugin-ink.ts';
import { serveFolders } from './static-server.ts';

/** Long enough for the tour's first place to settle and its camera to find someone (its scan comes at 2.4 s). */
const SETTLE_MS = 3200;

async function main() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  const folder = mkdtempSync(path.join(tmpdir(), 'good-standing-social-'));
  // The game alone, without the files this picture is one of: the preview can be made before any exists.
  process.env.NODE_ENV = 'production';
  await build({ configFile: false, base: './', logLevel: 'warn', plugins: [inkPlugin()], build: { outDir: folder } });
  const { server, base } = await serveFolders({ game: folder });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: SOCIAL_PREVIEW.width, height: SOCIAL_PREVIEW.height },
      reducedMotion: 'no-preference',
    });
    // With the words out of the way the stage takes the whole frame; the city draws no text of its own.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '#app { display: none !important; }';
        document.head.append(style);
      }),
    );
    await page.goto(`${base}/game/index.html?mode=kiosk`);
    const canvas = page.locator('#stage[data-ready="true"] canvas');
    await canvas.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const png = await canvas.screenshot({ type: 'png' });
    const size = pngSize(png);
    if (size?.width !== SOCIAL_PREVIEW.width || size.height !== SOCIAL_PREVIEW.height)
      throw new Error(
        `the stage was ${size?.width}×${size?.height}, not ${SOCIAL_PREVIEW.width}×${SOCIAL_PREVIEW.height}`,
      );
    const out = path.join(ASSETS, SOCIAL_PREVIEW.file);
    writeFileSync(out, png);
    console.log(
      `wrote ${out} (${SOCIAL_PREVIEW.width}×${SOCIAL_PREVIEW.height}, ${(png.length / 1024).toFixed(1)} KiB)`,
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
