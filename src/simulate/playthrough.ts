// Plays a story through the real runner and score model with a chosen way of choosing (random,
// least-used, a persona), and records what the path read, took and saw. Used by checks, tests and the rules preview.
// Imports the model and runner types.

import type { GateId } from '../model/catalogue.ts';
import type { ScoreState } from '../model/score.ts';
import type { Beat, ChoiceView } from '../narrative/beat.ts';
import type { Runner } from '../narrative/runner.ts';
import type { Stance } from '../narrative/tags.ts';

export interface Playthrough {
  seed: number;
  choices: number[];
  ending: string;
  /** Words read: every paragraph and every choice taken. */
  words: number;
  choicePoints: number;
  score: ScoreState;
  /** Sources of the choices taken, in order. */
  taken: string[];
  /** Gates met on a choice, with whether they were open then. */
  gates: { gate: GateId; open: boolean }[];
  /** Every score the player saw, by chapter. */
  scores: { chapter: number; score: number }[];
}

/** Picks one of the open choices of a beat. */
export type Chooser = (open: ChoiceView[], beat: Beat, runner: Runner) => ChoiceView;

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function chooseRandomly(random: () => number): Chooser {
  return (open) => open[Math.floor(random() * open.length)];
}

/**
 * Takes the choice written with the first of these stances that the beat offers (`undefined`
 * stands for a choice written with no stance: the player who keeps out of the argument);
 * otherwise chooses at random.
 */
export function chooseStance(stances: readonly (Stance | undefined)[], random: () => number): Chooser {
  const fallback = chooseRandomly(random);
  return (open, beat, runner) => {
    for (const stance of stances) {
      const found = open.find((choice) => choice.stance === stance);
      if (found) return found;
    }
    return fallback(open, beat, runner);
  };
}

/**
 * Looks one step ahead on a scratch runner and takes whatever leaves the score highest, the way
 * someone who always protects their number would. Ties go to the first such choice.
 */
export function chooseForScore(scratch: Runner): Chooser {
  return (open, _beat, runner) => {
    const here = runner.snapshot();
    let best = open[0];
    let bestScore = -Infinity;
    for (const choice of open) {
      scratch.load(here);
      scratch.choose(choice.index);
      if (scratch.score.score > bestScore) {
        best = choice;
        bestScore = scratch.score.score;
      }
    }
    return best;
  };
}

export function playOnce(runner: Runner, seed: number, choose: Chooser, maxChoices = 1000): Playthrough {
  let beat = runner.restart(seed);
  const record: Playthrough = {
    seed,
    choices: [],
    ending: '',
    words: 0,
    choicePoints: 0,
    score: runner.score,
    taken: [],
    gates: [],
    scores: [{ chapter: beat.chapter, score: runner.score.score }],
  };
  const read = (next: Beat) => {
    for (const paragraph of next.paragraphs) record.words += countWords(paragraph.text);
    record.scores.push({ chapter: next.chapter, score: runner.score.score });
  };
  read(beat);
  while (!beat.ending) {
    if (runner.choices.length >= maxChoices) throw new Error(`no ending after ${maxChoices} choices: a runaway loop?`);
    for (const choice of beat.choices) if (choice.gate) record.gates.push({ gate: choice.gate, open: !choice.locked });
    const pick = choose(
      beat.choices.filter((choice) => !choice.locked),
      beat,
      runner,
    );
    record.words += countWords(pick.text);
    record.taken.push(pick.source);
    beat = runner.choose(pick.index);
    read(beat);
  }
  return {
    ...record,
    choices: [...runner.choices],
    ending: beat.ending,
    choicePoints: runner.choices.length,
    score: runner.score,
  };
}
