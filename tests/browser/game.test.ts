import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileStory } from '../helpers/stories';
import { en } from '../../src/i18n/en';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { describeChange, describeReason } from '../../src/ui/text';
import { closeBrowser, openGame, playToEnding, screenshot, type Watched, choose } from './browser';
import { pathToLockedChoice } from './paths';

/** The English story, compiled as the build compiles it. */
const story = compileStory('story/en/main.ink');

afterAll(closeBrowser);

const onlyLoopback = (game: Watched) => game.requests.filter((url) => url.hostname !== '127.0.0.1');

describe('the game in Chromium', () => {
  it('opens on a title screen whose new-game button starts the first chapter', async () => {
    const game = await openGame('');
    const { page } = game;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Good Standing');
    await screenshot(page, 'title');
    await page.getByTestId('start').click();
    await expect(page.getByTestId('passage').textContent()).resolves.toMatch(/\w+/);
    await expect(page.getByTestId('score').textContent()).resolves.toBe('1,000');
    expect(await page.getByTestId('choice').count()).toBeGreaterThan(0);
    await screenshot(page, 'first-passage');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('plays by clicking from ?start=new to an ending, with no console error and no request to another host', async () => {
    const game = await openGame('?start=new&seed=11');
    const ending = await playToEnding(game.page);
    expect(Object.keys(en.endings)).toContain(ending);
    await expect(game.page.getByTestId('ending').textContent()).resolves.toContain(en.endings[ending]);
    await screenshot(game.page, 'ending');
    expect(game.errors).toEqual([]);
    expect(onlyLoopback(game)).toEqual([]);
    await game.close();
  });

  it('asks for the first screen’s four faces before its first text, and sets that text in them', async () => {
    const game = await openGame('?start=new&seed=2');
    const { page } = game;
    await page.getByTestId('choice').first().waitFor();
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const firstText = performance.getEntriesByName('gs:first-text')[0]?.startTime ?? Number.NaN;
      const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
        (link) => link.href,
      );
      const asked = performance.getEntriesByType('resource').filter((entry) => preloaded.includes(entry.name));
      return {
        preloaded: preloaded.length,
        askedBeforeText: asked.filter((entry) => entry.startTime < firstText).length,
        loaded: [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`)
          .sort(),
      };
    });
    expect(fonts.preloaded).toBe(4);
    expect(fonts.askedBeforeText).toBe(4);
    expect(fonts.loaded).toEqual(
      expect.arrayContaining(['Inter 400', 'Inter 600', 'Source Serif 4 400', 'Source Serif 4 600']),
    );
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('paints a new game’s first words before its chapter card starts, then plays the card', async () => {
    // Whether the card plays in the frame that first paints the passage, read in that frame.
    const watch = `new MutationObserver((changes, observer) => {
      if (!document.querySelector('[data-testid="passage"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.cardInFirstFrame = document.querySelector('[data-testid="chapter-card"]')?.classList.contains('playing');
      });
    }).observe(document, { childList: true, subtree: true });`;
    const game = await openGame('?start=new&seed=2', undefined, undefined, watch);
    const { page } = game;
    await page.waitForSelector('[data-testid="chapter-card"].playing');
    expect(await page.evaluate(() => (window as { cardInFirstFrame?: boolean }).cardInFirstFrame)).toBe(false);
    await expect(page.getByTestId('chapter-card').textContent()).resolves.toBe(
      `${en.ui.game_title}${en.ui.chapter_heading.replace('{number}', '1')}`,
    );
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows the first text before the Phaser chunk is even requested, then fades the stage in', async () => {
    const game = await openGame('?start=new&seed=2');
    const { page } = game;
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 30_000 });
    const timing = await page.evaluate(() => {
      const firstText = performance.getEntriesByName('gs:first-text')[0]?.startTime ?? Number.NaN;
      const scripts = performance
        .getEntriesByType('resource')
        .map((entry) => ({ name: entry.name, start: entry.startTime }));
      return { firstText, scripts };
    });
    const phaser = timing.scripts.filter((entry) => /\/assets\/boot-[\w-]+\.js$/.test(entry.name));
    expect(phaser).toHaveLength(1);
    expect(phaser[0].start).toBeGreaterThan(timing.firstText);
    expect(await page.locator('#stage canvas').getAttribute('aria-hidden')).toBe('true');
    await screenshot(page, 'stage-ready');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows a new game’s first text before the story engine and the compiled story are requested, and plays on once they arrive', async () => {
    const game = await openGame('?start=new&seed=2');
    const { page } = game;
    // The first answer was played at build time; the second needs the engine.
    for (let step = 0; step < 2; step += 1) {
      const open = page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first();
      await choose(page, Number(await open.getAttribute('data-index')));
    }
    const timing = await page.evaluate(() => ({
      firstText: performance.getEntriesByName('gs:first-text')[0]?.startTime ?? Number.NaN,
      engine: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/(runner|story-en)-[\w-]+\.js$/.test(entry.name))
        .map((entry) => ({
          file: entry.name.replace(/^.*\/assets\/([a-z-]+)-[\w-]+\.js$/, '$1'),
          start: entry.startTime,
        })),
    }));
    expect(timing.engine.map((entry) => entry.file).sort()).toEqual(['runner', 'story-en']);
    for (const entry of timing.engine) expect(entry.start).toBeGreaterThan(timing.firstText);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('draws a scene on the stage canvas, not a blank one', async () => {
    const game = await openGame('?start=new&seed=3');
    const { page } = game;
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 30_000 });
    await page.waitForTimeout(800);
    const png = await page.locator('#stage canvas').screenshot();
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0);
      const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(20);
    await game.close();
  });

  it('shows a locked choice with the model’s reason, linked for screen readers, and ignores a click on it', async () => {
    const { seed, plan, locked, reason: why } = pathToLockedChoice();
    const reason = describeReason(en, why);
    const game = await openGame(`?start=new&seed=${seed}`);
    const { page } = game;
    for (const index of plan) await choose(page, index);
    const button = page.locator(`[data-testid="choice"][data-index="${locked.index}"]`);
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const reasonId = await button.getAttribute('aria-describedby');
    await expect(page.locator(`#${reasonId}`).textContent()).resolves.toBe(`Locked · ${reason}`);
    await screenshot(page, 'locked-choice');
    const passage = await page.getByTestId('passage').textContent();
    await button.click({ force: true });
    await expect(page.getByTestId('passage').textContent()).resolves.toBe(passage);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('takes choices with the number keys', async () => {
    const game = await openGame('?start=new&seed=4');
    const { page } = game;
    const before = await page.getByTestId('passage').textContent();
    await page.keyboard.press('1');
    await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
    expect(await page.getByTestId('passage').textContent()).not.toBe(before);
    await game.close();
  });

  it('resumes an autosaved game from the title after a reload, at the same choices and score', async () => {
    const game = await openGame('?start=new&seed=5');
    const { page } = game;
    for (let i = 0; i < 2; i += 1) {
      const before = await page.getByTestId('passage').textContent();
      await page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first().click();
      await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
    }
    const choices = await page.getByTestId('choice').allTextContents();
    const score = await page.getByTestId('score').textContent();
    await page.goto(new URL('./', page.url()).href);
    await page.getByTestId('resume').click();
    expect(await page.getByTestId('choice').allTextContents()).toEqual(choices);
    expect(await page.getByTestId('score').textContent()).toBe(score);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('keeps a damaged save aside, untouched, and tells the player', async () => {
    const game = await openGame('');
    const { page } = game;
    await page.evaluate(() => localStorage.setItem('good-standing:autosave', '{"game":"good-standing","format":1,'));
    await page.reload();
    await expect(page.getByTestId('notice').textContent()).resolves.toContain('could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('good-standing:set-aside:'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(kept).toEqual(['{"game":"good-standing","format":1,']);
    await screenshot(page, 'save-set-aside');
    await page.getByTestId('start').click();
    await expect(page.getByTestId('passage').isVisible()).resolves.toBe(true);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('explains a link parameter it cannot use instead of failing', async () => {
    const game = await openGame('?start=later&seed=banana');
    await expect(game.page.getByTestId('notice').allTextContents()).resolves.toEqual([
      'The link asked for start=later, which this game does not understand, so it was left out.',
      'The link asked for seed=banana, which this game does not understand, so it was left out.',
    ]);
    await game.close();
  });

  it('stays fully playable as text when Phaser cannot load', async () => {
    const { page, close } = await openGame('');
    await page.route(/\/assets\/boot-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(new URL('?start=new&seed=6', page.url()).href);
    const ending = await playToEnding(page);
    expect(ending).not.toBe('');
    expect(await page.locator('#stage canvas').count()).toBe(0);
    await close();
  });

  it('ships a Content-Security-Policy without eval or inline scripts', async () => {
    const game = await openGame('');
    const policy = await game.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    await game.close();
  });
});

describe('the score HUD in Chromium', () => {
  it('says by how much and why the score changed, right after the choice that changed it', async () => {
    // Find, with the game's own runner, the first choice on the first-open-choice path that moves the score.
    const runner = startRunner({ story: story.json, regime: DEFAULT_REGIME, seed: 8 });
    const plan: number[] = [];
    let expected: string[] = [];
    while (expected.length === 0 && !runner.beat.ending) {
      const index = runner.beat.choices.find((choice) => !choice.locked)?.index ?? 0;
      plan.push(index);
      expected = runner.choose(index).changes.map((entry) => describeChange(en, entry));
    }
    expect(expected.length).toBeGreaterThan(0);

    const game = await openGame('?start=new&seed=8');
    const { page } = game;
    for (const index of plan) await choose(page, index);
    await page.waitForSelector('[data-testid="change"]');
    expect(await page.getByTestId('change').allTextContents()).toEqual(expected);
    expect(await page.getByTestId('score').textContent()).toBe(runner.score.score.toLocaleString('en'));
    await screenshot(page, 'hud-change');
    await game.close();
  });
});

describe('the built bundle', () => {
  it('ships the inkjs runtime only, never the ink compiler', () => {
    const scripts = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const name of scripts) {
      const code = readFileSync(`dist/assets/${name}`, 'utf8');
      expect(code, name).not.toContain('Expected some kind of logic, conditional or sequence');
    }
    expect(scripts.some((name) => readFileSync(`dist/assets/${name}`, 'utf8').includes('ChooseChoiceIndex'))).toBe(
      true,
    );
  });
});
