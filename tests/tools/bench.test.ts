import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import os from 'node:os';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { meterOthers } from '../../src/tools/bench-machine';
import { formatTable, intervals, median, percentile, type Figures } from '../../src/tools/bench-report';

const folder = mkdtempSync(path.join(tmpdir(), 'good-standing-bench-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

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

describe('npm run bench', () => {
  it('runs end to end on one short iteration and writes every figure as a number', async () => {
    const out = path.join(folder, 'results.json');
    const tsx = path.resolve('node_modules/.bin/tsx');
    await promisify(execFile)(tsx, ['src/tools/bench.ts', '--quick', '--out', out], { timeout: 150_000 });
    const results = JSON.parse(readFileSync(out, 'utf8')) as { figures: Figures; table: string };
    const names: (keyof Figures)[] = [
      'firstTextRatio4x',
      'firstTextRatio1x',
      'firstTextPaintedRatio4x',
      'firstAnswerRatio4x',
      'scriptBytesRatio',
      'clickToPaintP95Ms4x',
      'clickToPaintP95Ms4xBare',
      'frameIntervalP95Ms',
      'heapGrowthMB',
      'playthroughGzipBytes',
      'phaserChunkGzipBytes',
      'shippedGzipBytes',
    ];
    for (const name of names) {
      expect(typeof results.figures[name], name).toBe('number');
      expect(Number.isFinite(results.figures[name]), name).toBe(true);
    }
    expect(Object.values(results.figures).every((value) => typeof value === 'number')).toBe(true);
    expect(results.figures.scriptBytesGame).toBeGreaterThan(0);
    expect(results.table).toBe(formatTable(results.figures));
  }, 180_000);
});
