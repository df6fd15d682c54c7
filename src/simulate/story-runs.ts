// Many seeded random playthroughs of one story, walked over the story graph so that a state
// reached before is not played again, and summed up into plain counts. Node or browser.

import type { Regime } from '../model/regime.ts';
import type { ChoiceView } from '../narrative/beat.ts';
import type { RunnerOptions } from '../narrative/runner.ts';
import { countWords } from './playthrough.ts';
import { randomFrom } from '../model/random.ts';
import type { StoryGraph } from './story-graph.ts';

export interface RunStats {
  runs: number;
  endings: Record<string, number>;
  words: number[];
  choicePoints: number[];
  /** Each finished run's score at its ending. */
  finals: number[];
  /** Finished runs that met each door on a choice, and how many of them found it shut at least once. */
  doors: Record<string, { met: number; shut: number }>;
  /** Runs that entered each knot or stitch. */
  sections: Record<string, number>;
  /** Times each choice (by source) was taken. */
  taken: Record<string, number>;
  gates: Record<string, { open: number; locked: number }>;
  /** Lowest and highest score seen in each chapter. */
  chapters: Record<string, { min: number; max: number }>;
  /** Each distinct failure once, with the first run that met it and how many runs did. */
  errors: { message: string; seed: number; choices: number[]; runs: number }[];
}

/** Everything a worker needs to play a share of the runs, as plain data it can be sent. */
export interface RunJob {
  json: string;
  regime: Regime;
  /** The seed the story graph starts from; each run has its own. */
  seed: number;
  variables: NonNullable<RunnerOptions['variables']>;
  firstSeed: number;
  runs: number;
  preferUnused: boolean;
}

const add = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Picks among the open choices; `used` counts choices taken so far, by source. */
export type RunChooser = (open: ChoiceView[], random: () => number, used: Record<string, number>) => ChoiceView;

export const pickAtRandom: RunChooser = (open, random) => open[Math.floor(random() * open.length)];

/** Prefers the choice taken least often so far, so rare branches get played (ChoiceScript's "avoid used options"). */
export const pickLeastUsed: RunChooser = (open, random, used) => {
  const fewest = Math.min(...open.map((choice) => used[choice.source] ?? 0));
  const rare = open.filter((choice) => (used[choice.source] ?? 0) === fewest);
  return rare[Math.floor(random() * rare.length)];
};

/** Figures of no runs yet, to add runs to. */
export const emptyRunStats = (): RunStats => ({
  runs: 0,
  endings: {},
  words: [],
  choicePoints: [],
  finals: [],
  doors: {},
  sections: {},
  taken: {},
  gates: {},
  chapters: {},
  errors: [],
});

export function playRuns(graph: StoryGraph, options: { firstSeed: number; runs: number; pick: RunChooser }): RunStats {
  const stats = emptyRunStats();
  for (let seed = options.firstSeed; seed < options.firstSeed + options.runs; seed += 1) {
    const random = randomFrom(seed);
    const path: number[] = [];
    let node = graph.root;
    let words = node.words;
    const met = new Map<string, boolean>();
    const seen = (score: number, chapter: number) => {
      const range = (stats.chapters[chapter] ??= { min: score, max: score });
      range.min = Math.min(range.min, score);
      range.max = Math.max(range.max, score);
    };
    seen(node.score, node.beat.chapter);
    try {
      while (!node.beat.ending) {
        if (path.length >= 1000) throw new Error('no ending after 1000 choices: a runaway loop?');
        for (const choice of node.beat.choices) {
          if (!choice.gate) continue;
          stats.gates[choice.gate] ??= { open: 0, locked: 0 };
          stats.gates[choice.gate][choice.locked ? 'locked' : 'open'] += 1;
          met.set(choice.gate, (met.get(choice.gate) ?? false) || Boolean(choice.locked));
        }
        const pick = options.pick(
          node.beat.choices.filter((choice) => !choice.locked),
          random,
          stats.taken,
        );
        path.push(pick.index);
        add(stats.taken, pick.source);
        words += countWords(pick.text);
        node = graph.follow(node, pick.index);
        words += node.words;
        seen(node.score, node.beat.chapter);
      }
    } catch (error) {
      const message = (error as Error).message;
      const known = stats.errors.find((e) => e.message === message);
      if (known) known.runs += 1;
      else stats.errors.push({ message, seed, choices: path, runs: 1 });
      continue;
    }
    stats.runs += 1;
    add(stats.endings, node.beat.ending);
    stats.words.push(words);
    stats.choicePoints.push(path.length);
    stats.finals.push(node.score);
    for (const [gate, shut] of met) {
      const door = (stats.doors[gate] ??= { met: 0, shut: 0 });
      door.met += 1;
      if (shut) door.shut += 1;
    }
    for (const section of node.visited) add(stats.sections, section);
  }
  return stats;
}

/** Two sets of runs counted as one, as if one loop had played them all. */
export function mergeRunStats(a: RunStats, b: RunStats): RunStats {
  const sum = (x: Record<string, number>, y: Record<string, number>) => {
    const total = { ...x };
    for (const [key, n] of Object.entries(y)) add(total, key, n);
    return total;
  };
  const gates = structuredClone(a.gates);
  for (const [gate, seen] of Object.entries(b.gates)) {
    gates[gate] ??= { open: 0, locked: 0 };
    gates[gate].open += seen.open;
    gates[gate].locked += seen.locked;
  }
  const doors = structuredClone(a.doors);
  for (const [gate, seen] of Object.entries(b.doors)) {
    doors[gate] ??= { met: 0, shut: 0 };
    doors[gate].met += seen.met;
    doors[gate].shut += seen.shut;
  }
  const chapters = structuredClone(a.chapters);
  for (const [chapter, range] of Object.entries(b.chapters)) {
    const mine = (chapters[chapter] ??= { ...range });
    mine.min = Math.min(mine.min, range.min);
    mine.max = Math.max(mine.max, range.max);
  }
  const errors = a.errors.map((error) => ({ ...error }));
  for (const error of b.errors) {
    const known = errors.find((e) => e.message === error.message);
    if (known) known.runs += error.runs;
    else errors.push({ ...error });
  }
  return {
    runs: a.runs + b.runs,
    endings: sum(a.endings, b.endings),
    words: [...a.words, ...b.words],
    choicePoints: [...a.choicePoints, ...b.choicePoints],
    finals: [...a.finals, ...b.finals],
    doors,
    sections: sum(a.sections, b.sections),
    taken: sum(a.taken, b.taken),
    gates,
    chapters,
    errors,
  };
}
