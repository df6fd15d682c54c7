// A new game's first beat, played when the story is built, so the first words need no inkjs Story:
// building one takes most of a slow machine's first second. Imports model helpers and the runner's types.

import { isOneOf } from '../model/one-of.ts';
import { fnv1a } from '../model/random.ts';
import type { Regime } from '../model/regime.ts';
import type { ScoreState } from '../model/score.ts';
import type { Beat } from './beat.ts';
import type { Runner, RunnerOptions } from './runner.ts';
import { StoryError } from './story-error.ts';

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

/** FNV-1a over the rules as JSON: short enough to ship with each opening, cheap to work out at start. */
export const regimeFingerprint = (regime: Regime): string => fnv1a(JSON.stringify(regime)).toString(36);
export const variablesKey = (variables: RunnerOptions['variables'] = {}) => JSON.stringify(variables);
/** Whether two places in the story show the same beat with the same score. */
export const samePlace = (a: Pick<Opening, 'beat' | 'score'>, b: Pick<Opening, 'beat' | 'score'>) =>
  JSON.stringify(a.beat) === JSON.stringify(b.beat) && JSON.stringify(a.score) === JSON.stringify(b.score);

/** The opening played for these rules and starting variables, if one was, for `beginRunner`. */
export function openingFor(
  options: Pick<RunnerOptions, 'regime' | 'variables'>,
  openings: readonly Opening[],
): Opening | undefined {
  const regime = regimeFingerprint(options.regime);
  const variables = variablesKey(options.variables);
  return openings.find((o) => o.regime === regime && o.variables === variables);
}

/**
 * A new game, played by `start` (the runner's `startRunner`, which may load after the first words).
 * With its opening (`openingFor`), its first beat is on hand at once, and so is the answer to a first
 * choice taken at once; the inkjs Story is built the first time anything else is asked of the runner
 * (the autosave, after the words are painted), and plays what was shown to check it.
 */
export function beginRunner<Options extends Pick<RunnerOptions, 'regime' | 'variables'>>(
  options: Options,
  opening: Opening | undefined,
  start: (options: Options) => Runner,
): Runner {
  if (!opening) return start(options);

  let answered: Answer | null = null;
  let played: Runner | null = null;
  const ready = (): Runner => {
    if (played) return played;
    const runner = start(options);
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
