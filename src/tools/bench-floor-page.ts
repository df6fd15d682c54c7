// The benchmark's floor: the game's own page (its markup, style sheet and fonts) with the game's script
// replaced by one that only swaps in the next beat, as captured from the game. Never shipped. Node only.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { FIRST_TEXT_MARK, OPEN_CHOICE } from './bench-probe.ts';

/** The parts of the page the game refills on each beat, by selector. Captured as data, rebuilt node by node. */
const REFILLED = ['.hud-standing', '.hud-changes', '.passage', '.below'] as const;

/** A node as plain data: text, or an element's namespace, tag, attributes and children. */
type Shape = string | [namespace: string, tag: string, attributes: [string, string][], children: Shape[]];

interface Capture {
  /** The root element's attributes and the whole app, as the first beat left them. */
  first: { root: [string, string][]; app: Shape[] };
  /** Each refilled part's children after 0, 1, 2… clicks on the first open choice. */
  beats: Shape[][][];
}

// Sent to the page as text: no named functions inside (tsx would wrap them in a helper the page lacks).
const SHAPE = `const shape = (node) => node.nodeType === 3 ? node.data : [node.namespaceURI, node.localName, [...node.attributes].map((a) => [a.name, a.value]), [...node.childNodes].filter((n) => n.nodeType === 1 || n.nodeType === 3).map(shape)];`;
const READ_PARTS = `(() => { ${SHAPE} return ${JSON.stringify(REFILLED)}.map((selector) => [...document.querySelector(selector).childNodes].map(shape)); })()`;
const READ_FIRST = `(() => { ${SHAPE} return { root: [...document.documentElement.attributes].map((a) => [a.name, a.value]), app: [...document.getElementById('app').childNodes].map(shape) }; })()`;

/** Plays the game at `url` by its first open choices, as the bench does, keeping each beat's nodes as data. */
async function capture(browser: Browser, url: string, clicks: number): Promise<Capture> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.locator(OPEN_CHOICE).first().waitFor();
    // The first chapter's card plays over the page for a moment; the floor has none.
    await page.locator('[data-testid="chapter-card"]').waitFor({ state: 'hidden' });
    const first = (await page.evaluate(READ_FIRST)) as Capture['first'];
    const beats = [(await page.evaluate(READ_PARTS)) as Shape[][]];
    for (let step = 0; step < clicks && (await page.locator(OPEN_CHOICE).count()) > 0; step += 1) {
      const shown = await page.evaluate(() => document.querySelector('.passage')?.textContent);
      await page.locator(OPEN_CHOICE).first().click();
      await page.waitForFunction((was) => document.querySelector('.passage')?.textContent !== was, shown);
      beats.push((await page.evaluate(READ_PARTS)) as Shape[][]);
    }
    return { first, beats };
  } finally {
    await page.close();
  }
}

/**
 * What a click costs the browser on the game's own page when no game code runs: the same parts
 * refilled with new nodes, focus moved and the page scrolled up, as the game's view does. Marks its
 * first text under the game's name.
 */
const floorScript = (captures: Record<number, Capture>) => `const CAPTURES = ${JSON.stringify(captures)};
const { first, beats } = CAPTURES[new URLSearchParams(location.search).get('seed')];
const build = (shape) => {
  if (typeof shape === 'string') return document.createTextNode(shape);
  const [namespace, tag, attributes, children] = shape;
  const element = document.createElementNS(namespace, tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  element.append(...children.map(build));
  return element;
};
for (const [name, value] of first.root) document.documentElement.setAttribute(name, value);
const app = document.getElementById('app');
app.replaceChildren(...first.app.map(build));
const parts = ${JSON.stringify(REFILLED)}.map((selector) => app.querySelector(selector));
const passage = app.querySelector('.passage');
let shown = 0;
app.addEventListener('click', (event) => {
  if (!event.target.closest('[data-testid="choice"]') || !beats[shown + 1]) return;
  shown += 1;
  passage.focus({ preventScroll: true });
  beats[shown].forEach((children, i) => parts[i].replaceChildren(...children.map(build)));
  requestAnimationFrame(() => window.scrollTo({ top: 0 }));
});
performance.mark(${JSON.stringify(FIRST_TEXT_MARK)});
`;

/**
 * Builds the floor page in `outDir` from the game built in `gameFolder` and served at `gameUrl`:
 * one capture per seed, long enough for the bench's eager first click and `clicks` more. Open it at `?seed=N`.
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
