import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openKiosk } from '../../src/tools/kiosk-soak';
import { axeViolations, baseUrl, closeBrowser, launch, screenshot } from './browser';

afterAll(closeBrowser);

const CONFIG = { idleSeconds: 90, warningSeconds: 30, adminPin: '2468', languages: ['en', 'ar'] };
const open = async (config: object | string = CONFIG, viewport?: { width: number; height: number }) =>
  openKiosk(await launch(), baseUrl(), config as object, viewport);

const OPEN_CHOICE = '[data-testid="choice"]:not([aria-disabled="true"])';

async function tapFirstChoice(page: Page) {
  const before = await page.getByTestId('passage').textContent();
  await page.locator(OPEN_CHOICE).first().tap();
  await page.waitForFunction((p) => document.querySelector('[data-testid="passage"]')?.textContent !== p, before);
}

async function begin(page: Page, lang = 'en') {
  await page.getByTestId('attract').tap();
  await page.getByTestId(`kiosk-lang-${lang}`).tap();
  await page.getByTestId('passage').waitFor();
}

/** Taps the first open choice until the beat after a key decision, and returns what it says of others. */
async function playToCrowdShare(page: Page): Promise<string> {
  for (let step = 0; step < 30; step += 1) {
    await tapFirstChoice(page);
    const share = page.getByTestId('crowd-share');
    if (await share.count()) return (await share.textContent()) ?? '';
  }
  throw new Error('no key decision within 30 choices');
}

const traces = (page: Page) =>
  page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    focus: document.activeElement?.tagName,
    scroll: window.scrollY,
    selection: window.getSelection()?.toString() ?? '',
    dialogs: document.querySelectorAll('dialog[open]').length,
    theme: document.documentElement.dataset.theme,
    passage: document.querySelectorAll('[data-testid="passage"]').length,
  }));

describe('museum kiosk in Chromium', () => {
  it('turns the attract screen through the offered languages and begins in the one a visitor picks', async () => {
    const kiosk = await open();
    const { page } = kiosk;
    expect(await page.getByTestId('attract-prompt').textContent()).toBe('Touch to begin');
    await page.clock.fastForward(3600);
    expect(await page.getByTestId('attract-prompt').textContent()).toBe('المس الشاشة لتبدأ');
    expect(await page.locator('.attract-block').getAttribute('dir')).toBe('rtl');
    await page.waitForSelector('#stage[data-ready="true"]');
    await screenshot(page, 'kiosk-attract-landscape');

    await page.getByTestId('attract').tap();
    await page.getByTestId('kiosk-lang-ar').tap();
    await page.getByTestId('passage').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    // The short path by default: its first words are the short chapter's, not the full story's.
    expect(await page.locator(OPEN_CHOICE).count()).toBeGreaterThan(0);
    expect(kiosk.errors).toEqual([]);
    expect(kiosk.requests.every((url) => url.hostname === '127.0.0.1')).toBe(true);
    await kiosk.close();
  });

  it('warns after the idle time with a 30-second countdown, keeps a visitor who answers, and otherwise resets leaving nothing', async () => {
    const kiosk = await open();
    const { page } = kiosk;
    await begin(page);
    await tapFirstChoice(page);
    await page.keyboard.press('Escape');
    await page.locator('input[name="setting-theme"][value="light"]').check();
    await page.keyboard.press('Escape');
    const passage = await page.getByTestId('passage').textContent();

    await page.clock.fastForward(89_000);
    expect(await page.getByTestId('idle-warning').count()).toBe(0);
    await page.clock.fastForward(2_000);
    await page.getByTestId('idle-warning').waitFor();
    expect(Number(await page.getByTestId('idle-countdown').textContent())).toBe(30);
    await page.clock.fastForward(10_000);
    expect(Number(await page.getByTestId('idle-countdown').textContent())).toBe(20);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-idle-warning');
    await page.getByTestId('still-here').tap();
    await page.getByTestId('idle-warning').waitFor({ state: 'detached' });
    expect(await page.getByTestId('passage').textContent()).toBe(passage);

    await page.clock.fastForward(91_000);
    await page.getByTestId('idle-warning').waitFor();
    await page.clock.fastForward(31_000);
    await page.getByTestId('attract').waitFor();
    expect(await traces(page)).toEqual({
      local: 0,
      session: 0,
      focus: 'BODY',
      scroll: 0,
      selection: '',
      dialogs: 0,
      theme: 'dark',
      passage: 0,
    });
    // The next visitor starts at the beginning, with nothing of the last one's game to resume.
    await begin(page);
    expect(await page.getByTestId('passage').textContent()).not.toBe(passage);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(kiosk.errors).toEqual([]);
    await kiosk.close();
  });

  it('never warns a visitor who keeps touching, however long they stay', async () => {
    const kiosk = await open();
    const { page } = kiosk;
    await begin(page);
    for (let minute = 0; minute < 10; minute += 1) {
      await page.clock.fastForward(80_000);
      await page.getByTestId('passage').tap();
    }
    expect(await page.getByTestId('idle-warning').count()).toBe(0);
    expect(await page.getByTestId('passage').count()).toBe(1);
    await kiosk.close();
  });

  it('shows what other visitors chose after a key decision, keeps the counts across a restart, and the curator exports and erases them behind the PIN', async () => {
    const kiosk = await open();
    const { page } = kiosk;
    await begin(page);
    expect(await playToCrowdShare(page)).toBe('You are the first visitor here to reach this choice.');
    await page.keyboard.press('Escape');
    await page.getByTestId('menu-end-visit').tap();
    await page.getByTestId('attract').waitFor();
    await begin(page);
    expect(await playToCrowdShare(page)).toBe('100% of the 2 visitors here who reached this choice made the same one.');
    await screenshot(page, 'kiosk-crowd-share');

    await page.reload();
    await page.getByTestId('attract').waitFor();
    const corner = page.getByTestId('admin-corner');
    const box = await corner.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
    await page.mouse.down();
    await page.clock.fastForward(3_100);
    await page.mouse.up();
    await page.getByTestId('pin-pad').waitFor();
    for (const digit of '1111') await page.getByTestId(`pin-${digit}`).tap();
    await page.getByTestId('pin-open').tap();
    expect(await page.getByRole('alert').textContent()).toBe('That PIN is not right.');
    for (const digit of CONFIG.adminPin) await page.getByTestId(`pin-${digit}`).tap();
    await page.getByTestId('pin-open').tap();
    await page.getByTestId('admin').waitFor();
    const rows = await page.locator('[data-testid="admin"] tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('2');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kiosk-admin');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').tap()]);
    expect(download.suggestedFilename()).toMatch(/^good-standing-kiosk-counts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('poll,poll_name,option,option_text,visitors,percent');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/,2,100$/);

    await page.getByTestId('erase-counts').tap();
    expect(await page.locator('[data-testid="admin"] tbody tr').count()).toBe(1);
    await page.getByTestId('erase-counts').tap();
    await page.getByText('No visitor has reached a key decision yet.').waitFor();
    await page.getByTestId('close-admin').tap();
    await page.getByTestId('attract').waitFor();
    expect(kiosk.errors).toEqual([]);
    await kiosk.close();
  });

  it('hands a visitor no saves, files, printing or language switch, only settings and "end my visit"', async () => {
    const kiosk = await open({ ...CONFIG, languages: ['en'] });
    const { page } = kiosk;
    // One language offered: the attract screen leads straight into the story.
    await page.getByTestId('attract').tap();
    await page.getByTestId('passage').waitFor();
    await page.keyboard.press('Escape');
    const menu = page.getByTestId('menu-dialog');
    expect(await menu.locator('[data-testid^="slot-"], [data-testid="export"], [data-testid="import"]').count()).toBe(
      0,
    );
    expect(await menu.locator('input[name="setting-lang"]').count()).toBe(0);
    expect(await menu.getByTestId('menu-end-visit').count()).toBe(1);
    await page.keyboard.press('Escape');
    for (let step = 0; step < 60 && !(await page.getByTestId('ending').count()); step += 1) await tapFirstChoice(page);
    await page.locator('[data-testid="debrief"][data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="print"], [data-testid="export-results"]').count()).toBe(0);
    await page.getByTestId('end-visit').tap();
    await page.getByTestId('attract').waitFor();
    expect(kiosk.errors).toEqual([]);
    await kiosk.close();
  });

  it.each([
    ['landscape', { width: 1920, height: 1080 }],
    ['portrait', { width: 1080, height: 1920 }],
  ])(
    'is touch first in %s: every target a finger wide, nothing to select or zoom, no context menu',
    async (name, viewport) => {
      const kiosk = await open(CONFIG, viewport);
      const { page } = kiosk;
      await page.waitForSelector('#stage[data-ready="true"]');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `kiosk-attract-${name}`);
      await page.getByTestId('attract').tap();
      await page.getByTestId('language-picker').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `kiosk-languages-${name}`);
      await page.getByTestId('kiosk-lang-en').tap();
      await tapFirstChoice(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `kiosk-story-${name}`);

      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, [role="button"]')]
          .map((element) => ({ name: element.textContent?.trim().slice(0, 30), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
          .map(({ name }) => name),
      );
      expect(small).toEqual([]);
      const page_ = await page.evaluate(() => ({
        select: getComputedStyle(document.documentElement).userSelect,
        touch: getComputedStyle(document.documentElement).touchAction,
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content'),
        menuBlocked: !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
      }));
      expect(page_).toEqual({
        select: 'none',
        touch: 'pan-y',
        viewport: 'width=device-width, initial-scale=1',
        menuBlocked: true,
      });
      expect(kiosk.errors).toEqual([]);
      await kiosk.close();
    },
  );

  it('runs on its defaults when kiosk.json is broken, and tells the curator why', async () => {
    const kiosk = await open('{"idleSeconds": 5, "adminPin": "2468", "languages": ["en", "xx"]');
    const { page } = kiosk;
    // Unreadable, the file sets no PIN, so no admin screen can say so: the attract screen does.
    expect(await page.getByTestId('config-problem').textContent()).toBe(
      'kiosk.json is not a JSON object, so the defaults are in force.',
    );
    await page.keyboard.press('Control+Alt+KeyA');
    await page.getByTestId('language-picker').waitFor();
    expect(await page.getByTestId('pin-pad').count()).toBe(0);
    await kiosk.close();

    const partly = await open({ idleSeconds: 5, adminPin: '2468', languages: ['en', 'xx'] });
    await partly.page.keyboard.press('Control+Alt+KeyA');
    for (const digit of '2468') await partly.page.getByTestId(`pin-${digit}`).tap();
    await partly.page.getByTestId('pin-open').tap();
    const problems = await partly.page.getByTestId('config-problem').allTextContents();
    expect(problems).toEqual([
      'kiosk.json: “idleSeconds” cannot be 5; its default is in force.',
      'kiosk.json: “languages” cannot be ["en","xx"]; its default is in force.',
    ]);
    await partly.close();
  });
});
