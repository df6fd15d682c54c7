// The states a story can be in, discovered lazily through the real runner and remembered: a state
// reached twice is played once. Random runs and exploration walk this graph. Node or browser.
// Remembering costs a snapshot per step, so a graph that finds almost every state new (a long
// story where paths rarely meet) can stop remembering and simply play on.

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
  /** Null for a state passed through without remembering it. */
  snapshot: RunnerSnapshot | null;
  /** Where each choice leads, once someone has taken it; an error if taking it fails. */
  edges: Map<number, StoryNode | Error>;
}

export interface StoryGraph {
  root: StoryNode;
  readonly size: number;
  /** Whether new states are still being remembered. */
  readonly remembering: boolean;
  /** Keeps remembering from now on, whatever the reuse: exploration must be able to revisit every state. */
  settle(): void;
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

/** After this many steps, a graph whose states are nearly all new stops remembering them. */
const PATIENCE = 3000;

export function buildGraph(
  json: string,
  regime: Regime,
  seed = 1,
  variables: RunnerOptions['variables'] = {},
  options: { adaptive?: boolean } = {},
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

  /** A state played through without a snapshot; only an ending needs to know what was visited. */
  const passing = (beat: Beat): StoryNode => ({
    key: '',
    beat,
    score: runner.score.score,
    words: beat.paragraphs.reduce((sum, p) => sum + countWords(p.text), 0),
    visited: beat.ending ? keyOf(runner.snapshot(), seeded).visited : [],
    snapshot: null,
    edges: new Map(),
  });

  const root = nodeFor(runner.beat);
  /** The node whose state the runner holds right now, so following it needs no reload. */
  let live: StoryNode | null = root;
  let remembering = true;
  let adaptive = options.adaptive ?? false;
  let steps = 0;
  return {
    root,
    get size() {
      return nodes.size;
    },
    get remembering() {
      return remembering;
    },
    settle() {
      adaptive = false;
    },
    follow(node, index) {
      const known = node.edges.get(index);
      if (known instanceof Error) throw known;
      if (known) return known;
      if (node !== live) {
        if (!node.snapshot) throw new Error('a state passed through without a snapshot cannot be revisited');
        runner.load(node.snapshot);
      }
      let next: StoryNode;
      try {
        const beat = runner.choose(index);
        steps += 1;
        next = remembering ? nodeFor(beat) : passing(beat);
      } catch (error) {
        live = null;
        if (remembering) node.edges.set(index, error as Error);
        throw error;
      }
      if (remembering) node.edges.set(index, next);
      if (adaptive && remembering && steps >= PATIENCE && nodes.size > 0.8 * steps) remembering = false;
      live = next;
      return next;
    },
  };
}
