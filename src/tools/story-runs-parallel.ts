// Splits many random playthroughs across worker threads, one per core, and adds their counts up:
// runs are independent, so two cores play them in about half the time. Node only.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { mergeRunStats, type RunJob, type RunStats } from '../simulate/story-runs.ts';

export interface ParallelRuns {
  stats: RunStats;
  /** Distinct states the workers remembered, summed over workers. */
  states: number;
}

// A worker starts without the TypeScript loader this thread may have (tsx, Vitest), so it
// registers tsx itself before importing the worker module.
const TSX = (() => {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api'].import.default)).href;
})();
const WORKER = pathToFileURL(fileURLToPath(new URL('./story-runs-worker.ts', import.meta.url))).href;
const BOOT = `import(${JSON.stringify(TSX)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); });`;

function runInWorker(job: RunJob): Promise<ParallelRuns> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a playthrough worker stopped with exit code ${code}`));
    });
  });
}

/** Plays `job.runs` seeded runs from `job.firstSeed`, in contiguous seed ranges, one per worker. */
export async function playRunsInParallel(job: RunJob, workers = availableParallelism()): Promise<ParallelRuns> {
  const count = Math.max(1, Math.min(workers, job.runs));
  const share = Math.ceil(job.runs / count);
  const parts = await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const firstSeed = job.firstSeed + index * share;
      const runs = Math.max(0, Math.min(share, job.firstSeed + job.runs - firstSeed));
      return runInWorker({ ...job, firstSeed, runs });
    }),
  );
  return {
    stats: parts.map((part) => part.stats).reduce(mergeRunStats),
    states: parts.reduce((sum, part) => sum + part.states, 0),
  };
}
