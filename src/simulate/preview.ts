// The rules preview: the story played many times under one rule set, and what a class reads from
// it (ending shares, tiers at the end, doors shut for whom, the personas). Shared among Web Workers (one
// per core) and summed up; tests play it in one thread. Imports the model, the runner and src/simulate.

import { GATES } from '../model/catalogue.ts';
import { TIERS, type Regime, type Tier } from '../model/regime.ts';
import { tierOf } from '../model/score.ts';
import { LENGTH_VARIABLES, type StoryLength } from '../narrative/opening.ts';
import { playPersonas, WORKSHOP_PERSONAS, type PersonaResult, type WorkshopPersonaId } from './personas.ts';
import { buildGraph } from './story-graph.ts';
import { emptyRunStats, mergeRunStats, pickAtRandom, playRuns, type RunStats } from './story-runs.ts';

export interface PreviewRequest {
  /** The compiled story, as the game loads it. */
  json: string;
  regime: Regime;
  length: StoryLength;
  runs: number;
  /** The first run's seed (and the personas' and the story graph's), as in the story checks. */
  seed: number;
}

export interface PreviewSummary {
  runs: number;
  /** Runs that stopped on an error instead of an ending. */
  failed: number;
  /** Most common first. */
  endings: { ending: string; count: number }[];
  /** Every tier, best first, with how many runs ended in it. */
  tiers: { tier: Tier; count: number }[];
  /** Doors met on a choice, in catalogue order: runs that met one, runs that found it shut, personas it shut out. */
  doors: { gate: string; met: number; shut: number; personas: WorkshopPersonaId[] }[];
  personas: { persona: WorkshopPersonaId; ending: string; score: number; tier: Tier; shut: string[] }[];
}

/** Runs played between two looks at the worker's inbox, so a newer draft can stop this one. */
export const PREVIEW_CHUNK = 25;

/** One worker's share of a preview: a contiguous range of the runs, and the personas for one of them. */
export interface PreviewShare extends PreviewRequest {
  /** The first run of the share, counted from the request's first. */
  from: number;
  personas: boolean;
}

/** What a share played, as counts that add up across shares. */
export interface PreviewPart {
  stats: RunStats;
  personas: PersonaResult<WorkshopPersonaId>[];
}

/** The request cut into `workers` contiguous ranges of runs (none empty but the only one); the first plays the personas. */
export function splitPreview(request: PreviewRequest, workers: number): PreviewShare[] {
  const count = Math.max(1, Math.min(workers, request.runs));
  const size = Math.ceil(request.runs / count);
  return Array.from({ length: count }, (_, index) => ({
    ...request,
    from: index * size,
    runs: Math.max(0, Math.min(size, request.runs - index * size)),
    personas: index === 0,
  }));
}

/** Turns the shares' counts and the personas' results into what the preview shows. */
export function summarisePreview(regime: Regime, parts: readonly PreviewPart[]): PreviewSummary {
  const stats = parts.map((part) => part.stats).reduce(mergeRunStats);
  const personas = parts.flatMap((part) => part.personas);
  const tiers = TIERS.map((tier) => ({ tier, count: 0 }));
  for (const score of stats.finals) tiers[TIERS.indexOf(tierOf(regime, score))].count += 1;
  return {
    runs: stats.runs,
    failed: stats.errors.reduce((sum, error) => sum + error.runs, 0),
    endings: Object.entries(stats.endings)
      .map(([ending, count]) => ({ ending, count }))
      .sort((a, b) => b.count - a.count || a.ending.localeCompare(b.ending)),
    tiers,
    doors: GATES.filter((gate) => stats.doors[gate] || personas.some((p) => p.shut.includes(gate))).map((gate) => ({
      gate,
      met: stats.doors[gate]?.met ?? 0,
      shut: stats.doors[gate]?.shut ?? 0,
      personas: personas.filter((p) => p.shut.includes(gate)).map((p) => p.persona),
    })),
    personas: personas.map(({ persona, ending, score, tier, shut }) => ({ persona, ending, score, tier, shut })),
  };
}

/**
 * Plays a share a chunk at a time, yielding the runs done so far after each chunk: whoever drives it
 * may stop between chunks. Runs are played as the story checks play them (the same story graph,
 * random chooser and seeds), so the same seed gives the same endings however the runs are shared.
 */
export function* playShare(share: PreviewShare): Generator<number, PreviewPart> {
  const variables = LENGTH_VARIABLES[share.length];
  const graph = buildGraph(share.json, share.regime, share.seed, variables, { adaptive: true });
  const first = share.seed + share.from;
  let stats = emptyRunStats();
  for (let done = 0; done < share.runs; done += PREVIEW_CHUNK) {
    const runs = Math.min(PREVIEW_CHUNK, share.runs - done);
    stats = mergeRunStats(stats, playRuns(graph, { firstSeed: first + done, runs, pick: pickAtRandom }));
    yield done + runs;
  }
  const personas = share.personas
    ? playPersonas(share.json, share.regime, share.seed, variables, WORKSHOP_PERSONAS).results
    : [];
  return { stats, personas };
}

/** Plays a whole preview in this thread, in `workers` shares one after another: for tests and tools. */
export function runPreview(request: PreviewRequest, workers = 1): PreviewSummary {
  const parts = splitPreview(request, workers).map((share) => {
    const steps = playShare(share);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
  return summarisePreview(request.regime, parts);
}
