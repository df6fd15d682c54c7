import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readResults } from '../../src/debrief/results';
import { appendixEn } from '../../src/i18n/appendix-en';
import { en } from '../../src/i18n/en';
import { questionsEn } from '../../src/i18n/questions-en';
import { axeViolations, closeBrowser, openGame, playToEnding, screenshot } from './browser';

afterAll(closeBrowser);

const SECTIONS = [
  'debrief-timeline',
  'debrief-rules',
  'debrief-doors',
  'debrief-roads',
  'debrief-compare',
  'debrief-questions',
  'debrief-real',
];

async function debriefed(page: Page) {
  await playToEnding(page);
  await page.locator('[data-testid="debrief"][data-ready="true"]').waitFor();
}

async function exportResults(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-results').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('the debrief and the classroom in Chromium', () => {
  it('opens after a class link’s ending with every section, under the rules the link named', async () => {
    const game = await openGame('?mode=class&regime=strict_mandatory&length=short&start=new&seed=5');
    const { page } = game;
    await expect(page.getByTestId('class-banner').textContent()).resolves.toContain(en.regimes.strict_mandatory.name);
    await debriefed(page);
    for (const id of SECTIONS) expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    await expect(page.locator('.debrief .regime-line').textContent()).resolves.toContain(
      en.regimes.strict_mandatory.name,
    );
    // The regime in force first, then the two other presets, each ending somewhere.
    const rows = page.locator('#debrief-compare tbody tr');
    expect(await rows.count()).toBe(3);
    await expect(rows.first().textContent()).resolves.toContain(en.debrief.in_force);
    expect(await page.getByTestId('timeline-chart').locator('circle').count()).toBeGreaterThan(1);
    expect(await page.locator('#debrief-questions .seed-questions li').allTextContents()).toEqual(questionsEn.seed);
    expect(await page.locator('#debrief-real .claim').count()).toBe(appendixEn.claims.length);
    await screenshot(page, 'debrief');
    await page.locator('#debrief-timeline').screenshot({ path: 'test-results/screenshots/debrief-timeline.png' });
    await page.locator('#debrief-compare').screenshot({ path: 'test-results/screenshots/debrief-compare.png' });
    expect(await axeViolations(page)).toEqual([]);
    expect(game.errors).toEqual([]);
    expect(game.requests.filter((url) => url.hostname !== '127.0.0.1')).toEqual([]);
    await game.close();
  });

  it('prints one section to a page, without the stage or the controls', async () => {
    const game = await openGame('?length=short&start=new&seed=8');
    await debriefed(game.page);
    await game.page.emulateMedia({ media: 'print' });
    expect(await game.page.locator('.debrief-actions').isVisible()).toBe(false);
    expect(await game.page.locator('#stage').isVisible()).toBe(false);
    await screenshot(game.page, 'debrief-print');
    const pdf = await game.page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(SECTIONS.length + 1);
    await game.close();
  });

  it('exports a results file a teacher’s page adds up with others, refusing a file that is not one', async () => {
    const students = await Promise.all(
      [21, 22].map(async (seed) => {
        const game = await openGame(`?mode=class&length=short&start=new&seed=${seed}`);
        await debriefed(game.page);
        const file = await exportResults(game.page);
        await expect(game.page.locator('.debrief-note').textContent()).resolves.toContain(file.name);
        expect(await game.page.getByTestId('results-text').inputValue()).toBe(file.text);
        await game.close();
        return file;
      }),
    );
    for (const file of students) expect(readResults(JSON.parse(file.text)).ok).toBe(true);

    const teacher = await openGame('?mode=teacher');
    const { page } = teacher;
    await page.getByTestId('results-files').setInputFiles([
      ...students.map((file, index) => ({
        name: `student-${index + 1}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      })),
      { name: 'shopping.json', mimeType: 'application/json', buffer: Buffer.from('{"milk": 2}') },
    ]);
    await expect(page.getByTestId('students').textContent()).resolves.toBe('2 playthroughs');
    const log = await page.getByTestId('teacher-log').locator('li').allTextContents();
    expect(log).toEqual([
      'student-1.json: 1 result added.',
      'student-2.json: 1 result added.',
      `shopping.json: not added — ${en.results_problems.not_results}.`,
    ]);
    await page.getByTestId('results-paste').fill(students[0].text);
    await page.getByTestId('add-pasted').click();
    await expect(page.getByTestId('students').textContent()).resolves.toBe('3 playthroughs');
    expect(await page.locator('.poll').count()).toBeGreaterThan(0);
    await screenshot(page, 'teacher');
    expect(await axeViolations(page)).toEqual([]);
    expect(teacher.errors).toEqual([]);
    expect(teacher.requests.filter((url) => url.hostname !== '127.0.0.1')).toEqual([]);
    await teacher.close();
  });
});
