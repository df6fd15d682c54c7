// The four personas the story checks and the rules preview both play: who protects their number,
// who follows their conscience, who refuses, who chooses at random. Imports the model and runner.

import type { Regime, Tier } from '../model/regime.ts';
import { randomFrom } from '../model/random.ts';
import { tierOf } from '../model/score.ts';
import { startRunner, type RunnerOptions } from '../narrative/runner.ts';
import type { Stance } from '../narrative/tags.ts';
import { chooseForScore, chooseRandomly, chooseStance, playOnce, type Chooser } from './playthrough.ts';

export const PERSONAS = ['protect_score', 'conscience', 'refuse', 'random'] as const;
export type PersonaId = (typeof PERSONAS)[number];

export interface PersonaResult {
  persona: PersonaId;
  ending: string;
  score: number;
  tier: Tier;
  lists: readonly string[];
  words: number;
  /** Doors the persona met shut on a choice, in the order met (each once). */
  shut: string[];
}

/** Plays each persona once from `seed`; a persona that fails is reported, the others still play. */
export function playPersonas(
  json: string,
  regime: Regime,
  seed: number,
  variables: RunnerOptions['variables'],
): { results: PersonaResult[]; errors: string[] } {
  const runner = startRunner({ story: json, regime, seed, variables });
  const scratch = startRunner({ story: json, regime, seed, variables });
  const choosers: Record<PersonaId, Chooser> = {
    protect_score: chooseForScore(scratch),
    conscience: chooseStance('conscience' satisfies Stance, randomFrom(seed)),
    refuse: chooseStance('refuse' satisfies Stance, randomFrom(seed)),
    random: chooseRandomly(randomFrom(seed)),
  };
  const results: PersonaResult[] = [];
  const errors: string[] = [];
  for (const persona of PERSONAS) {
    try {
      const play = playOnce(runner, seed, choosers[persona]);
      results.push({
        persona,
        ending: play.ending,
        score: play.score.score,
        tier: tierOf(regime, play.score.score),
        lists: play.score.lists,
        words: play.words,
        shut: [...new Set(play.gates.filter((met) => !met.open).map((met) => met.gate))],
      });
    } catch (error) {
      errors.push(`persona ${persona}, choices [${runner.choices.join(', ')}]: ${(error as Error).message}`);
    }
  }
  return { results, errors };
}
