// The rules preview: the story played many times under one rule set, and what a class reads from
// it (ending shares, tiers at the end, doors shut for whom, the personas). Pure; the Web Worker and
// the bench drive it. Imports the model, the runner and the rest of src/simulate.

import { GATES } from '../model/catalogue.ts';
import { TIERS, type Regime, type Tier } from '../model/regime.ts';
import { tierOf } from '../model/score.ts';
import { LENGTH_VARIABLES, type StoryLength } from '../narrative/opening.ts';
import { playPersonas, type PersonaId, type PersonaResult } from './personas.ts';
import { buildGraph } from './story-graph.ts';
import { mergeRunStats, pickAtRandom, playRuns, type RunStats } from './story-runs.ts';

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
  doors: { gate: string; met: number; shut: number; personas: PersonaId[] }[];
  personas: { persona: PersonaId; ending: string; score: number; tier: Tier; shut: string[] }[];
}

/** Runs played between two looks at the worker's inbox, so a newer draft can stop this one. */
export const PREVIEW_CHUNK = 25;

/** Turns the runs' counts and the personas' results into what the preview shows. */
export function summarisePreview(regime: Regime, stats: RunStats, personas: readonly PersonaResult[]): PreviewSummary {
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
 * Plays the preview a chunk at a time, yielding the runs done so far after each chunk: whoever
 * drives it may stop between chunks. Runs are played as the story checks play them (the same
 * story graph, random chooser and seeds), so the same seed gives the same endings.
 */
export function* playPreview(request: PreviewRequest): Generator<number, PreviewSummary> {
  const variables = LENGTH_VARIABLES[request.length];
  const graph = buildGraph(request.json, request.regime, request.seed, variables, { adaptive: true });
  let stats: RunStats | null = null;
  for (let done = 0; done < request.runs; done += PREVIEW_CHUNK) {
    const runs = Math.min(PREVIEW_CHUNK, request.runs - done);
    const part = playRuns(graph, { firstSeed: request.seed + done, runs, pick: pickAtRandom });
    stats = stats ? mergeRunStats(stats, part) : part;
    yield done + runs;
  }
  const personas = playPersonas(request.json, request.regime, request.seed, variables);
  return summarisePreview(
    request.regime,
    stats ?? playRuns(graph, { firstSeed: request.seed, runs: 0, pick: pickAtRandom }),
    personas.results,
  );
}

/** Plays the whole preview at once: for tests and the bench. */
export function runPreview(request: PreviewRequest): PreviewSummary {
  const steps = playPreview(request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
