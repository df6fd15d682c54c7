// A new game's first beat, played when the story is built, so the first words need no inkjs Story:
// building one takes most of a slow machine's first second. Imports the runner and model types.

import { isOneOf } from '../model/one-of.ts';
import { fnv1a } from '../model/random.ts';
import type { Regime } from '../model/regime.ts';
import type { ScoreState } from '../model/score.ts';
import type { Beat } from './beat.ts';
import { startRunner, StoryError, type Runner, type RunnerOptions } from './runner.ts';

/** The first beat and score of every new game under one regime and one set of starting variables. */
export interface Opening {
  /** A fingerprint of the regime's rules (not its id): a regime with the same id and other rules must not use it. */
  regime: string;
  variables: string;
  beat: Beat;
  score: ScoreState;
}

/** The story's lengths and the ink variables that choose them; the ink's own default is the full story. */
export const LENGTH_VARIABLES = {
  full: {},
  short: { length: 'short' },
} as const satisfies Record<string, NonNullable<RunnerOptions['variables']>>;
export type StoryLength = keyof typeof LENGTH_VARIABLES;
const STORY_LENGTHS = Object.keys(LENGTH_VARIABLES) as StoryLength[];
export const isStoryLength = isOneOf(STORY_LENGTHS);

/** Seeds tried when looking for an opening; a beat that any of them changes is not kept. */
const TRIAL_SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597];

/** FNV-1a over the rules as JSON: short enough to ship with each opening, cheap to work out at start. */
const fingerprint = (regime: Regime): string => fnv1a(JSON.stringify(regime)).toString(36);
const variablesKey = (variables: RunnerOptions['variables'] = {}) => JSON.stringify(variables);
const sameStart = (a: Pick<Opening, 'beat' | 'score'>, b: Pick<Opening, 'beat' | 'score'>) =>
  JSON.stringify(a.beat) === JSON.stringify(b.beat) && JSON.stringify(a.score) === JSON.stringify(b.score);

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
    const kept = { beat: runner.beat, score: runner.score };
    const steady = others.every((seed) => sameStart(kept, { beat: runner.restart(seed), score: runner.score }));
    return steady ? [{ regime: fingerprint(regime), variables: variablesKey(variables), ...kept }] : [];
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

/**
 * A new game. With an opening that fits, its first beat is on hand at once and the inkjs Story is
 * built the first time anything else is asked of the runner (the autosave, after the words are painted).
 */
export function beginRunner(options: RunnerOptions, openings: readonly Opening[] = []): Runner {
  const regime = fingerprint(options.regime);
  const variables = variablesKey(options.variables);
  const opening = openings.find((o) => o.regime === regime && o.variables === variables);
  if (!opening) return startRunner(options);

  let played: Runner | null = null;
  const ready = (): Runner => {
    if (played) return played;
    const runner = startRunner(options);
    if (!sameStart(opening, runner)) throw new StoryError('the opening built with the story is not how it starts');
    played = runner;
    return runner;
  };
  return {
    get beat() {
      return played?.beat ?? opening.beat;
    },
    get score() {
      return played?.score ?? opening.score;
    },
    get choices() {
      return played?.choices ?? [];
    },
    choose: (index) => ready().choose(index),
    snapshot: () => ready().snapshot(),
    restart: (seed, start) => ready().restart(seed, start),
    load: (snapshot) => ready().load(snapshot),
    takeBack: () => ready().takeBack(),
  };
}
