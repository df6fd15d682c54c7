import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, choose, closeBrowser, openGame, screenshot } from './browser';
import { savesForChecks } from './paths';
import { AUTOSAVE_KEY, SETTINGS_KEY } from '../../src/app/save-keeper';

afterAll(closeBrowser);

const passageText = (page: Page) => page.getByTestId('passage').textContent();
/** The story's own paragraphs, without the echo of the choice that led there. */
const storyText = (page: Page) => page.locator('[data-testid="passage"] p.para').allTextContents();

/** Puts a save and settings where the game keeps them, and opens the title on them. */
async function openOn(page: Page, save: string, settings: object) {
  await page.evaluate(
    ([autosave, text, key, stored]) => {
      localStorage.setItem(autosave, text);
      localStorage.setItem(key, stored);
    },
    [AUTOSAVE_KEY, save, SETTINGS_KEY, JSON.stringify(settings)] as const,
  );
  await page.goto(new URL('./', page.url()).href);
  await page.getByTestId('resume').waitFor();
}

const saves = savesForChecks();

describe('accessibility in Chromium', () => {
  it.each([
    ['dark', '100'],
    ['light', '100'],
    ['contrast', '100'],
    ['dark', '200'],
  ])(
    'has no axe violations in the %s theme at text size %s: title, locked choice, menu, ending and debrief',
    async (theme, size) => {
      const { locked, beforeEnding, lastChoice } = saves;
      const settings = { theme, textSize: Number(size) };
      const game = await openGame('');
      const { page } = game;
      await openOn(page, locked, settings);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `title-${theme}-${size}`);
      await page.getByTestId('resume').click();
      expect(await page.locator('[data-testid="choice"][aria-disabled="true"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `locked-${theme}-${size}`);
      await page.keyboard.press('Escape');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `menu-${theme}-${size}`);
      await page.keyboard.press('Escape');
      await openOn(page, beforeEnding, settings);
      await page.getByTestId('resume').click();
      await choose(page, lastChoice);
      await page.locator('[data-testid="debrief"][data-ready="true"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `debrief-${theme}-${size}`);
      expect(game.errors).toEqual([]);
      await game.close();
    },
  );

  it('plays to an ending by keyboard alone, with focus on the new text and visible on every control', async () => {
    const game = await openGame('');
    const { page } = game;
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('start');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 300 && !(await page.getByTestId('ending').count()); step += 1) {
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('passage');
      const before = await passageText(page);
      if (step % 2 === 0) {
        // Tab from the passage reaches the first choice; Enter takes it if it is open, else the number key.
        await page.keyboard.press('Tab');
        const locked = await page.evaluate(() => document.activeElement?.getAttribute('aria-disabled') === 'true');
        if (locked) await page.keyboard.press('2');
        else await page.keyboard.press('Enter');
      } else {
        const open = await page
          .locator('[data-testid="choice"]:not([aria-disabled="true"])')
          .first()
          .getAttribute('data-index');
        const position = await page
          .locator('[data-testid="choice"]')
          .evaluateAll((buttons, index) => buttons.findIndex((b) => b.getAttribute('data-index') === index), open);
        await page.keyboard.press(String(position + 1));
      }
      await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
    }
    expect(await page.getByTestId('ending').count()).toBe(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('opens the menu with Escape, keeps focus inside it, and closes it with Escape', async () => {
    const game = await openGame('?start=new&seed=9');
    const { page } = game;
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('menu-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('menu-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await game.close();
  });

  it('announces a beat once: changing a setting does not refill the live regions', async () => {
    const game = await openGame('?start=new&seed=9');
    const { page } = game;
    await choose(page, 0);
    await page.evaluate(() => {
      const w = window as unknown as { liveMutations: number };
      w.liveMutations = 0;
      const observer = new MutationObserver((records) => (w.liveMutations += records.length));
      for (const region of document.querySelectorAll('[aria-live]'))
        observer.observe(region, { childList: true, subtree: true });
    });
    await page.getByTestId('menu').click();
    await page.locator('input[name="setting-textSize"][value="150"]').check();
    await page.locator('input[name="setting-theme"][value="light"]').check();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { liveMutations: number }).liveMutations)).toBe(0);
    await game.close();
  });

  it('hides the stage canvas from assistive technology', async () => {
    const game = await openGame('?start=new&seed=9');
    await game.page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 30_000 });
    expect(await game.page.locator('#stage').getAttribute('aria-hidden')).toBe('true');
    await game.close();
  });

  it('gives every control a touch target of at least 44 by 44 CSS pixels', async () => {
    const game = await openGame('?start=new&seed=9');
    const { page } = game;
    await page.keyboard.press('Escape');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, [role="button"]')]
        .filter((e) => (e as HTMLElement).offsetParent !== null || e.closest('dialog[open]'))
        .map((e) => {
          const target = e.closest('label') ?? e;
          const box = target.getBoundingClientRect();
          return { name: e.outerHTML.slice(0, 60), width: box.width, height: box.height };
        })
        .filter((b) => b.width > 0 && (b.width < 44 || b.height < 44)),
    );
    expect(small).toEqual([]);
    await game.close();
  });
});

describe('settings and saves in Chromium', () => {
  it('applies settings at once and keeps them after a reload', async () => {
    const game = await openGame('');
    const { page } = game;
    await page.getByTestId('menu').click();
    await page.locator('input[name="setting-textSize"][value="175"]').check();
    await page.locator('input[name="setting-theme"][value="light"]').check();
    await page.locator('input[name="setting-font"][value="dyslexic"]').check();
    await page.locator('input[name="setting-reducedMotion"]').check();
    const applied = () =>
      page.evaluate(() => ({
        size: document.documentElement.style.fontSize,
        theme: document.documentElement.dataset.theme,
        font: document.documentElement.dataset.font,
        motion: document.documentElement.dataset.motion,
      }));
    expect(await applied()).toEqual({ size: '175%', theme: 'light', font: 'dyslexic', motion: 'reduce' });
    await page.reload();
    expect(await applied()).toEqual({ size: '175%', theme: 'light', font: 'dyslexic', motion: 'reduce' });
    await game.close();
  });

  it('paces text a paragraph at a time behind a continue button when asked', async () => {
    const game = await openGame('');
    const { page } = game;
    await page.getByTestId('menu').click();
    await page.locator('input[name="setting-pacing"][value="paced"]').check();
    await page.keyboard.press('Escape');
    await page.getByTestId('start').click();
    expect(await page.locator('[data-testid="passage"] p').count()).toBe(1);
    expect(await page.getByTestId('choice').count()).toBe(0);
    let presses = 0;
    while (await page.getByTestId('continue').count()) {
      await page.getByTestId('continue').click();
      presses += 1;
    }
    expect(presses).toBeGreaterThan(0);
    expect(await page.getByTestId('choice').count()).toBeGreaterThan(0);
    await game.close();
  });

  it('takes back choices from the menu, score and text exactly as before', async () => {
    const game = await openGame('?start=new&seed=12');
    const { page } = game;
    const text = await passageText(page);
    const score = await page.getByTestId('score').textContent();
    await choose(page, 0);
    await choose(page, 0);
    for (let i = 0; i < 2; i += 1) {
      await page.getByTestId('menu').click();
      await page.getByTestId('take-back').click();
      await page.keyboard.press('Escape');
    }
    expect(await passageText(page)).toBe(text);
    expect(await page.getByTestId('score').textContent()).toBe(score);
    await game.close();
  });

  it('saves to a slot and loads it back, and exports a file that imports into a fresh browser', async () => {
    const game = await openGame('?start=new&seed=13');
    const { page } = game;
    await choose(page, 1);
    const saved = { text: await storyText(page), score: await page.getByTestId('score').textContent() };
    await page.getByTestId('menu').click();
    await page.getByTestId('slot-1').getByRole('button', { name: 'Save here' }).click();
    // A game just past its opening is saved once the story engine has arrived.
    await expect.poll(() => page.getByTestId('slot-1').textContent()).toContain('Chapter 1');
    const download = page.waitForEvent('download');
    await page.getByTestId('export').click();
    const file = await (await download).path();
    await page.keyboard.press('Escape');
    await choose(page, 0);
    await page.getByTestId('menu').click();
    await page.getByTestId('slot-1').getByRole('button', { name: 'Load' }).click();
    expect(await storyText(page)).toEqual(saved.text);
    expect(await page.getByTestId('score').textContent()).toBe(saved.score);

    const fresh = await openGame('');
    await fresh.page.getByTestId('menu').click();
    await fresh.page.getByTestId('import').setInputFiles({
      name: 'save.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync(file, 'utf8')),
    });
    await fresh.page.waitForSelector('[data-testid="passage"] p');
    expect(await storyText(fresh.page)).toEqual(saved.text);
    expect(await fresh.page.getByTestId('score').textContent()).toBe(saved.score);
    await fresh.close();
    await game.close();
  });

  it('refuses a broken import file with a clear message and keeps the game on screen', async () => {
    const game = await openGame('?start=new&seed=14');
    const { page } = game;
    const text = await passageText(page);
    await page.getByTestId('menu').click();
    await page.getByTestId('import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"game":"good-standing","format":1,"runner":{'),
    });
    await expect(page.getByTestId('menu-dialog').getByTestId('notice').textContent()).resolves.toContain(
      'could not be imported',
    );
    // The menu stays open, so the reason is read where the file was chosen.
    expect(await page.getByTestId('menu-dialog').getByTestId('notice').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await passageText(page)).toBe(text);
    await game.close();
  });
});
