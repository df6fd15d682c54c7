// `npm run bench`: builds the game and a bare ink page of the same story, serves both on loopback and
// times them in Debian's Chromium, then prints a table and writes bench/results.json. Node only.

import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { DEFAULT_REGIME } from '../model/regimes/index.ts';
import { startRunner } from '../narrative/runner.ts';
import { buildBarePage, FIRST_TEXT_MARK } from './bench-bare-page.ts';
import { OPEN_CHOICE, PROBE_SCRIPT, type ClickSample } from './bench-probe.ts';
import { formatTable, intervals, median, percentile, type Figures } from './bench-report.ts';
import { CHROMIUM_ARGS, findChromium } from './browser-path.ts';
import { compileInk } from './ink-compile.ts';

const STORY_ROOT = 'story/en/main.ink';
const GAME_DIR = 'dist';
const RESULTS = 'bench/results.json';
const VIEWPORT = { width: 1280, height: 800 };

interface Options {
  runs: number;
  throttles: number[];
  heapGames: number;
  /** Pause after each measured click, so the next one does not land in the last one's fade. */
  settleMs: number;
  /** How long frames are recorded around a click that changes the scene. */
  frameWindowMs: number;
}

function readOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const number = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const value = Number(argv[index + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number above 0`);
    return value;
  };
  return {
    runs: number('runs', quick ? 1 : 9),
    throttles: [1, 4],
    heapGames: number('heap-games', quick ? 10 : 200),
    settleMs: quick ? 150 : 700,
    frameWindowMs: quick ? 1000 : 2000,
  };
}

// ---- building ---------------------------------------------------------------------------------

interface Builds {
  game: string;
  bare: string;
  /** dist-relative path of the lazily loaded chunk that carries Phaser. */
  phaserChunk: string;
}

async function buildAll(): Promise<Builds> {
  const output = await build({ logLevel: 'warn' });
  const bundles = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunks = bundles.flatMap((bundle) => bundle.output ?? []);
  const phaser = chunks.find(
    (chunk) => chunk.type === 'chunk' && chunk.moduleIds.some((id) => id.includes('/node_modules/phaser/')),
  );
  if (!phaser) throw new Error('no chunk in the build carries Phaser');
  const bare = await buildBarePage(STORY_ROOT, path.join(tmpdir(), 'good-standing-bench-bare'));
  return { game: GAME_DIR, bare, phaserChunk: phaser.fileName };
}

// ---- serving ----------------------------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

/** Serves /game/ and /bare/ from their folders on 127.0.0.1, uncompressed and uncached, like a plain static host. */
async function serve(roots: Record<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, mount, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = roots[mount];
    const relative = rest.join('/') || 'index.html';
    const file = root ? path.resolve(root, relative) : '';
    if (!root || !file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}` };
}

// ---- one page load ----------------------------------------------------------------------------

interface Loaded {
  firstTextMs: number;
  scriptBytes: number;
}

interface GameRun extends Loaded {
  clicks: ClickSample[];
  /** Frame intervals around each click that changed the scene. */
  transitions: number[][];
  /** Every URL path the page fetched during the playthrough, with its transferred bytes. */
  fetched: { path: string; bytes: number }[];
  /** Clicks the page needed to reach the ending, and what the runner predicted. */
  steps: number;
  plannedSteps: number;
}

async function openPage(
  browser: Browser,
  throttle: number,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, errors };
}

/** Navigates and reads, from the page's own timeline, when the first text was marked and what script came before it. */
async function loadAndMark(page: Page, url: string): Promise<Loaded> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_TEXT_MARK, {
    timeout: 60_000,
  });
  return page.evaluate((mark) => {
    const firstText = performance.getEntriesByName(mark)[0].startTime;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= firstText,
    );
    return { firstTextMs: firstText, scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0) };
  }, FIRST_TEXT_MARK);
}

/** Which clicks, taking the first open choice each time, move the story to another scene. */
function plannedTransitions(json: string, seed: number): { steps: number; transitions: Set<number> } {
  const runner = startRunner({ story: json, regime: DEFAULT_REGIME, seed });
  const transitions = new Set<number>();
  let beat = runner.beat;
  for (let step = 0; !beat.ending && step < 500; step += 1) {
    const open = beat.choices.find((choice) => !choice.locked);
    if (!open) break;
    const next = runner.choose(open.index);
    if (next.scene && next.scene !== beat.scene) transitions.add(step);
    beat = next;
  }
  return { steps: runner.choices.length, transitions };
}

async function playThrough(
  page: Page,
  json: string,
  seed: number,
  options: Options,
): Promise<Omit<GameRun, keyof Loaded>> {
  await page.waitForSelector('#stage[data-ready="true"]', { timeout: 60_000 });
  const plan = plannedTransitions(json, seed);
  const transitions: number[][] = [];
  let step = 0;
  for (; step < 500; step += 1) {
    if (await page.getByTestId('ending').count()) break;
    const before = await page.evaluate(() => window.__bench?.clicks.length ?? 0);
    const frames = plan.transitions.has(step)
      ? page.evaluate((ms) => window.__bench?.recordFrames(ms) ?? [], options.frameWindowMs)
      : null;
    await page.locator(OPEN_CHOICE).first().click();
    await page.waitForFunction((n) => (window.__bench?.clicks.length ?? 0) > n, before);
    if (frames) transitions.push(intervals(await frames));
    else await page.waitForTimeout(options.settleMs);
  }
  const { clicks, fetched } = await page.evaluate(() => ({
    clicks: window.__bench?.clicks ?? [],
    fetched: [
      ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
    ].map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.transferSize })),
  }));
  return { clicks, transitions, fetched, steps: step, plannedSteps: plan.steps };
}

async function gameRun(
  browser: Browser,
  base: string,
  json: string,
  throttle: number,
  seed: number,
  options: Options,
): Promise<GameRun> {
  const { context, page, errors } = await openPage(browser, throttle);
  try {
    const loaded = await loadAndMark(page, `${base}/game/?start=new&seed=${seed}`);
    const played = await playThrough(page, json, seed, options);
    if (errors.length) throw new Error(`the game reported errors: ${errors.join('; ')}`);
    return { ...loaded, ...played };
  } finally {
    await context.close();
  }
}

async function bareRun(browser: Browser, base: string, throttle: number): Promise<Loaded> {
  const { context, page, errors } = await openPage(browser, throttle);
  try {
    const loaded = await loadAndMark(page, `${base}/bare/`);
    if (errors.length) throw new Error(`the bare page reported errors: ${errors.join('; ')}`);
    return loaded;
  } finally {
    await context.close();
  }
}

// ---- heap ------------------------------------------------------------------------------------

/** JS heap in one page after one playthrough and after `games`, each after forced garbage collection. */
async function heapRun(browser: Browser, base: string, games: number): Promise<{ after1: number; afterAll: number }> {
  const { context, page, errors } = await openPage(browser, 1);
  const cdp = await context.newCDPSession(page);
  const settledHeap = async () => {
    // Tweens started by the last clicks finish within a second; then nothing should hold on to old games.
    await page.waitForTimeout(1500);
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
  try {
    await page.goto(`${base}/game/`);
    await page.waitForSelector('#stage[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => window.__bench?.playGames(1));
    const after1 = await settledHeap();
    for (let done = 1; done < games; done += 10) {
      await page.evaluate((n) => window.__bench?.playGames(n), Math.min(10, games - done));
    }
    const afterAll = await settledHeap();
    if (errors.length) throw new Error(`the game reported errors: ${errors.join('; ')}`);
    return { after1, afterAll };
  } finally {
    await context.close();
  }
}

// ---- the whole bench ---------------------------------------------------------------------------

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/** The gzipped size of every built file a playthrough fetched, found by its path under /game/. */
function gzipTotal(fetched: { path: string }[], dir: string): number {
  const files = new Set(
    fetched
      .filter((entry) => entry.path.startsWith('/game/'))
      .map((entry) => entry.path.slice('/game/'.length) || 'index.html'),
  );
  return [...files].reduce((sum, file) => sum + gzipped(path.join(dir, file)), 0);
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');

  console.log('building the game and the bare ink page…');
  const builds = await buildAll();
  const compiled = compileInk(STORY_ROOT).story;
  if (!compiled) throw new Error(`${STORY_ROOT} does not compile: run npm run story:check`);
  const { server, base } = await serve({ game: builds.game, bare: builds.bare });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

  const games: Record<number, GameRun[]> = {};
  const bares: Record<number, Loaded[]> = {};
  try {
    for (const throttle of options.throttles) {
      games[throttle] = [];
      bares[throttle] = [];
      for (let run = 0; run < options.runs; run += 1) {
        // Alternate which goes first, so neither always meets a warmer machine.
        const seed = 100 + run;
        const order = run % 2 === 0 ? (['game', 'bare'] as const) : (['bare', 'game'] as const);
        for (const kind of order) {
          if (kind === 'game')
            games[throttle].push(await gameRun(browser, base, compiled.json, throttle, seed, options));
          else bares[throttle].push(await bareRun(browser, base, throttle));
        }
        const game = games[throttle][run];
        const bare = bares[throttle][run];
        console.log(
          `${throttle}× run ${run + 1}/${options.runs}: first text ${game.firstTextMs.toFixed(1)} / ${bare.firstTextMs.toFixed(1)} ms, ` +
            `click→paint p95 ${percentile(
              game.clicks.map((c) => c.painted - c.click),
              95,
            ).toFixed(1)} ms`,
        );
        if (game.steps !== game.plannedSteps) {
          console.warn(
            `  the page took ${game.steps} clicks, the runner ${game.plannedSteps}: transitions may be misplaced`,
          );
        }
      }
    }
    console.log(`heap: ${options.heapGames} playthroughs in one page…`);
    const heap = await heapRun(browser, base, options.heapGames);

    const ratios = (throttle: number) =>
      games[throttle].map((game, run) => game.firstTextMs / bares[throttle][run].firstTextMs);
    const clickTimes = (throttle: number, end: 'frame' | 'painted') =>
      games[throttle].flatMap((game) => game.clicks.map((click) => click[end] - click.click));
    const frameIntervals = (throttle: number) => games[throttle].flatMap((game) => game.transitions.flat());
    const last = games[1][games[1].length - 1];
    const figures: Figures = {
      firstTextRatio4x: median(ratios(4)),
      firstTextRatio1x: median(ratios(1)),
      firstTextGameMs4x: median(games[4].map((game) => game.firstTextMs)),
      firstTextBareMs4x: median(bares[4].map((bare) => bare.firstTextMs)),
      scriptBytesRatio:
        median(games[1].map((game) => game.scriptBytes)) / median(bares[1].map((bare) => bare.scriptBytes)),
      scriptBytesGame: median(games[1].map((game) => game.scriptBytes)),
      scriptBytesBare: median(bares[1].map((bare) => bare.scriptBytes)),
      clickToPaintP95Ms4x: percentile(clickTimes(4, 'painted'), 95),
      clickToFrameP95Ms4x: percentile(clickTimes(4, 'frame'), 95),
      clickToPaintP95Ms1x: percentile(clickTimes(1, 'painted'), 95),
      frameIntervalP95Ms: percentile(frameIntervals(1), 95),
      frameIntervalP95Ms4x: percentile(frameIntervals(4), 95),
      heapGrowthMB: (heap.afterAll - heap.after1) / (1024 * 1024),
      heapGames: options.heapGames,
      playthroughBytes: last.fetched.reduce((sum, entry) => sum + entry.bytes, 0),
      playthroughGzipBytes: gzipTotal(last.fetched, builds.game),
      phaserChunkGzipBytes: gzipped(path.join(builds.game, builds.phaserChunk)),
    };

    const table = formatTable(figures);
    console.log(`\n${table}\n`);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: browser.version(),
          options,
          figures,
          table,
          samples: {
            firstTextMs: {
              game: Object.fromEntries(options.throttles.map((t) => [t, games[t].map((g) => g.firstTextMs)])),
              bare: Object.fromEntries(options.throttles.map((t) => [t, bares[t].map((b) => b.firstTextMs)])),
            },
            scriptBytes: { game: games[1].map((g) => g.scriptBytes), bare: bares[1].map((b) => b.scriptBytes) },
            clickToPaintMs: Object.fromEntries(options.throttles.map((t) => [t, clickTimes(t, 'painted')])),
            clickToFrameMs: Object.fromEntries(options.throttles.map((t) => [t, clickTimes(t, 'frame')])),
            frameIntervalsMs: Object.fromEntries(options.throttles.map((t) => [t, frameIntervals(t)])),
            heapBytes: heap,
            playthroughFiles: last.fetched,
          },
        },
        null,
        2,
      )}\n`,
    );
    console.log(`wrote ${RESULTS}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
