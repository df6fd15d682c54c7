// The rules workshop's preview, timed for `npm run bench`: opens ?mode=rules in the built game, lets
// the first previews finish, then changes one value at a time and times each change until the draft's
// 500 short-path runs are drawn (the debounce included). Node only; drives a page it is given.

import type { Page } from 'playwright-core';

/** The value the bench changes: a camera's crossing on red, a point at a time, so each change is a new draft. */
const FIELD = '[data-field="events.crossed_on_red.delta"]';
const PREVIEW = '[data-testid="preview"]';

export interface PreviewTimes {
  /** From the page's navigation to the first draft and preset both drawn: the worker starting cold. */
  firstMs: number;
  /** Each change, from the input event to the draft's new runs drawn. */
  afterChangeMs: number[];
}

export async function timePreview(page: Page, url: string, changes: number): Promise<PreviewTimes> {
  await page.goto(url);
  await page.waitForFunction(
    (selector) => {
      const preview = document.querySelector<HTMLElement>(selector);
      return preview?.dataset.draft === 'done' && preview.dataset.preset === 'done';
    },
    PREVIEW,
    { timeout: 120_000 },
  );
  const firstMs = await page.evaluate(() => performance.now());
  const afterChangeMs: number[] = [];
  for (let change = 1; change <= changes; change += 1) {
    afterChangeMs.push(
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      await page.evaluate(
        async ({ field, preview, change }) => {
          const input = document.querySelector<HTMLInputElement>(field);
          const shown = document.querySelector<HTMLElement>(preview);
          if (!input || !shown) throw new Error('the workshop has no such field or preview');
          const started = performance.now();
          input.value = String(Number(input.value) - change);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while (shown.dataset.draft !== 'done') await new Promise((frame) => requestAnimationFrame(frame));
          return performance.now() - started;
        },
        { field: FIELD, preview: PREVIEW, change },
      ),
    );
  }
  return { firstMs, afterChangeMs };
}
