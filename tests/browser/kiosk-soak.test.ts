import { afterAll, describe, expect, it } from 'vitest';
import { openKiosk, soak } from '../../src/tools/kiosk-soak';
import { baseUrl, closeBrowser, launch } from './browser';

afterAll(closeBrowser);

const CONFIG = { idleSeconds: 90, warningSeconds: 30, languages: ['en', 'ar'] as ('en' | 'ar')[] };

describe('kiosk soak in Chromium', () => {
  it('runs 200 visitors in one page, finished, abandoned and rescued, with no error and the heap within 2 MB', async () => {
    const kiosk = await openKiosk(await launch(), baseUrl(), CONFIG);
    const figures = await soak(kiosk, CONFIG, { visits: 200, seed: 7, maxChoices: 14 });
    console.log(
      `kiosk soak: ${figures.visits} visits (${JSON.stringify(figures.ends)}), ${figures.choices} choices in ${Math.round(figures.milliseconds / 1000)} s; heap ${(figures.heapAfterFirst / 2 ** 20).toFixed(2)} → ${(figures.heapAfterLast / 2 ** 20).toFixed(2)} MB; DOM nodes ${figures.nodesAfterFirst} → ${figures.nodesAfterLast}`,
    );
    expect(kiosk.errors).toEqual([]);
    expect(figures.ends.finished).toBeGreaterThan(0);
    expect(figures.ends.walked_away).toBeGreaterThan(0);
    expect(figures.ends.rescued_then_walked_away).toBeGreaterThan(0);
    expect(figures.heapAfterLast - figures.heapAfterFirst).toBeLessThanOrEqual(2 * 2 ** 20);
    expect(figures.nodesAfterLast).toBeLessThanOrEqual(figures.nodesAfterFirst + 20);
    expect(kiosk.requests.every((url) => url.hostname === '127.0.0.1')).toBe(true);
    await kiosk.close();
  }, 1_800_000);
});
