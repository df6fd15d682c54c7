// Plays each new game's opening, and the answers to its first choices, when the story is built
// (the ink plugin), so that the game can show them before it has an inkjs Story. Imports the runner and opening.

import type { Regime } from '../model/regime.ts';
import { regimeFingerprint, samePlace, variablesKey, type Opening } from './opening.ts';
import { startRunner, type RunnerOptions } from './runner.ts';

/** Seeds tried when looking for an opening; a beat that any of them changes is not kept. */
const TRIAL_SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597];

/**
 * The openings of `json` under each regime and each set of starting variables. An opening is kept
 * only when every trial seed gives the same beat and score: one shaped by chance must be played.
 * A start that fails is left to fail in the game, where the player is told, as without openings.
 */
export function findOpenings(
  json: string,
  regimes: readonly Regime[],
  variants: readonly NonNullable<RunnerOptions['variables']>[],
): Opening[] {
  const steadyOpening = (regime: Regime, variables: NonNullable<RunnerOptions['variables']>): Opening[] => {
    const [first, ...others] = TRIAL_SEEDS;
    const runner = startRunner({ story: json, regime, seed: first, variables });
    /** Where the game is after `choice` (none: at the start) under each trial seed, if that is always the same place. */
    const steadyPlace = (choice?: number): Pick<Opening, 'beat' | 'score'> | null => {
      const placeAfter = (seed: number) => {
        runner.restart(seed);
        if (choice !== undefined) runner.choose(choice);
        return { beat: runner.beat, score: runner.score };
      };
      const kept = placeAfter(first);
      return others.every((seed) => samePlace(kept, placeAfter(seed))) ? kept : null;
    };
    const start = steadyPlace();
    if (!start) return [];
    const answers = start.beat.choices
      .filter((choice) => !choice.locked)
      .flatMap((choice) => {
        try {
          const place = steadyPlace(choice.index);
          return place ? [{ index: choice.index, ...place }] : [];
        } catch {
          return [];
        }
      });
    return [{ regime: regimeFingerprint(regime), variables: variablesKey(variables), ...start, answers }];
  };
  return regimes.flatMap((regime) =>
    variants.flatMap((variables) => {
      try {
        return steadyOpening(regime, variables);
      } catch {
        return [];
      }
    }),
  );
}
