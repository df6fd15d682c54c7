import { afterAll, describe, expect, it } from 'vitest';
import { compileStory } from '../helpers/stories';
import { encodeRulesLink } from '../../src/app/rules-share';
import { encodeSave, GAME_ID, rulesToSave, SAVE_FORMAT } from '../../src/app/save';
import { startRunner } from '../../src/narrative/runner';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { checkRegime } from '../../src/model/regime-check';
import { REGIMES } from '../../src/model/regimes';
import { axeViolations, closeBrowser, openGame, playToEnding, screenshot } from './browser';

/** The English story, compiled as the build compiles it. */
const story = compileStory('story/en/main.ink');

afterAll(closeBrowser);

/** A class's rules with a name that would be markup if it were ever read as HTML. */
const NAME = 'Year 10 <b>fair</b> score';
const classRules = (() => {
  const lanmen = REGIMES.lanmen_civic;
  const checked = checkRegime({
    ...lanmen,
    name: NAME,
    topics: { ...lanmen.topics, worship: false, neighbour_reports: false },
    platformData: 'with_consent',
    appeals: 'pending',
  });
  if (!checked.ok) throw new Error('the rules should pass');
  return checked.regime;
})();

describe("a class's rules by link, in Chromium", () => {
  it('shows the rules in plain words before play, then plays under them to a debrief that names them', async () => {
    const game = await openGame(`?mode=class&length=short&start=new&seed=5${encodeRulesLink(classRules)}`);
    const { page } = game;
    const intro = page.getByTestId('rules-intro');
    await intro.waitFor();
    await expect(intro.locator('h1').textContent()).resolves.toBe(`Rules written by your class: \u2068${NAME}\u2069`);
    expect(await intro.locator('b').count()).toBe(0);
    const words = await intro.locator('li').allTextContents();
    expect(words).toContain('Not counted at all: Places of worship.');
    expect(words.at(-1)).toBe(`Everything else as in ${en.regimes.lanmen_civic.name}.`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rules-link-intro');
    await intro.getByRole('button', { name: en.ui.rules_intro_play }).click();
    await expect(page.getByTestId('class-banner').textContent()).resolves.toContain(NAME);
    await playToEnding(page);
    await page.locator('[data-testid="debrief"][data-ready="true"]').waitFor();
    await expect(page.locator('.debrief .regime-line').textContent()).resolves.toContain(NAME);
    const rows = page.locator('#debrief-compare tbody tr');
    expect(await rows.count()).toBe(4);
    await expect(rows.first().textContent()).resolves.toContain(NAME);
    await rows.first().scrollIntoViewIfNeeded();
    await page
      .locator('#debrief-compare')
      .screenshot({ path: 'test-results/screenshots/rules-link-debrief-compare.png' });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows the rules in Arabic too, axe-clean', async () => {
    const game = await openGame(`?lang=ar${encodeRulesLink(classRules)}`);
    const { page } = game;
    const intro = page.getByTestId('rules-intro');
    await intro.waitFor();
    await expect(intro.locator('h1').textContent()).resolves.toContain(NAME);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rules-link-intro-ar');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('tells the player what is wrong with a damaged link, and plays on under the usual rules', async () => {
    const link = encodeRulesLink(classRules);
    const game = await openGame(`?lang=en${link.slice(0, link.length / 2)}`);
    const { page } = game;
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(en.rules_problems.garbled_link);
    await expect(notice.textContent()).resolves.toContain(en.regimes.lanmen_civic.name);
    expect(await page.getByTestId('rules-intro').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rules-link-damaged');
    expect(ar.rules_problems.garbled_link).not.toBe(en.rules_problems.garbled_link);
    await game.close();
  });

  it("reopens a save made under a class's rules under those rules, from a game under the usual ones", async () => {
    const runner = startRunner({ story: story.json, regime: classRules, seed: 7 });
    for (let step = 0; step < 3; step += 1) {
      runner.choose(runner.beat.choices.find((choice) => !choice.locked)?.index ?? 0);
    }
    const save = encodeSave({
      game: GAME_ID,
      format: SAVE_FORMAT,
      story: story.version,
      lang: 'en',
      regime: classRules.id,
      rules: rulesToSave(classRules),
      savedAt: '2026-12-07T09:00:00.000Z',
      runner: runner.snapshot(),
    });
    const game = await openGame('?lang=en');
    const { page } = game;
    await page.getByTestId('menu').click();
    await page.getByTestId('import').setInputFiles({
      name: 'class-rules.json',
      mimeType: 'application/json',
      buffer: Buffer.from(save),
    });
    await page.waitForURL(/start=resume.*#rules=/);
    await page.waitForSelector('[data-testid="passage"] p');
    await expect(page.getByTestId('class-banner').textContent()).resolves.toContain(NAME);
    await expect(page.getByTestId('score').textContent()).resolves.toBe(runner.score.score.toLocaleString('en'));
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
