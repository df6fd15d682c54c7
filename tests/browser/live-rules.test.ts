import { describe, expect, it } from 'vitest';
import { encodeRulesLink } from '../../src/app/rules-share';
import { checkRegime } from '../../src/model/regime-check';
import { REGIMES } from '../../src/model/regimes';
import { axeViolations, screenshot } from './browser';
import { serveClassGame } from './class-game';

const { server, open } = serveClassGame();

const NAME = 'Year 10 <i>fair</i> score';
const classRules = (() => {
  const checked = checkRegime({
    ...REGIMES.lanmen_civic,
    name: NAME,
    topics: { ...REGIMES.lanmen_civic.topics, worship: false },
  });
  if (!checked.ok) throw new Error('the rules should pass');
  return checked.regime;
})();

describe("a live class under a class's own rules", () => {
  it('takes a rules link on the projector, and a student joining under it plays under those rules', async () => {
    const teacher = await open('?mode=live&lang=en', { width: 1600, height: 1000 });
    const { page } = teacher;
    await page.getByTestId('live-create').waitFor();
    for (const box of await page.locator('input[name="regime"]').all()) await box.uncheck();
    await page.getByTestId('live-rules-link').fill(`${server().url}/?lang=en${encodeRulesLink(classRules)}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('live-start').click();
    const code = (await page.getByTestId('join-code').textContent())!;
    const student = await open(`?join=${code}&lang=en`, { width: 400, height: 800 });
    await student.page.getByTestId('join-button').click();
    await student.page.getByTestId('passage').waitFor();
    await expect(student.page.getByTestId('class-banner').textContent()).resolves.toContain(NAME);
    await screenshot(student.page, 'live-rules-student');
    expect(student.errors).toEqual([]);
    await student.close();
    await teacher.close();
  });

  it('tells the teacher what is wrong with a damaged rules link, and starts nothing', async () => {
    const teacher = await open('?mode=live&lang=en');
    const { page } = teacher;
    await page.getByTestId('live-create').waitFor();
    const link = encodeRulesLink(classRules);
    await page.getByTestId('live-rules-link').fill(link.slice(0, link.length / 2));
    await page.getByTestId('live-start').click();
    await expect.poll(() => page.getByTestId('live-status').textContent()).toContain('damaged');
    expect(await page.getByTestId('join-code').count()).toBe(0);
    await teacher.close();
  });
});
