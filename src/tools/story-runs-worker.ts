// One worker thread's share of the random playthroughs: builds its own story graph and plays a
// range of seeds, so a many-core (or two-core) machine plays runs side by side. Node only.

import { parentPort, workerData } from 'node:worker_threads';
import { buildGraph } from '../simulate/story-graph.ts';
import { pickAtRandom, pickLeastUsed, playRuns, type RunJob } from '../simulate/story-runs.ts';

const job = workerData as RunJob;
const graph = buildGraph(job.json, job.regime, job.seed, job.variables, { adaptive: true });
const stats = playRuns(graph, {
  firstSeed: job.firstSeed,
  runs: job.runs,
  pick: job.preferUnused ? pickLeastUsed : pickAtRandom,
});
parentPort?.postMessage({ stats, states: graph.size });
