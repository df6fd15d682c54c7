// Paths through the real story found with the game's own runner, for browser tests to click along.

import story from '../../story/en/main.ink';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { randomFrom } from '../../src/model/random';

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
