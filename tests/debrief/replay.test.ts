import { describe, expect, it } from 'vitest';
import { replay } from '../../src/debrief/replay';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { chooseRandomly, playOnce } from '../../src/simulate/playthrough';
import { randomFrom } from '../../src/model/random';
import { LENGTHS } from '../../src/tools/story-audit';
import { compileStory } from '../helpers/stories';

const story = () => compileStory('story/en/main.ink').json;
/** One runner for the replays, as the debrief keeps one: replay() restarts it under each regime. */
const replayer = () => startRunner({ story: story(), regime: DEFAULT_REGIME, seed: 1 });

describe('replaying a playthrough', () => {
  it('retraces a playthrough under its own rules to the same ending, score and ledger', () => {
    const runner = startRunner({ story: story(), regime: DEFAULT_REGIME, seed: 1 });
    const replaying = replayer();
    for (let seed = 1; seed <= 20; seed += 1) {
      const played = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
      const again = replay(replaying, DEFAULT_REGIME, { seed, choices: played.choices });
      expect(again.ending).toBe(played.ending);
      expect(again.score).toEqual(played.score);
      expect(again.divergedAt).toBeUndefined();
      expect(again.steps.map((step) => step.taken)).toEqual(played.choices);
      expect(again.steps.every((step) => step.own)).toBe(true);
    }
  });

  it('takes a different road where a door the player took is shut under other rules, and still ends', () => {
    const strict = REGIMES.strict_mandatory;
    const runner = startRunner({ story: story(), regime: DEFAULT_REGIME, seed: 1 });
    const replaying = replayer();
    let diverged = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const played = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
      const other = replay(replaying, strict, { seed, choices: played.choices });
      expect(other.stopped).toBeUndefined();
      expect(other.ending).toEqual(expect.any(String));
      if (other.divergedAt) {
        diverged += 1;
        const first = other.steps.findIndex((step) => !step.own);
        expect(other.steps.slice(0, first).map((step) => step.taken)).toEqual(played.choices.slice(0, first));
      }
    }
    expect(diverged).toBeGreaterThan(0);
  });

  it.each(LENGTHS)('reaches an ending under every preset for 60 random $name playthroughs', ({ variables }) => {
    const runner = startRunner({ story: story(), regime: DEFAULT_REGIME, seed: 1, variables });
    const replaying = replayer();
    for (let seed = 1; seed <= 60; seed += 1) {
      const played = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
      for (const regime of Object.values(REGIMES)) {
        const other = replay(replaying, regime, { seed, choices: played.choices, variables });
        expect(other.stopped, `${regime.id}, seed ${seed}`).toBeUndefined();
        expect(other.ending).not.toBeNull();
      }
    }
  });

  it('replays on a reused runner exactly as on a fresh one, whatever rules it last played under', () => {
    const runner = startRunner({ story: story(), regime: DEFAULT_REGIME, seed: 3 });
    const replaying = replayer();
    for (const seed of [3, 4]) {
      const played = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
      for (const regime of Object.values(REGIMES)) {
        const fresh = replay(story(), regime, { seed, choices: played.choices });
        expect(replay(replaying, regime, { seed, choices: played.choices })).toEqual(fresh);
      }
    }
  });

  it('says where and why the road changed, instead of failing, when a choice is not there at all', () => {
    const other = replay(story(), DEFAULT_REGIME, { seed: 1, choices: [99] });
    expect(other.divergedAt).toMatchObject({ chapter: 1, reason: 'absent' });
    expect(other.ending).toEqual(expect.any(String));
  });
});
