import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openGame, screenshot } from './browser';
import { serveClassGame } from './class-game';

const { server, open } = serveClassGame();

/** Plays `steps` choices, or to the ending if it comes first. */
async function playSome(page: Page, steps: number) {
  for (let step = 0; step < steps; step++) {
    if (await page.getByTestId('ending').count()) return;
    const before = await page.getByTestId('passage').textContent();
    await page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first().click();
    await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
  }
}

describe('the title without a class server', () => {
  it('offers no live session and asks no one whether a class server is there', async () => {
    // The static build, as any web host serves it.
    const watched = await openGame();
    const { page } = watched;
    await page.getByTestId('start').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('run-class').count()).toBe(0);
    expect(watched.requests.filter((url) => url.pathname.startsWith('/api/'))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});

describe.each(['en', 'ar'] as const)('a live class session in %s', (lang) => {
  it('runs from the title to three students playing to their endings, with the class live on the dashboard and in the debrief', async () => {
    const teacher = await open(`?lang=${lang}`, { width: 1600, height: 1000 });
    const { page } = teacher;
    // Served by the class server, the title offers a live session.
    await page.getByTestId('run-class').click();
    await page.getByTestId('live-create').waitFor();
    for (const box of await page.locator('input[name="regime"]').all()) await box.check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('live-start').click();
    const code = (await page.getByTestId('join-code').textContent())!;
    expect(code).toMatch(/^[ACDEFHJKMNPQRTWXY3479]{6}$/);
    expect(await page.locator('svg.qr-code path').getAttribute('d')).toMatch(/^M\d/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    // The address is isolated left to right, so its slash does not jump to its start in Arabic.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/\u2066127\.0\.0\.1:\d+\/\u2069/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `live-${lang}-join-qr`);

    const students = await Promise.all(
      [0, 1, 2].map(() => open(`?join=${code}&lang=${lang}`, { width: 400, height: 800 })),
    );
    for (const [i, student] of students.entries()) {
      await student.page.getByTestId('join-button').waitFor();
      expect(await student.page.getByTestId('join-code-input').inputValue()).toBe(code);
      if (i === 0) {
        expect(await axeViolations(student.page)).toEqual([]);
        await screenshot(student.page, `live-${lang}-student-join`);
      }
      await student.page.getByTestId('join-button').click();
      await student.page.getByTestId('passage').waitFor();
      await playSome(student.page, 4);
    }
    await expect.poll(() => page.getByTestId('live-people').textContent(), { timeout: 15_000 }).toMatch(/^3\D/);
    await page.getByTestId('reveal-polls').click();
    await page.getByTestId('reveal-scores').click();
    // Revealing goes to the server and back by the live stream: give it the same time as the people count.
    await expect.poll(() => page.locator('[data-section="polls"] .live-regime').count(), { timeout: 15_000 }).toBe(3);
    // Each option in the story's own words, not its ink path.
    const words = await page.locator('[data-section="polls"] .choice-words').allTextContents();
    expect(words.length).toBeGreaterThan(0);
    for (const text of words) expect(text).not.toMatch(/^[a-z0-9_]+(\.[a-z0-9_-]+)+$/);
    if (lang === 'ar') expect(words.join(' ')).toMatch(/[\u0600-\u06FF]/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `live-${lang}-dashboard`);

    // A refreshed student is the same device: still three joined, and the game goes on where it was.
    const passage = await students[0].page.getByTestId('passage').textContent();
    await students[0].page.reload();
    await students[0].page.getByTestId('passage').waitFor();
    // The same passage, without the echo of the choice that led to it.
    expect(passage).toContain(await students[0].page.getByTestId('passage').textContent());
    for (const student of students) await playSome(student.page, 100);
    await expect.poll(() => page.getByTestId('live-people').textContent(), { timeout: 15_000 }).toMatch(/3\D*$/);
    await page.getByTestId('live-end').click();
    await expect.poll(() => page.getByTestId('live-status').textContent(), { timeout: 15_000 }).not.toBe('');
    // The debrief: each decision the class met, every option with the class's share under each rule set.
    await page.getByTestId('live-debrief').click();
    await page.getByTestId('live-debrief-page').waitFor();
    const shares = await page.getByTestId('class-share').allTextContents();
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.some((line) => /[1-9]\d*%/.test(line))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `live-${lang}-devices-debrief`);
    expect(
      (
        await server().db.query<{ n: number }>(
          'select count(*)::int as n from devices where session_id = (select id from class_sessions where code = $1)',
          [code],
        )
      )[0].n,
    ).toBe(3);

    for (const watched of [teacher, ...students]) {
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => url.origin !== server().url)).toEqual([]);
      await watched.close();
    }
  });
});

describe.each(['en', 'ar'] as const)('a class playing together in %s', (lang) => {
  it('plays the story on the projector by the majority of three phones, shows each split, lets the teacher break a tie, carries on after a refresh, and ends in the debrief with the class’s votes', async () => {
    const teacher = await open(`?mode=live&lang=${lang}`, { width: 1600, height: 1000 });
    const { page } = teacher;
    await page.getByTestId('live-create').waitFor();
    await page.locator('input[name="mode"][value="together"]').check();
    await page.getByTestId('live-start').click();
    const code = (await page.getByTestId('join-code').textContent())!;
    const students = await Promise.all(
      [0, 1, 2].map(() => open(`?join=${code}&lang=${lang}`, { width: 400, height: 800 })),
    );
    for (const student of students) {
      await student.page.getByTestId('join-button').click();
      await student.page.getByTestId('vote').waitFor();
    }
    await expect.poll(() => page.getByTestId('live-people').textContent(), { timeout: 15_000 }).toMatch(/^3\D/);
    await page.getByTestId('begin-story').click();
    expect(await axeViolations(page)).toEqual([]);

    let rounds = 0;
    while (!(await page.getByTestId('together-debrief').count())) {
      // The teacher's time for the vote (the default is 30 s); closing early is what this class does.
      if (rounds === 0) await page.getByTestId('vote-seconds').fill('120');
      await page.getByTestId('open-vote').click();
      // Two phones take the first open choice and one the last: the first wins, two to one. In the
      // second vote the third phone stays out and the other two split: a tie the teacher breaks.
      const tie = rounds === 1;
      let offered = 0;
      for (const [i, student] of students.entries()) {
        const choices = student.page.getByTestId('vote-choice');
        await choices.first().waitFor();
        offered = await choices.count();
        if (tie && i === 2) continue;
        await (i === (tie ? 1 : 2) ? choices.last() : choices.first()).click();
        // The phone marks the vote it cast, which can still be changed.
        await student.page.locator('[data-testid="vote-choice"][aria-pressed="true"]').waitFor();
      }
      await expect
        .poll(() => page.getByTestId('together-status').textContent(), { timeout: 15_000 })
        .toMatch(lang === 'en' ? (tie ? /2 votes in/ : /3 votes in/) : tie ? /صوتان/ : /3 أصوات/);
      if (rounds === 0) {
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `live-${lang}-together-vote`);
        expect(await axeViolations(students[0].page)).toEqual([]);
        await screenshot(students[0].page, `live-${lang}-phone-vote`);
      }
      await page.getByTestId('close-vote').click();
      if (tie && offered > 1) {
        await expect.poll(() => page.getByTestId('tie-break').count()).toBe(2);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId('tie-break').first().click();
      }
      const split = await page.getByTestId('together-split').textContent();
      expect(split).toContain(offered === 1 ? '100%' : tie ? '50%' : '67%');
      if (rounds === 0) {
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `live-${lang}-together-split`);
        await students[0].page.getByTestId('vote-split').waitFor();
        expect(await axeViolations(students[0].page)).toEqual([]);
      }
      for (const student of students) await student.page.getByTestId('vote-split').waitFor();
      await page.getByTestId('go-on').click();
      rounds += 1;
      if (rounds === 2) {
        // A refreshed projector carries on where the class was.
        const passage = await page.getByTestId('together-passage').textContent();
        await page.reload();
        await page.getByTestId('open-vote').waitFor();
        expect(await page.getByTestId('together-passage').textContent()).toBe(passage);
      }
      expect(rounds).toBeLessThan(40);
    }
    await page.getByTestId('together-debrief').click();
    await page.getByTestId('live-debrief-page').waitFor();
    await page.locator('.debrief .roads').waitFor();
    const shares = await page.getByTestId('class-share').allTextContents();
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.some((line) => line.includes('67%'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `live-${lang}-together-debrief`);
    // The full debrief is long: the decisions with the class's votes, on their own.
    await page
      .locator('#debrief-roads')
      .screenshot({ path: `test-results/screenshots/live-${lang}-together-debrief-roads.png` });
    await page.getByTestId('live-end').click();
    for (const student of students)
      await student.page
        .getByText(lang === 'en' ? 'The session has ended' : 'انتهت الجلسة')
        .first()
        .waitFor();

    for (const watched of [teacher, ...students]) {
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => url.origin !== server().url)).toEqual([]);
      await watched.close();
    }
  });
});
