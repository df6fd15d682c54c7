// Walks the story graph breadth first, taking every open choice from every distinct state, so
// choices random play rarely reaches are still taken. Bounded by a number of states, not by time, so its
// verdicts are the same on any machine; says if it stopped early.

import type { StoryGraph, StoryNode } from '../simulate/story-graph.ts';

export interface Exploration {
  states: number;
  complete: boolean;
  taken: Set<string>;
  sections: Set<string>;
  endings: Set<string>;
  errors: string[];
}

export function exploreGraph(graph: StoryGraph, maxStates: number): Exploration {
  const result: Exploration = {
    states: 0,
    complete: false,
    taken: new Set(),
    sections: new Set(),
    endings: new Set(),
    errors: [],
  };
  const queue: { node: StoryNode; path: number[] }[] = [{ node: graph.root, path: [] }];
  const queued = new Set([graph.root.key]);
  for (let next = 0; next < queue.length; next += 1) {
    if (result.states >= maxStates) return result;
    const { node, path } = queue[next];
    result.states += 1;
    for (const section of node.visited) result.sections.add(section);
    if (node.beat.ending) result.endings.add(node.beat.ending);
    for (const choice of node.beat.choices.filter((c) => !c.locked)) {
      let after: StoryNode;
      try {
        after = graph.follow(node, choice.index);
      } catch (error) {
        result.errors.push(`choices [${[...path, choice.index].join(', ')}]: ${(error as Error).message}`);
        continue;
      }
      result.taken.add(choice.source);
      if (!queued.has(after.key)) {
        queued.add(after.key);
        queue.push({ node: after, path: [...path, choice.index] });
      }
    }
  }
  result.complete = true;
  return result;
}
