// The benchmark's probe in Chromium: "first text painted" is the end of the frame right after the
// page marks its first text, not a later one. Imports vitest, playwright-core and the probe.

import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_TEXT_MARK, PROBE_SCRIPT } from '../../src/tools/bench-probe';
import { closeBrowser, launch } from './browser';

afterAll(closeBrowser);

/** A page that puts its text up and marks it in one task, then notes when its next two frames begin. */
const PAGE = `<!doctype html><title>probe</title><body><script>
  document.body.append('The message arrived at midnight.');
  performance.mark(${JSON.stringify(FIRST_TEXT_MARK)});
  requestAnimationFrame(() => {
    window.frames_ = [performance.now()];
    requestAnimationFrame(() => window.frames_.push(performance.now()));
  });
</script></body>`;

describe('the benchmark’s probe', () => {
  it('times the first text to the end of the frame right after its mark', async () => {
    const context = await (await launch()).newContext();
    await context.addInitScript(PROBE_SCRIPT);
    // Served by the test itself: nothing leaves the machine.
    await context.route('http://probe.invalid/', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    const page = await context.newPage();
    for (let load = 0; load < 5; load += 1) {
      await page.goto('http://probe.invalid/');
      await page.waitForFunction(() => (window as { frames_?: number[] }).frames_?.length === 2);
      const seen = await page.evaluate(() => ({
        painted: window.__bench?.firstTextPainted ?? Number.NaN,
        frames: (window as unknown as { frames_: number[] }).frames_,
      }));
      expect(seen.painted).toBeGreaterThan(seen.frames[0]);
      expect(seen.painted).toBeLessThan(seen.frames[1]);
    }
    await context.close();
  });
});
