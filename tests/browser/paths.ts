// Paths through the real story found with the game's own runner, for browser tests to click along.

import { compileStory } from '../helpers/stories';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { startRunner, type Runner } from '../../src/narrative/runner';
import { encodeSave, GAME_ID, SAVE_FORMAT } from '../../src/app/save';
import { randomFrom } from '../../src/model/random';

/** The English story, compiled as the build compiles it. */
const story = compileStory('story/en/main.ink');

/** A seed and the choices after which a locked choice is on screen, with that choice. */
export function pathToLockedChoice() {
  for (let seed = 1; seed < 500; seed += 1) {
    const runner = startRunner({ story: story.json, regime: DEFAULT_REGIME, seed });
    const random = randomFrom(seed);
    while (!runner.beat.ending) {
      const locked = runner.beat.choices.find((choice) => choice.locked);
      if (locked?.locked) return { seed, plan: [...runner.choices], locked, reason: locked.locked };
      const open = runner.beat.choices.filter((choice) => !choice.locked);
      runner.choose(open[Math.floor(random() * open.length)].index);
    }
  }
  throw new Error('no path shows a locked choice');
}

/** A save of the runner as it stands, as the game writes it. */
export function saveOf(runner: Runner): string {
  return encodeSave({
    game: GAME_ID,
    format: SAVE_FORMAT,
    story: story.version,
    lang: 'en',
    regime: DEFAULT_REGIME.id,
    savedAt: '2026-12-01T09:00:00.000Z',
    runner: runner.snapshot(),
  });
}

/** Saves standing at a locked choice and one choice before an ending, with the choice that ends it. */
export function savesForChecks(): { locked: string; beforeEnding: string; lastChoice: number } {
  const { seed, plan } = pathToLockedChoice();
  const runner = startRunner({ story: story.json, regime: DEFAULT_REGIME, seed });
  for (const index of plan) runner.choose(index);
  const locked = saveOf(runner);
  const random = randomFrom(seed);
  for (;;) {
    const open = runner.beat.choices.filter((choice) => !choice.locked);
    const next = open[Math.floor(random() * open.length)].index;
    const before = saveOf(runner);
    if (runner.choose(next).ending) return { locked, beforeEnding: before, lastChoice: next };
  }
}
