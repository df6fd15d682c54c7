// The benchmark's arithmetic, checked in the fast tests; the bench itself runs in `npm run test:long`.

import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { meterOthers } from '../../src/tools/bench-machine';
import { intervals, median, percentile } from '../../src/tools/bench-report';

describe('the benchmark’s arithmetic', () => {
  it('takes the middle of the samples, and the nearest-rank percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(
      percentile(
        [...Array(100).keys()].map((i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([5], 95)).toBe(5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('turns frame timestamps into the gaps between them', () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17]);
  });

  it('tells how many cores other work used, never counting its own', () => {
    const meter = meterOthers();
    const until = Date.now() + 200;
    while (Date.now() < until); // busy here: this process's time is not the machine's other work
    const others = meter.stop();
    expect(others).toBeGreaterThanOrEqual(0);
    expect(others).toBeLessThanOrEqual(os.cpus().length);
  });
});
