// Drives the built game's kiosk in Chromium as visitors do, for the browser tests and `npm run soak`:
// opens it with a curator's config and a controllable clock, and plays visit after visit,
// finished, abandoned or rescued from the idle warning, measuring the JS heap. Node only.

import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { KioskConfig } from '../kiosk/config.ts';
import { randomFrom } from '../model/random.ts';
import { settledHeap, watchPage } from './browser-path.ts';

export interface Kiosk {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: URL[];
  close(): Promise<void>;
}

/**
 * The kiosk at `base` with `config` served as its kiosk.json, on a touch screen, with Playwright's
 * clock installed so tests can jump over the idle time rather than wait it out.
 */
export async function openKiosk(
  browser: Browser,
  base: string,
  config: Partial<KioskConfig> | string,
  viewport = { width: 1920, height: 1080 },
  query = '?mode=kiosk',
): Promise<Kiosk> {
  const context = await browser.newContext({ viewport, hasTouch: true, acceptDownloads: true });
  await context.route('**/kiosk.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: typeof config === 'string' ? config : JSON.stringify(config),
    }),
  );
  const page = await context.newPage();
  const { errors, requests } = watchPage(page);
  await page.clock.install();
  await page.goto(new URL(query, base).href);
  await page.getByTestId('attract').waitFor();
  return { context, page, errors, requests, close: () => context.close() };
}

/**
 * The kiosk's heap, settled. It first rests on its attract screen for a few seconds, as between real
 * visitors: the last visit's streams and switches still in flight would otherwise count as kept.
 */
const kioskHeap = (page: Page, cdp: CDPSession) =>
  settledHeap(page, cdp, { restMs: 5000, stepMs: 1000, patienceMs: 30_000 });

const OPEN_CHOICE = '[data-testid="choice"]:not([aria-disabled="true"])';

/** Taps an open choice at random and waits for the words it leads to. */
async function tapAChoice(page: Page, random: () => number): Promise<void> {
  const open = page.locator(OPEN_CHOICE);
  const count = await open.count();
  const before = await page.getByTestId('passage').textContent();
  await open.nth(Math.floor(random() * count)).tap();
  await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
}

export type VisitEnd = 'finished' | 'walked_away' | 'rescued_then_walked_away';

/**
 * One visitor: touches the attract screen, picks a language, plays up to `choices` choices, then
 * either finishes at the ending or walks away and leaves the idle clock to reset the kiosk (some
 * answer the warning once first). Ends back on the attract screen.
 */
export async function playVisit(
  page: Page,
  config: Pick<KioskConfig, 'idleSeconds' | 'warningSeconds'>,
  random: () => number,
  choices: number,
): Promise<{ end: VisitEnd; choices: number }> {
  await page.getByTestId('attract').tap();
  const picker = page.getByTestId('language-picker');
  if (await picker.isVisible()) {
    const languages = page.locator('[data-testid^="kiosk-lang-"]');
    await languages.nth(Math.floor(random() * (await languages.count()))).tap();
  }
  await page.getByTestId('passage').waitFor();
  let taken = 0;
  while (taken < choices && (await page.getByTestId('ending').count()) === 0) {
    await tapAChoice(page, random);
    taken += 1;
  }
  const ended = (await page.getByTestId('ending').count()) > 0;
  if (ended) await page.locator('[data-testid="debrief"][data-ready="true"]').waitFor({ timeout: 60_000 });
  if (ended && random() < 0.5) {
    await page.getByTestId('end-visit').tap();
    await page.getByTestId('attract').waitFor();
    return { end: 'finished', choices: taken };
  }
  let end: VisitEnd = 'walked_away';
  if (random() < 0.25) {
    await page.clock.fastForward((config.idleSeconds + 1) * 1000);
    await page.getByTestId('idle-warning').waitFor();
    await page.getByTestId('still-here').tap();
    await page.getByTestId('idle-warning').waitFor({ state: 'detached' });
    end = 'rescued_then_walked_away';
  }
  await page.clock.fastForward((config.idleSeconds + 1) * 1000);
  await page.getByTestId('idle-warning').waitFor();
  await page.clock.fastForward((config.warningSeconds + 1) * 1000);
  await page.getByTestId('attract').waitFor();
  return { end, choices: taken };
}

/** What the page holds between visitors: what a visit must not leave behind. */
export interface Holdings {
  /** Elements in the document. */
  nodes: number;
  /** Event listeners on the window, the document and every element in it. */
  listeners: number;
  /** The stage's census, `place room busy objects` (absent without a stage). */
  stage?: string;
}

export interface SoakFigures {
  visits: number;
  ends: Record<VisitEnd, number>;
  choices: number;
  /** After the first visit and after the last, in bytes, each after forced garbage collection (when measured). */
  heapAfterFirst: number;
  heapAfterLast: number;
  /** DOM nodes in the document after the first visit and after the last. */
  nodesAfterFirst: number;
  nodesAfterLast: number;
  /** What the page held after each visit, resting on the attract screen. */
  held: Holdings[];
  milliseconds: number;
}

/** Counts what the page holds: nodes, listeners (through the DevTools protocol), and the stage's census. */
async function holdings(page: Page, cdp: CDPSession): Promise<Holdings> {
  const listenersOn = async (expression: string, depth: number) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) return 0;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners.length;
  };
  const listeners = (await listenersOn('window', 0)) + (await listenersOn('document', -1));
  // The stage writes its census while it draws, and it rests during a visit's clicks: give a stage
  // that is up a moment to draw on the attract screen before it is counted.
  await page
    .waitForFunction(
      () => {
        const stage = document.getElementById('stage');
        return stage?.dataset.ready !== 'true' || stage.dataset.census !== undefined;
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const { nodes, stage } = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    stage: document.getElementById('stage')?.dataset.census,
  }));
  return { nodes, listeners, ...(stage ? { stage } : {}) };
}

/** Plays `visits` visitors in one page, up to `maxChoices` choices each, from `seed`. */
export async function soak(
  kiosk: Kiosk,
  config: Pick<KioskConfig, 'idleSeconds' | 'warningSeconds'>,
  options: {
    visits: number;
    seed: number;
    maxChoices: number;
    /** Settle and measure the heap after the first and last visits (slow: the long soak does it). */
    heap?: boolean;
    progress?: (done: number) => void;
  },
): Promise<SoakFigures> {
  const { page, context } = kiosk;
  const cdp = await context.newCDPSession(page);
  const random = randomFrom(options.seed);
  const ends: Record<VisitEnd, number> = { finished: 0, walked_away: 0, rescued_then_walked_away: 0 };
  const measureHeap = options.heap ?? true;
  const held: Holdings[] = [];
  const started = Date.now();
  let choices = 0;
  let heapAfterFirst = 0;
  for (let visit = 1; visit <= options.visits; visit += 1) {
    // The first visitor reads to the end and the debrief, so every chunk a later one can load is
    // already in the first measurement: what grows after it is what visits leave behind.
    const first = visit === 1;
    const played = await playVisit(page, config, random, first ? 1000 : 1 + Math.floor(random() * options.maxChoices));
    ends[played.end] += 1;
    choices += played.choices;
    if (first && measureHeap) heapAfterFirst = await kioskHeap(page, cdp);
    held.push(await holdings(page, cdp));
    options.progress?.(visit);
  }
  const heapAfterLast = measureHeap ? await kioskHeap(page, cdp) : 0;
  return {
    visits: options.visits,
    ends,
    choices,
    heapAfterFirst,
    heapAfterLast,
    nodesAfterFirst: held[0]?.nodes ?? 0,
    nodesAfterLast: (await holdings(page, cdp)).nodes,
    held,
    milliseconds: Date.now() - started,
  };
}
