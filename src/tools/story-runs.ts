// Many seeded random playthroughs of one story, walked over the story graph so that a state
// reached before is not played again, and summed up into plain counts. Node or browser.

import type { ChoiceView } from '../narrative/beat.ts';
import { countWords, randomFrom } from './playthrough.ts';
import type { StoryGraph } from './story-graph.ts';

export interface RunStats {
  runs: number;
  endings: Record<string, number>;
  words: number[];
  choicePoints: number[];
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

export function playRuns(graph: StoryGraph, options: { firstSeed: number; runs: number; pick: RunChooser }): RunStats {
  const stats: RunStats = {
    runs: 0,
    endings: {},
    words: [],
    choicePoints: [],
    sections: {},
    taken: {},
    gates: {},
    chapters: {},
    errors: [],
  };
  for (let seed = options.firstSeed; seed < options.firstSeed + options.runs; seed += 1) {
    const random = randomFrom(seed);
    const path: number[] = [];
    let node = graph.root;
    let words = node.words;
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
    for (const section of node.visited) add(stats.sections, section);
  }
  return stats;
}
