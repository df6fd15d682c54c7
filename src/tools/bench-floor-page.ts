// The benchmark's floor: the game's own page (its markup, style sheet and fonts) with the game's script
// replaced by one that only swaps in the next beat, as captured from the game. Never shipped. Node only.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { FIRST_TEXT_MARK, OPEN_CHOICE } from './bench-probe.ts';

/** The parts of the page the game refills on each beat, by selector. */
const REFILLED = ['.hud-standing', '.hud-changes', '.passage', '.below'] as const;

interface Capture {
  /** The root element's attributes and the whole app, as the first beat left them. */
  first: { root: [string, string][]; app: string };
  /** Each refilled part's markup after 0, 1, 2… clicks on the first open choice. */
  beats: string[][];
}

// Sent to the page as text: no named functions inside (tsx would wrap them in a helper the page lacks).
const READ_PARTS = `[${REFILLED.map((selector) => `document.querySelector('${selector}').innerHTML`).join(', ')}]`;
const READ_FIRST = `({ root: [...document.documentElement.attributes].map((a) => [a.name, a.value]), app: document.getElementById('app').innerHTML })`;

/** Plays the game at `url` (a new game at `seed`) as the bench does, keeping the markup of each beat. */
async function capture(browser: Browser, url: string, clicks: number): Promise<Capture> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.locator(OPEN_CHOICE).first().waitFor();
    const first = (await page.evaluate(READ_FIRST)) as Capture['first'];
    const beats = [(await page.evaluate(READ_PARTS)) as string[]];
    for (let step = 0; step < clicks && (await page.locator(OPEN_CHOICE).count()) > 0; step += 1) {
      const before = beats[beats.length - 1][REFILLED.indexOf('.passage')];
      await page.locator(OPEN_CHOICE).first().click();
      await page.waitForFunction((was) => document.querySelector('.passage')?.innerHTML !== was, before);
      beats.push((await page.evaluate(READ_PARTS)) as string[]);
    }
    return { first, beats };
  } finally {
    await page.close();
  }
}

/**
 * What a click costs the browser on the game's own page when no game code runs: the same parts
 * refilled, focus moved and the page scrolled up, as the game's view does. Marks its first text
 * under the game's name.
 */
const floorScript = (captures: Record<number, Capture>) => `const CAPTURES = ${JSON.stringify(captures)};
const { first, beats } = CAPTURES[new URLSearchParams(location.search).get('seed')];
for (const [name, value] of first.root) document.documentElement.setAttribute(name, value);
const app = document.getElementById('app');
app.innerHTML = first.app;
const parts = ${JSON.stringify(REFILLED)}.map((selector) => app.querySelector(selector));
const passage = app.querySelector('.passage');
let shown = 0;
app.addEventListener('click', (event) => {
  if (!event.target.closest('[data-testid="choice"]') || !beats[shown + 1]) return;
  shown += 1;
  passage.focus({ preventScroll: true });
  beats[shown].forEach((markup, i) => (parts[i].innerHTML = markup));
  requestAnimationFrame(() => window.scrollTo({ top: 0 }));
});
performance.mark(${JSON.stringify(FIRST_TEXT_MARK)});
`;

/**
 * Builds the floor page in `outDir` from the game built in `gameFolder` and served at `gameUrl`:
 * one capture per seed, each `clicks` long. Open it at `?seed=N`.
 */
export async function buildFloorPage(
  browser: Browser,
  { gameUrl, gameFolder, outDir }: { gameUrl: string; gameFolder: string; outDir: string },
  seeds: readonly number[],
  clicks: number,
): Promise<void> {
  const captures: Record<number, Capture> = {};
  for (const seed of seeds) captures[seed] = await capture(browser, `${gameUrl}?start=new&seed=${seed}`, clicks + 1);
  rmSync(outDir, { recursive: true, force: true });
  // The game's fonts and style sheet, at the same paths; its index.html and service worker replaced.
  cpSync(gameFolder, outDir, { recursive: true });
  rmSync(path.join(outDir, 'sw.js'), { force: true });
  const head = readFileSync(path.join(gameFolder, 'index.html'), 'utf8').match(
    /<link rel="(stylesheet|preload)"[^>]*>/g,
  );
  writeFileSync(path.join(outDir, 'floor.js'), floorScript(captures));
  writeFileSync(
    path.join(outDir, 'index.html'),
    `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    ${(head ?? []).join('\n    ')}
  </head>
  <body>
    <div id="stage" aria-hidden="true"></div>
    <div id="app" class="shell"></div>
    <script type="module" src="./floor.js"></script>
  </body>
</html>
`,
  );
}
