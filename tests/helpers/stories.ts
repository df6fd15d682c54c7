// Compiles stories for tests with the same compiler the build uses, failing loudly on any problem.

import path from 'node:path';
import type { StoryEngine } from '../../src/app/engine-arrival';
import { replayRunner, restoreRunner, startRunner } from '../../src/narrative/runner';
import { compileInk, formatProblem, type CompiledInk } from '../../src/tools/ink-compile';

const cache = new Map<string, CompiledInk>();

export function compileStory(file: string): CompiledInk {
  const absolute = path.resolve(file);
  const known = cache.get(absolute);
  if (known) return known;
  const { story, problems } = compileInk(absolute);
  if (!story || problems.length > 0) throw new Error(problems.map((p) => formatProblem(p)).join('\n'));
  cache.set(absolute, story);
  return story;
}

export const fixture = (name: string) => compileStory(`tests/fixtures/${name}/main.ink`);

/** The story engine as the game fetches it, here at once: the runner, with `story`'s compiled ink. */
export const engineFor = (story: { json: string }): StoryEngine => ({
  startRunner,
  restoreRunner,
  replayRunner,
  story: story.json,
});
