import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeRulesFile, encodeRulesLink } from '../../src/app/rules-share';
import { checkRegime, ruleSetOf } from '../../src/model/regime-check';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { axeViolations, closeBrowser, openGame, playToEnding, screenshot } from './browser';

afterAll(closeBrowser);

/** Waits until both columns of the preview, the draft and its preset, have their runs in. */
async function previewed(page: Page) {
  await page.waitForFunction(
    () => {
      const shown = document.querySelector<HTMLElement>('[data-testid="preview"]');
      return shown?.dataset.draft === 'done' && shown.dataset.preset === 'done';
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** The draft's column of the preview: every table's second cells, as text. */
const draftColumn = (page: Page) => page.locator('[data-testid="preview"] tbody tr td:nth-child(2)').allTextContents();

describe('the rules workshop in Chromium', () => {
  it('previews a draft beside its preset, names a bad value by its field, changes the preview after an edit, and shares it by link into a fresh browser that plays it to the debrief', async () => {
    const game = await openGame('?mode=rules');
    const { page } = game;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en.workshop.heading);
    await previewed(page);
    const before = await draftColumn(page);
    expect(before.length).toBeGreaterThan(0);
    await screenshot(page, 'workshop-editor');
    expect(await axeViolations(page)).toEqual([]);

    // A value the validator refuses is named beside its field, and the preview waits for a fix.
    const base = page.locator('[data-field="base"]');
    await base.fill('');
    await expect(base.getAttribute('aria-invalid')).resolves.toBe('true');
    const problemId = (await base.getAttribute('aria-describedby'))?.split(' ').at(-1);
    await expect(page.locator(`#${problemId}`).textContent()).resolves.toContain(en.rules_fields.base);
    expect(await axeViolations(page)).toEqual([]);
    await base.fill('1000');
    await expect(base.getAttribute('aria-invalid')).resolves.toBeNull();

    // An event that would put people on a list and take them off it at once is named beside its switch.
    const lists = page.locator('[data-section="lists"]');
    for (const summary of await lists.locator('summary').all()) await summary.click();
    await lists.locator('[data-field="events.court_judgment_settled.lists.court_debtors"]').check();
    const clears = lists.locator('[data-field="events.court_judgment_settled.clears.court_debtors"]');
    await expect(clears.getAttribute('aria-invalid')).resolves.toBe('true');
    const clearsProblem = (await clears.getAttribute('aria-describedby'))?.split(' ').at(-1);
    await expect(page.locator(`#${clearsProblem}`).textContent()).resolves.toContain(en.events.court_judgment_settled);
    await expect(page.getByTestId('preview').getAttribute('data-draft')).resolves.toBe('failed');
    await lists.locator('[data-field="events.court_judgment_settled.lists.court_debtors"]').uncheck();
    await expect(clears.getAttribute('aria-invalid')).resolves.toBeNull();

    // A crossing on red that costs 200 points, and a name with markup in it, shown as text.
    await page.locator('[data-field="events.crossed_on_red.delta"]').fill('-200');
    await page.locator('[data-field="name"]').fill('Our <b>fair</b> score');
    await previewed(page);
    expect(await draftColumn(page)).not.toEqual(before);
    expect(await page.locator('[data-testid="preview"] b').count()).toBe(0);
    await expect(page.locator('[data-testid="preview"] thead').first().textContent()).resolves.toContain(
      'Our <b>fair</b> score',
    );
    // Tall enough that the preview, which scrolls on its own beside the form, is seen whole.
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'workshop-preview');
    await page
      .locator('.workshop-preview')
      .screenshot({ path: 'test-results/screenshots/workshop-preview-beside-preset.png' });

    // Shared by link into a fresh browser: the rules in plain words before play, then the debrief names them.
    await page.getByTestId('workshop-share').click();
    const shared = new URL(await page.getByTestId('workshop-link').inputValue());
    expect(shared.hash).toMatch(/^#rules=/);
    expect(game.errors).toEqual([]);
    expect(game.requests.filter((url) => url.hostname !== '127.0.0.1')).toEqual([]);
    await game.close();

    shared.searchParams.set('length', 'short');
    shared.searchParams.set('seed', '4');
    const student = await openGame(shared.href);
    const intro = student.page.getByTestId('rules-intro');
    await expect(intro.locator('h1').textContent()).resolves.toContain('Our <b>fair</b> score');
    await expect(intro.textContent()).resolves.toContain(en.events.crossed_on_red);
    expect(await axeViolations(student.page)).toEqual([]);
    await screenshot(student.page, 'workshop-rules-before-play');
    await intro.getByRole('button').click();
    await student.page.getByTestId('start').click();
    await playToEnding(student.page);
    await student.page.locator('[data-testid="debrief"][data-ready="true"]').waitFor();
    await expect(student.page.locator('.debrief .regime-line').textContent()).resolves.toContain(
      'Our <b>fair</b> score',
    );
    const compare = student.page.locator('#debrief-compare');
    await expect(compare.textContent()).resolves.toContain('Our <b>fair</b> score');
    await expect(compare.textContent()).resolves.toContain(en.regimes.lanmen_civic.name);
    expect(await student.page.locator('.debrief b').count()).toBe(0);
    await screenshot(student.page, 'workshop-debrief');
    // The comparison alone, clear of the score bar that stays at the top of the screen.
    await student.page.setViewportSize({ width: 1280, height: 1200 });
    await compare.evaluate((section) => section.scrollIntoView({ block: 'center' }));
    const box = await compare.boundingBox();
    if (box)
      await student.page.screenshot({ path: 'test-results/screenshots/workshop-debrief-compare.png', clip: box });
    expect(student.errors).toEqual([]);
    expect(student.requests.filter((url) => url.hostname !== '127.0.0.1')).toEqual([]);
    await student.close();
  });

  it('is reached from the teacher page, in the teacher’s language', async () => {
    const game = await openGame('?mode=teacher&lang=ar');
    const { page } = game;
    await page.getByRole('link', { name: ar.teacher.workshop_link }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ar.workshop.heading);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('rules');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('downloads the rules as a file that opens again, and refuses a file that is not one without changing a thing', async () => {
    const game = await openGame('?mode=rules');
    const { page } = game;
    await previewed(page);
    await page.locator('[data-field="name"]').fill('Council of 3B');
    await page.locator('[data-field="events.volunteered.delta"]').fill('40');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('workshop-download').click(),
    ]);
    const file = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('council-of-3b.rules.json');
    expect(decodeRulesFile(file)).toMatchObject({ ok: true, regime: { name: 'Council of 3B' } });

    await page.getByTestId('workshop-reset').click();
    await expect(page.locator('[data-field="events.volunteered.delta"]').inputValue()).resolves.toBe('10');
    const hostile = JSON.stringify({
      format: 'good-standing-rules',
      version: 1,
      rules: { name: '<img src=x>', base: 'NaN' },
    });
    await page
      .getByTestId('workshop-file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => page.getByTestId('workshop-status').textContent()).toContain(en.rules_fields.base);
    expect(await page.locator('.workshop img').count()).toBe(0);
    await expect(page.locator('[data-field="name"]').inputValue()).resolves.not.toContain('img');

    await page
      .getByTestId('workshop-file')
      .setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => page.locator('[data-field="events.volunteered.delta"]').inputValue()).toBe('40');
    await expect(page.locator('[data-field="name"]').inputValue()).resolves.toBe('Council of 3B');
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('opens in Arabic, right to left, with no axe violations, and so do a link’s rules before play', async () => {
    const game = await openGame('?mode=rules&lang=ar');
    const { page } = game;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ar.workshop.heading);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await previewed(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workshop-editor-ar');
    expect(game.errors).toEqual([]);
    await game.close();

    const rules = checkRegime({ ...ruleSetOf({ ...DEFAULT_REGIME, name: 'قواعد الصفّ' }), appeals: 'pending' });
    if (!rules.ok) throw new Error('the test’s rules are refused');
    const student = await openGame(`?lang=ar&length=short${encodeRulesLink(rules.regime)}`);
    const intro = student.page.getByTestId('rules-intro');
    await expect(intro.locator('h1').textContent()).resolves.toContain('قواعد الصفّ');
    expect(await student.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(student.page)).toEqual([]);
    await screenshot(student.page, 'workshop-rules-before-play-ar');
    expect(student.errors).toEqual([]);
    await student.close();
  });
});
