// A new game's first beat, played when the story is built, so the first words need no inkjs Story:
// building one takes most of a slow machine's first second. Imports the runner and model types.

import { isOneOf } from '../model/one-of.ts';
import { fnv1a } from '../model/random.ts';
import type { Regime } from '../model/regime.ts';
import type { ScoreState } from '../model/score.ts';
import type { Beat } from './beat.ts';
import { startRunner, StoryError, type Runner, type RunnerOptions } from './runner.ts';

/** Where a choice leads: its beat and the score after it. */
export interface Answer {
  index: number;
  beat: Beat;
  score: ScoreState;
}

/** The first beat and score of every new game under one regime and one set of starting variables. */
export interface Opening {
  /** A fingerprint of the regime's rules (not its id): a regime with the same id and other rules must not use it. */
  regime: string;
  variables: string;
  beat: Beat;
  score: ScoreState;
  /** What each open first choice leads to, where chance plays no part: a reader who chooses at once is answered before the Story is built. */
  answers: Answer[];
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
const samePlace = (a: Pick<Opening, 'beat' | 'score'>, b: Pick<Opening, 'beat' | 'score'>) =>
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
    return [{ regime: fingerprint(regime), variables: variablesKey(variables), ...start, answers }];
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

/** The opening played for these rules and starting variables, if one was, for `beginRunner`. */
export function openingFor(options: RunnerOptions, openings: readonly Opening[]): Opening | undefined {
  const regime = fingerprint(options.regime);
  const variables = variablesKey(options.variables);
  return openings.find((o) => o.regime === regime && o.variables === variables);
}

/**
 * A new game. With its opening (`openingFor`), its first beat is on hand at once, and so is the answer to
 * a first choice taken at once; the inkjs Story is built the first time anything else is asked of
 * the runner (the autosave, after the words are painted), and plays what was shown to check it.
 */
export function beginRunner(options: RunnerOptions, opening?: Opening): Runner {
  if (!opening) return startRunner(options);

  let answered: Answer | null = null;
  let played: Runner | null = null;
  const ready = (): Runner => {
    if (played) return played;
    const runner = startRunner(options);
    if (!samePlace(opening, runner)) throw new StoryError('the opening built with the story is not how it starts');
    if (answered) {
      runner.choose(answered.index);
      if (!samePlace(answered, runner))
        throw new StoryError('the first answer built with the story is not where its choice leads');
    }
    played = runner;
    return runner;
  };
  const shown = () => played ?? answered ?? opening;
  return {
    get beat() {
      return shown().beat;
    },
    get score() {
      return shown().score;
    },
    get choices() {
      return played?.choices ?? (answered ? [answered.index] : []);
    },
    choose(index) {
      const answer = played || answered ? undefined : opening.answers.find((a) => a.index === index);
      if (!answer) return ready().choose(index);
      answered = answer;
      return answer.beat;
    },
    // The opening's own answers stand until a choice is taken; working out any other builds the Story.
    lookAhead: () =>
      played ||
      answered ||
      !opening.beat.choices.every((c) => c.locked || opening.answers.some((a) => a.index === c.index))
        ? ready().lookAhead()
        : false,
    snapshot: () => ready().snapshot(),
    restart: (seed, start) => ready().restart(seed, start),
    load: (snapshot) => ready().load(snapshot),
    takeBack: () => ready().takeBack(),
  };
}
