// Plays a finished playthrough again from its seed and choices, under its own rules or another
// regime's, and keeps every choice point met. Pure; imports the runner and the model, no DOM.

import type { Regime, RegimeId } from '../model/regime';
import type { ScoreState } from '../model/score';
import type { Beat, ChoiceView } from '../narrative/beat';
import { startRunner, type Runner, type RunnerOptions } from '../narrative/runner';
import type { Stance } from '../narrative/tags';

/** A playthrough as it can be replayed: plain data a save or a results file already carries. */
export interface Playthrough {
  seed: number;
  choices: readonly number[];
  variables?: RunnerOptions['variables'];
}

/** One choice point: what was offered (with locks), what was taken, and whether it was the player's own. */
export interface Step {
  chapter: number;
  poll?: string;
  choices: ChoiceView[];
  taken: number;
  /** False once the replay had to choose for the player because their choice was shut or absent. */
  own: boolean;
}

export interface Replay {
  regime: RegimeId;
  steps: Step[];
  score: ScoreState;
  /** The ending reached, or null when the story could not go on under these rules. */
  ending: string | null;
  /** The first choice point where the player's choice could not be made under these rules. */
  divergedAt?: { chapter: number; wanted: string; reason: 'locked' | 'absent' };
  /** Why the replay stopped early, if it did: the runner's own message. */
  stopped?: string;
}

/** More steps than any path through the story has: a replay that gets here is looping. */
const MAX_STEPS = 500;

/**
 * Replays the player's choice indices while the story offers the same choice points. Where a door
 * the player took is shut under these rules, or the paths have parted, it takes the open choice
 * that matches the player's most frequent stance, or else the first open one — a different road,
 * never a crash. Given a runner rather than the story's JSON, it replays on that runner (the debrief
 * replays under every preset on one: building the Story is the costly part).
 */
export function replay(story: string | Runner, regime: Regime, play: Playthrough): Replay {
  const start = { regime, variables: play.variables ?? {} };
  const runner = typeof story === 'string' ? startRunner({ story, seed: play.seed, ...start }) : story;
  if (typeof story !== 'string') runner.restart(play.seed, start);
  const steps: Step[] = [];
  const result: Replay = { regime: regime.id, steps, score: runner.score, ending: null };
  let beat: Beat = runner.beat;
  let stance: Stance | undefined;
  let onPath = true;
  try {
    while (!beat.ending) {
      if (steps.length >= MAX_STEPS) throw new Error(`no ending after ${MAX_STEPS} choices`);
      const wanted = onPath ? play.choices[steps.length] : undefined;
      const wantedChoice = beat.choices.find((choice) => choice.index === wanted);
      const open = beat.choices.filter((choice) => !choice.locked);
      let taken = wantedChoice && !wantedChoice.locked ? wantedChoice : undefined;
      if (!taken) {
        if (onPath) {
          onPath = false;
          stance = dominantStance(steps);
          result.divergedAt = {
            chapter: beat.chapter,
            wanted: wantedChoice?.text ?? '',
            reason: wantedChoice ? 'locked' : 'absent',
          };
        }
        taken = open.find((choice) => stance && choice.stance === stance) ?? open[0];
      }
      steps.push({
        chapter: beat.chapter,
        poll: beat.poll,
        choices: beat.choices,
        taken: taken.index,
        own: onPath,
      });
      beat = runner.choose(taken.index);
    }
    result.ending = beat.ending;
  } catch (error) {
    result.stopped = error instanceof Error ? error.message : String(error);
  }
  result.score = runner.score;
  return result;
}

/** The stance the player took most often on the way, ties going to the earliest met. */
function dominantStance(steps: readonly Step[]): Stance | undefined {
  const counts = new Map<Stance, number>();
  for (const step of steps) {
    const stance = step.choices.find((choice) => choice.index === step.taken)?.stance;
    if (stance) counts.set(stance, (counts.get(stance) ?? 0) + 1);
  }
  let best: Stance | undefined;
  for (const [stance, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = stance;
  return best;
}
