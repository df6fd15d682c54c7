// Opens the built game in Debian's Chromium and watches what a player can't see: console errors,
// failed loads and every request, so tests can assert nothing leaves this machine.

import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, watchPage } from '../../src/tools/browser-path';

export interface Watched {
  page: Page;
  errors: string[];
  requests: URL[];
  close(): Promise<void>;
}

let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return browser;
}

/**
 * A second Chromium with a profile on disk, as a player's own browser has: Chromium's install check
 * answers "in incognito" for every page of a plain test context. Closing it removes the profile.
 */
export async function launchProfile(): Promise<BrowserContext & { discard(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  const profile = mkdtempSync(path.join(tmpdir(), 'good-standing-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS });
  return Object.assign(context, {
    async discard() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export const baseUrl = () => inject('baseUrl');

/** Opens the game in a fresh context: the built game, or the same served from `base` (the class server). */
export async function openGame(
  query = '',
  viewport = { width: 1280, height: 800 },
  base = baseUrl(),
  /** A script to run in the page before the game's own, as text. */
  before?: string,
): Promise<Watched> {
  const context = await (await launch()).newContext({ viewport });
  if (before) await context.addInitScript(before);
  const page = await context.newPage();
  const { errors, requests } = watchPage(page);
  await page.goto(new URL(query, base).href);
  return { page, errors, requests, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const file = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Clicks a choice by its ink index and waits until the passage shows what it led to. */
export async function choose(page: Page, index: number): Promise<void> {
  const before = await page.getByTestId('passage').textContent();
  await page.locator(`[data-testid="choice"][data-index="${index}"]`).click();
  await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
}

/** Clicks the open choice the plan names (by ink index), or the first open one, until an ending. */
export async function playToEnding(page: Page, plan: number[] = []): Promise<string> {
  for (let step = 0; step < 500; step += 1) {
    const ending = page.getByTestId('ending');
    if (await ending.count()) return (await ending.getAttribute('data-ending')) ?? '';
    const wanted = plan[step];
    const target =
      wanted === undefined
        ? page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first()
        : page.locator(`[data-testid="choice"][data-index="${wanted}"]`);
    const before = await page.getByTestId('passage').textContent();
    await target.click();
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="passage"]')?.textContent !== previous,
      before,
    );
  }
  throw new Error('no ending after 500 choices');
}

/** WCAG A and AA violations axe finds on the page as it stands, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
