import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchPage } from '../../src/tools/browser-path';
import { startServer, type Running } from '../server/helpers/server';
import { axeViolations, closeBrowser, launch, screenshot } from './browser';

let server: Running;
beforeAll(async () => {
  // The built game (global setup built dist/), served by the class server with its API.
  server = await startServer(undefined, { distDir: 'dist' });
});
afterAll(async () => {
  await server?.close();
  await closeBrowser();
});

async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const context = await (await launch()).newContext({ viewport });
  const page = await context.newPage();
  const watched = watchPage(page);
  await page.goto(`${server.url}/${query}`);
  return { page, ...watched, close: () => context.close() };
}

async function playSome(page: Page, steps: number) {
  for (let step = 0; step < steps; step++) {
    if (await page.getByTestId('ending').count()) return;
    const before = await page.getByTestId('passage').textContent();
    await page.locator('[data-testid="choice"]:not([aria-disabled="true"])').first().click();
    await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
  }
}

describe.each(['en', 'ar'] as const)('a live class session in %s', (lang) => {
  it('runs from the projector to three students playing, with the class live on the dashboard', async () => {
    const teacher = await open(`?mode=live&lang=${lang}`, { width: 1600, height: 1000 });
    const { page } = teacher;
    await page.getByTestId('live-create').waitFor();
    for (const box of await page.locator('input[name="regime"]').all()) await box.check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('live-start').click();
    const code = (await page.getByTestId('join-code').textContent())!;
    expect(code).toMatch(/^[ACDEFHJKMNPQRTWXY3479]{6}$/);
    expect(await page.locator('svg.qr-code path').getAttribute('d')).toMatch(/^M\d/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
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
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `live-${lang}-dashboard`);

    // A refreshed student is the same device: still three joined, and the game goes on where it was.
    const passage = await students[0].page.getByTestId('passage').textContent();
    await students[0].page.reload();
    await students[0].page.getByTestId('passage').waitFor();
    // The same passage, without the echo of the choice that led to it.
    expect(passage).toContain(await students[0].page.getByTestId('passage').textContent());
    await page.getByTestId('live-end').click();
    await expect.poll(() => page.getByTestId('live-status').textContent(), { timeout: 15_000 }).not.toBe('');
    expect(
      (
        await server.db.query<{ n: number }>(
          'select count(*)::int as n from devices where session_id = (select id from class_sessions where code = $1)',
          [code],
        )
      )[0].n,
    ).toBe(3);

    for (const watched of [teacher, ...students]) {
      expect(watched.errors).toEqual([]);
      expect(watched.requests.filter((url) => url.origin !== server.url)).toEqual([]);
      await watched.close();
    }
  });
});
