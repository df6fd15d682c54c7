// The kiosk keeps nothing of its visitors: a short retention check over about twenty visits, in one
// Chromium page. The long soak (1,000 visits, with the heap) is `npm run soak`, part of `npm run test:long`.

import { afterAll, describe, expect, it } from 'vitest';
import { openKiosk, soak, type Holdings } from '../../src/tools/kiosk-soak';
import { baseUrl, closeBrowser, launch } from './browser';

afterAll(closeBrowser);

const CONFIG = { idleSeconds: 90, warningSeconds: 30, languages: ['en', 'ar'] as ('en' | 'ar')[] };
const VISITS = 20;

/** The most display objects the stage held at each place, drawn for one room and as busy, over some visits. */
const stageByPlace = (held: readonly Holdings[]) => {
  const most = new Map<string, number>();
  for (const { stage } of held) {
    const [place, room, busy, count] = stage?.split(' ') ?? [];
    const key = `${place} ${room} ${busy}`;
    if (place) most.set(key, Math.max(most.get(key) ?? 0, Number(count)));
  }
  return most;
};

describe('kiosk retention in Chromium', () => {
  it('lets each of 20 visitors go: no more nodes, listeners or stage objects after the last than after the first few', async () => {
    const kiosk = await openKiosk(await launch(), baseUrl(), CONFIG);
    // The stage's census is what is compared below: it must be drawing before the first visitor.
    await kiosk.page.waitForSelector('#stage[data-ready="true"]', { timeout: 60_000 });
    const figures = await soak(kiosk, CONFIG, { visits: VISITS, seed: 7, maxChoices: 14, heap: false });
    const { held } = figures;
    console.log(
      `kiosk retention: ${figures.visits} visits (${JSON.stringify(figures.ends)}), ${figures.choices} choices; ` +
        held.map((h) => `${h.nodes}/${h.listeners}/${h.stage ?? '-'}`).join(' '),
    );
    expect(kiosk.errors).toEqual([]);
    expect(figures.ends.finished + figures.ends.walked_away + figures.ends.rescued_then_walked_away).toBe(VISITS);
    expect(figures.ends.walked_away).toBeGreaterThan(0);

    const early = held.slice(0, 5);
    const late = held.slice(-5);
    // A visit's screens differ in size by a few nodes; what a leak leaves grows with every visit.
    expect(Math.max(...late.map((h) => h.nodes))).toBeLessThanOrEqual(Math.max(...early.map((h) => h.nodes)) + 20);
    expect(Math.max(...late.map((h) => h.listeners))).toBeLessThanOrEqual(Math.max(...early.map((h) => h.listeners)));
    // The stage tours its places between visitors: compare each place, drawn for the same room and tier,
    // with itself, allowing a scan in flight.
    const before = stageByPlace(held.slice(0, VISITS / 2));
    const after = stageByPlace(held.slice(VISITS / 2));
    expect(before.size + after.size).toBeGreaterThan(0);
    for (const [place, count] of after) {
      if (before.has(place)) expect(count, place).toBeLessThanOrEqual((before.get(place) ?? 0) + 8);
    }
    expect(kiosk.requests.every((url) => url.hostname === '127.0.0.1')).toBe(true);
    await kiosk.close();
  }, 600_000);
});
