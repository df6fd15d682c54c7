// The states a story can be in, discovered lazily through the real runner and remembered: a state
// reached twice is played once. Random runs and exploration walk this graph. Node or browser.

import type { Regime } from '../model/regime.ts';
import type { Beat } from '../narrative/beat.ts';
import { startRunner, type Runner, type RunnerOptions, type RunnerSnapshot } from '../narrative/runner.ts';
import { countWords } from './playthrough.ts';

export interface StoryNode {
  key: string;
  beat: Beat;
  score: number;
  /** Words of the beat's paragraphs. */
  words: number;
  /** Knots and stitches entered on the way here, from ink's visit counts. */
  visited: readonly string[];
  snapshot: RunnerSnapshot;
  /** Where each choice leads, once someone has taken it; an error if taking it fails. */
  edges: Map<number, StoryNode | Error>;
}

export interface StoryGraph {
  root: StoryNode;
  readonly size: number;
  /** The state after taking `index` here, played through the runner the first time only. */
  follow(node: StoryNode, index: number): StoryNode;
}

/**
 * Two states are the same when everything that can shape what follows is: the whole ink state
 * except text already shown, the score, the lists, the chapter and scene. The seed counts only for
 * a story that draws random numbers, so one that does not shares states across runs.
 */
function keyOf(snapshot: RunnerSnapshot, seeded: boolean): { key: string; visited: string[] } {
  const ink = JSON.parse(snapshot.ink) as {
    flows?: Record<string, { outputStream?: unknown }>;
    visitCounts?: Record<string, number>;
    storySeed?: number;
    previousRandom?: number;
  };
  for (const flow of Object.values(ink.flows ?? {})) delete flow.outputStream;
  if (!seeded) {
    delete ink.storySeed;
    delete ink.previousRandom;
  }
  const { score, lists } = snapshot.score;
  const { chapter, scene, ending } = snapshot.beat;
  return {
    key: JSON.stringify([ink, score, lists, chapter, scene, ending]),
    visited: Object.keys(ink.visitCounts ?? {}),
  };
}

export function buildGraph(
  json: string,
  regime: Regime,
  seed = 1,
  variables: RunnerOptions['variables'] = {},
): StoryGraph {
  // Ink's random functions and shuffles compile to these commands; without them the seed changes nothing.
  const seeded = /"(rnd|srnd|seq)"/.test(json);
  const runner: Runner = startRunner({ story: json, regime, seed, variables });
  const nodes = new Map<string, StoryNode>();

  const nodeFor = (beat: Beat): StoryNode => {
    const snapshot = runner.snapshot();
    const { key, visited } = keyOf(snapshot, seeded);
    const known = nodes.get(key);
    if (known) return known;
    const node: StoryNode = {
      key,
      beat,
      score: runner.score.score,
      words: beat.paragraphs.reduce((sum, p) => sum + countWords(p.text), 0),
      visited,
      snapshot,
      edges: new Map(),
    };
    nodes.set(key, node);
    return node;
  };

  const root = nodeFor(runner.beat);
  return {
    root,
    get size() {
      return nodes.size;
    },
    follow(node, index) {
      const known = node.edges.get(index);
      if (known instanceof Error) throw known;
      if (known) return known;
      runner.load(node.snapshot);
      let next: StoryNode;
      try {
        next = nodeFor(runner.choose(index));
      } catch (error) {
        node.edges.set(index, error as Error);
        throw error;
      }
      node.edges.set(index, next);
      return next;
    },
  };
}
