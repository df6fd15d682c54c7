// The personas the story checks and the rules preview play: who protects their number, who
// complies, who follows their conscience, who refuses, who keeps out of it, who chooses at random.
// Imports the model and runner.

import type { Regime, Tier } from '../model/regime.ts';
import { randomFrom } from '../model/random.ts';
import { tierOf } from '../model/score.ts';
import { startRunner, type RunnerOptions } from '../narrative/runner.ts';
import { chooseForScore, chooseRandomly, chooseStance, playOnce, type Chooser } from './playthrough.ts';

/**
 * Ways of choosing: protect_score keeps the number highest one choice ahead; comply and refuse take
 * the choice written with that #stance:; conscience takes the one written `conscience`, and where
 * there is none refuses rather than complies; unaligned takes a choice written with no stance (the
 * player who keeps out of the argument); random, any. Where a persona has no preference, its seed
 * chooses.
 */
export const PERSONAS = ['protect_score', 'comply', 'conscience', 'refuse', 'unaligned', 'random'] as const;
export type PersonaId = (typeof PERSONAS)[number];
/** The four the rules workshop sets side by side under two rule sets. */
export const WORKSHOP_PERSONAS = ['protect_score', 'conscience', 'refuse', 'random'] as const;
export type WorkshopPersonaId = (typeof WORKSHOP_PERSONAS)[number];
/** The story checks play every persona from this many consecutive seeds, starting at theirs. */
export const PERSONA_SEEDS = 3;

export interface PersonaResult<P extends PersonaId = PersonaId> {
  persona: P;
  seed: number;
  ending: string;
  score: number;
  tier: Tier;
  lists: readonly string[];
  words: number;
  /** Doors the persona met shut on a choice, in the order met (each once). */
  shut: string[];
}

/**
 * Plays each of `personas` from each of `seeds` consecutive seeds starting at `seed`; a persona that
 * fails is reported, the others still play.
 */
export function playPersonas<P extends PersonaId>(
  json: string,
  regime: Regime,
  seed: number,
  variables: RunnerOptions['variables'],
  personas: readonly P[],
  seeds = 1,
): { results: PersonaResult<P>[]; errors: string[] } {
  const runner = startRunner({ story: json, regime, seed, variables });
  const scratch = startRunner({ story: json, regime, seed, variables });
  const results: PersonaResult<P>[] = [];
  const errors: string[] = [];
  for (let from = seed; from < seed + seeds; from++) {
    const choosers: Record<PersonaId, Chooser> = {
      protect_score: chooseForScore(scratch),
      comply: chooseStance(['comply'], randomFrom(from)),
      conscience: chooseStance(['conscience', 'refuse'], randomFrom(from)),
      refuse: chooseStance(['refuse'], randomFrom(from)),
      unaligned: chooseStance([undefined], randomFrom(from)),
      random: chooseRandomly(randomFrom(from)),
    };
    for (const persona of personas) {
      try {
        const play = playOnce(runner, from, choosers[persona]);
        results.push({
          persona,
          seed: from,
          ending: play.ending,
          score: play.score.score,
          tier: tierOf(regime, play.score.score),
          lists: play.score.lists,
          words: play.words,
          shut: [...new Set(play.gates.filter((met) => !met.open).map((met) => met.gate))],
        });
      } catch (error) {
        errors.push(
          `persona ${persona}, seed ${from}, choices [${runner.choices.join(', ')}]: ${(error as Error).message}`,
        );
      }
    }
  }
  return { results, errors };
}
