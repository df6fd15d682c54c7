// Plays a story through the real runner and score model, choosing at random among open choices,
// and reports what the path read, reached and saw. Used by story checks and tests. Node or browser.

import type { GateId } from '../model/catalogue.ts';
import type { Regime } from '../model/regime.ts';
import type { ScoreState } from '../model/score.ts';
import type { Beat } from '../narrative/beat.ts';
import { startRunner } from '../narrative/runner.ts';

export interface Playthrough {
  seed: number;
  choices: number[];
  ending: string;
  /** Words read: every paragraph and every choice taken. */
  words: number;
  choicePoints: number;
  score: ScoreState;
  /** Gates met on a choice, with whether they were open then. */
  gates: { gate: GateId; open: boolean }[];
  visits: (path: string) => number;
}

/** mulberry32: small, fast, and the same on every machine. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function playRandomly(story: string, regime: Regime, seed: number, maxChoices = 1000): Playthrough {
  const runner = startRunner({ story, regime, seed });
  const random = randomFrom(seed);
  const gates: Playthrough['gates'] = [];
  let words = 0;
  const read = (beat: Beat) => beat.paragraphs.reduce((sum, p) => sum + countWords(p.text), 0);
  let beat = runner.beat;
  words += read(beat);
  while (!beat.ending) {
    if (runner.choices.length >= maxChoices) throw new Error(`no ending after ${maxChoices} choices: a runaway loop?`);
    for (const choice of beat.choices) if (choice.gate) gates.push({ gate: choice.gate, open: !choice.locked });
    const open = beat.choices.filter((choice) => !choice.locked);
    const pick = open[Math.floor(random() * open.length)];
    words += countWords(pick.text);
    beat = runner.choose(pick.index);
    words += read(beat);
  }
  return {
    seed,
    choices: [...runner.choices],
    ending: beat.ending,
    words,
    choicePoints: runner.choices.length,
    score: runner.score,
    gates,
    visits: (path) => runner.visits(path),
  };
}
