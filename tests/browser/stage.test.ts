import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSave, GAME_ID, SAVE_FORMAT } from '../../src/app/save';
import { AUTOSAVE_KEY, SETTINGS_KEY } from '../../src/app/save-keeper';
import { en } from '../../src/i18n/en';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import type { Beat } from '../../src/narrative/beat';
import { startRunner, type RunnerSnapshot } from '../../src/narrative/runner';
import { SCENES, type SceneId } from '../../src/narrative/tags';
import { weighBuild, WEIGHT_BUDGET } from '../../src/tools/asset-weight';
import { compileInk, type CompiledInk } from '../../src/tools/ink-compile';
import { randomFrom } from '../../src/model/random';
import { closeBrowser, openGame, screenshot, type Watched, choose } from './browser';

afterAll(closeBrowser);

const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 1080, height: 1920 };

/** The story version the served build carries, read from its page script. */
function builtVersion(): string | undefined {
  const script = /assets\/(index-[\w-]+\.js)/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  if (!script) return undefined;
  return /version:[`'"]([0-9a-f]{12})[`'"]/.exec(readFileSync(`dist/assets/${script}`, 'utf8'))?.[1];
}

/**
 * The story as the served game has it. Writers save ink while the tests run; a save made from
 * another version is rightly refused by the game, so the game is rebuilt until the two agree.
 */
async function servedStory(): Promise<CompiledInk> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const { story, problems } = compileInk(path.resolve('story/en/main.ink'));
    if (!story) throw new Error(problems.map((p) => p.message).join('\n'));
    if (builtVersion() === story.version) return story;
    await build({ logLevel: 'warn' });
  }
  throw new Error('the story kept changing while the game was built');
}

type Found = { places: Map<SceneId, RunnerSnapshot>; cue: { seed: number; plan: number[]; beat: Beat } };

/**
 * Plays the story with the game's own runner from many seeds and keeps, for each place, the
 * first moment a playthrough stands there, and the first beat that sounds a cue. The story is
 * rewritten often, so the paths are found afresh each run rather than written down.
 */
function explore(story: CompiledInk): Found {
  const places = new Map<SceneId, RunnerSnapshot>();
  let cue: { seed: number; plan: number[]; beat: Beat } | undefined;
  for (let seed = 1; seed < 120; seed += 1) {
    const runner = startRunner({ story: story.json, regime: DEFAULT_REGIME, seed });
    const random = randomFrom(seed);
    while (!runner.beat.ending) {
      const { beat } = runner;
      if (beat.scene && !places.has(beat.scene)) places.set(beat.scene, runner.snapshot());
      if (!cue && runner.choices.length > 0 && beat.sounds.length > 0) {
        cue = { seed, plan: [...runner.choices], beat };
      }
      const open = beat.choices.filter((choice) => !choice.locked);
      runner.choose(open[Math.floor(random() * open.length)].index);
    }
    if (places.size === SCENES.length && cue) break;
  }
  if (!cue) throw new Error('no playthrough sounds a cue');
  return { places, cue };
}

let story: CompiledInk;
let found: Found;

beforeAll(async () => {
  story = await servedStory();
  found = explore(story);
});

/**
 * A save standing in the place. Where the story does not (yet) go to a place, the save is an
 * edited copy of another moment with only its place changed: loaded through the game's own
 * resume, as a player's edited file would be.
 */
function saveAt(place: SceneId): { text: string; real: boolean } {
  const real = found.places.get(place);
  const anyMoment = [...found.places.values()][0];
  const runner = real ?? { ...anyMoment, beat: { ...anyMoment.beat, scene: place } };
  const text = encodeSave({
    game: GAME_ID,
    format: SAVE_FORMAT,
    story: story.version,
    regime: DEFAULT_REGIME.id,
    savedAt: '2025-10-01T08:00:00.000Z',
    runner,
  });
  return { text, real: Boolean(real) };
}

/** How many distinct colours the stage's own canvas holds, sampled; a blank canvas has one. */
const canvasColours = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  });

const canvasPixels = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('#stage canvas')?.toDataURL('image/png') ?? '');

/** Saves the stage's own pixels, without the text over them, beside the page screenshots. */
async function stageShot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const url = await canvasPixels(page);
  writeFileSync(`test-results/screenshots/${name}-canvas.png`, Buffer.from(url.split(',')[1], 'base64'));
}

/** Waits until the stage rests at `place`, drawn for this viewport: its census says so (city-scene.ts). */
async function stageAt(page: Page, place: SceneId): Promise<void> {
  const size = page.viewportSize();
  const frame = size ? `${Math.round(size.width / 8)},${Math.round(size.height / 8)},` : '';
  await page.waitForFunction(
    (prefix) => document.getElementById('stage')?.dataset.census?.startsWith(prefix),
    `${place} ${frame}`,
    { timeout: 30_000 },
  );
  await page.waitForSelector('[data-testid="chapter-card"]', { state: 'hidden', timeout: 10_000 });
}

/** Opens a save in the running game through the menu's import, as a player's file would be. */
async function importAt(page: Page, save: string): Promise<void> {
  await page.getByTestId('menu').click();
  await page
    .getByTestId('import')
    .setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(save) });
  await page.getByTestId('menu-dialog').waitFor({ state: 'hidden' });
}

async function resumeAt(game: Watched, place: SceneId, settings?: object): Promise<void> {
  const save = saveAt(place).text;
  const { page } = game;
  await page.evaluate(
    ([autosave, text, key, stored]) => {
      localStorage.setItem(autosave, text);
      if (stored) localStorage.setItem(key, stored);
    },
    [AUTOSAVE_KEY, save, SETTINGS_KEY, settings ? JSON.stringify(settings) : ''] as const,
  );
  await page.goto(new URL('./', page.url()).href);
  await page.getByTestId('resume').click({ timeout: 5_000 });
  await stageAt(page, place);
}

describe('the stage in Chromium', () => {
  it('draws every place, landscape and portrait, as a place and not a blank, in one page', async () => {
    const game = await openGame('?start=new&seed=1', LANDSCAPE);
    const { page } = game;
    await page.getByTestId('passage').waitFor();
    // The gallery looks at the places, not at the DOM's chapter title card over them; hiding the
    // card spares waiting it out at every place that opens a chapter.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('.chapter-card')?.style.setProperty('display', 'none', 'important'),
    );
    const blank: string[] = [];
    for (const place of SCENES) {
      await page.setViewportSize(LANDSCAPE);
      await importAt(page, saveAt(place).text);
      for (const [name, size] of [
        ['landscape', LANDSCAPE],
        ['portrait', PORTRAIT],
      ] as const) {
        await page.setViewportSize(size);
        await stageAt(page, place);
        if ((await canvasColours(page)) <= 40) blank.push(`${place} ${name}`);
        await stageShot(page, `stage-${place}-${name}`);
      }
    }
    expect(blank).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('runs Phaser only once the reader is still, so eager taps on the first choices are answered first', async () => {
    const game = await openGame('?start=new&seed=5', LANDSCAPE);
    const { page } = game;
    const stageFetched = () => game.requests.some((url) => /\/boot-[^/]*\.js$/.test(url.pathname));
    // The page's clock stands still between steps, so "still for a second" means exactly that.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.reload();
    await page.getByTestId('passage').waitFor();
    for (let tap = 0; tap < 3; tap += 1) {
      await page.clock.runFor(900);
      await choose(page, 0);
      expect(stageFetched()).toBe(false);
    }
    await page.clock.runFor(900);
    expect(stageFetched()).toBe(false);
    await page.clock.runFor(200);
    await expect.poll(stageFetched, { timeout: 10_000 }).toBe(true);
    await page.clock.resume();
    await page.waitForSelector('#stage[data-ready="true"] canvas', { timeout: 30_000 });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('reaches most places through the story itself, not edited saves', () => {
    const reached = SCENES.filter((place) => saveAt(place).real);
    expect(reached.length).toBeGreaterThan(SCENES.length / 2);
  });

  it('writes out the sounds that carry meaning, right after the choice that caused them', async () => {
    const { seed, plan, beat } = found.cue;
    const game = await openGame(`?start=new&seed=${seed}`, LANDSCAPE);
    const { page } = game;
    for (const index of plan) await choose(page, index);
    const expected = beat.sounds.map((id) => en.captions[id]);
    expect(await page.locator('[data-testid="captions"] .caption').allTextContents()).toEqual(expected);
    await screenshot(page, 'captions');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('opens the sound once the words a gesture led to are painted, never inside the gesture', async () => {
    const game = await openGame('?start=new&seed=2', LANDSCAPE);
    const { page } = game;
    await page.evaluate(() => {
      const Made = window.AudioContext;
      const record = { made: [] as AudioContext[], atGesture: [] as number[] };
      (window as unknown as { sounds: typeof record }).sounds = record;
      window.AudioContext = class extends Made {
        constructor(options?: AudioContextOptions) {
          super(options);
          record.made.push(this);
        }
      };
      // After the game's own handlers: by then the choice has been answered.
      for (const type of ['click', 'keydown', 'keyup'])
        document.addEventListener(type, () => record.atGesture.push(record.made.length));
    });
    const sounds = () =>
      page.evaluate(() => {
        const { made, atGesture } = (window as unknown as { sounds: { made: AudioContext[]; atGesture: number[] } })
          .sounds;
        return { made: made.length, states: made.map((context) => context.state), atGesture };
      });
    const open = page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first();
    await open.click();
    await expect.poll(async () => (await sounds()).made).toBe(1);
    // The click that chose did not make the sound; it came after, and it plays.
    expect((await sounds()).atGesture).toEqual([0]);
    await expect.poll(async () => (await sounds()).states).toEqual(['running']);
    const shown = await page.getByTestId('passage').textContent();
    await page.keyboard.press('1');
    await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, shown);
    await page.waitForTimeout(300);
    expect((await sounds()).made).toBe(1);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('stills the city under reduced motion, and sets it moving again when asked', async () => {
    const game = await openGame('', LANDSCAPE);
    const { page } = game;
    await resumeAt(game, 'street', { reducedMotion: true });
    await page.waitForTimeout(1500);
    const still = await canvasPixels(page);
    await page.waitForTimeout(900);
    expect(await canvasPixels(page)).toBe(still);
    await page.getByTestId('menu').click();
    await page.locator('input[name="setting-reducedMotion"]').uncheck();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    const moving = await canvasPixels(page);
    await page.waitForTimeout(700);
    expect(await canvasPixels(page)).not.toBe(moving);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('draws the street at both ends of the scale (how much moves at each tier: tests/stage/art.test.ts)', async () => {
    const game = await openGame('?start=new&seed=1', LANDSCAPE);
    await game.page.getByTestId('passage').waitFor();
    for (const score of [1100, 700]) {
      const save = JSON.parse(saveAt('street').text);
      save.runner.score.score = score;
      await importAt(game.page, JSON.stringify(save));
      await stageAt(game.page, 'street');
      expect(await canvasColours(game.page)).toBeGreaterThan(40);
      await stageShot(game.page, `stage-street-score-${score}`);
    }
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('the built game’s weight', () => {
  it('stays within its budget: first text, stage, and everything', () => {
    const weights = weighBuild('dist');
    const report = weights.files.map((file) => `${file.name}\t${file.bytes}\t${file.gzip}`).join('\n');
    writeFileSync('test-results/asset-weights.tsv', `file\tbytes\tgzip\n${report}\n`);
    expect(weights.firstText).toBeGreaterThan(0);
    expect(weights.stage).toBeGreaterThan(0);
    expect(weights.firstText).toBeLessThanOrEqual(WEIGHT_BUDGET.firstText);
    expect(weights.stage).toBeLessThanOrEqual(WEIGHT_BUDGET.stage);
    expect(weights.total).toBeLessThanOrEqual(WEIGHT_BUDGET.total);
  });
});
