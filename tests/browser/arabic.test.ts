import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { questionsAr } from '../../src/i18n/questions-ar';
import { en } from '../../src/i18n/en';
import { describeReason } from '../../src/ui/text';
import { axeViolations, choose, closeBrowser, openGame, playToEnding, screenshot } from './browser';
import { pathToLockedChoice } from './paths';

afterAll(closeBrowser);

const direction = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('the Arabic edition in Chromium', () => {
  it('opens right to left in Arabic, with its own font, from ?lang=ar', async () => {
    const game = await openGame('?lang=ar');
    const { page } = game;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ar.ui.game_title);
    expect(await direction(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'حسن'))).toBe(true);
    await screenshot(page, 'ar-title');
    expect(await axeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows a locked choice with the model’s reason in Arabic, and the score in its HUD', async () => {
    const { seed, plan, locked, reason } = pathToLockedChoice();
    const game = await openGame(`?lang=ar&start=new&seed=${seed}`);
    const { page } = game;
    for (const index of plan) await choose(page, index);
    const button = page.locator(`[data-testid="choice"][data-index="${locked.index}"]`);
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const reasonId = await button.getAttribute('aria-describedby');
    await expect(page.locator(`#${reasonId}`).textContent()).resolves.toContain(describeReason(ar, reason));
    await expect(page.locator('.hud').textContent()).resolves.toContain(ar.ui.score_label);
    await screenshot(page, 'ar-locked-choice');
    await page.locator('.hud').screenshot({ path: 'test-results/screenshots/ar-hud.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('plays to an ending and its debrief in Arabic, with no console error and nothing fetched from elsewhere', async () => {
    const game = await openGame('?lang=ar&length=short&start=new&seed=4');
    const { page } = game;
    const ending = await playToEnding(page);
    await expect(page.getByTestId('ending').textContent()).resolves.toContain(ar.endings[ending]);
    await page.locator('[data-testid="debrief"][data-ready="true"]').waitFor();
    await expect(page.locator('#debrief-questions .seed-questions li').allTextContents()).resolves.toEqual(
      questionsAr.seed,
    );
    await screenshot(page, 'ar-debrief');
    await page.locator('#debrief-timeline').screenshot({ path: 'test-results/screenshots/ar-debrief-timeline.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
    expect(game.requests.filter((url) => url.hostname !== '127.0.0.1')).toEqual([]);
    await game.close();
  });

  it('switches language mid-game from the menu, at the same choice point with the same score', async () => {
    const game = await openGame('?start=new&seed=3');
    const { page } = game;
    for (const index of [0, 0]) await choose(page, index);
    const score = await page.getByTestId('score').textContent();
    const offered = await page
      .locator('[data-testid="choice"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-index')));
    await page.keyboard.press('Escape');
    await Promise.all([page.waitForURL(/lang=ar/), page.locator('input[name="setting-lang"][value="ar"]').click()]);
    await page.getByTestId('passage').waitFor();
    expect(await direction(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(page.getByTestId('score').textContent()).resolves.toBe(score);
    await expect(
      page.locator('[data-testid="choice"]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-index'))),
    ).resolves.toEqual(offered);
    await screenshot(page, 'ar-after-switch');
    // And back, from the title's picker this time: the game in progress is still there to continue.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: ar.ui.to_title }).click();
    await Promise.all([page.waitForURL(/lang=en/), page.getByTestId('lang-en').click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en.ui.game_title);
    await page.getByTestId('resume').click();
    await expect(page.getByTestId('score').textContent()).resolves.toBe(score);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
