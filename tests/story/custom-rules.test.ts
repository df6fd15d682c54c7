// Any rule set a class can write plays the story to an ending: 1,000 random valid rule sets, each played on a
// seeded random path of the short story and of the full one, through the real runner and the real model; and the
// debrief compares a life under one with the same life under every preset.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customRegimeId } from '../../src/model/regime-check';
import { randomFrom } from '../../src/model/random';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { buildDebrief } from '../../src/debrief/debrief';
import { LENGTH_VARIABLES } from '../../src/narrative/opening';
import { startRunner, type Runner } from '../../src/narrative/runner';
import { compileStory } from '../helpers/stories';
import { validRuleSet } from '../helpers/rule-sets';

const RULE_SETS = 1000;
const MAX_CHOICES = 1000;

/** Plays one seeded random path to its ending under the runner's current rules; the ending's id. */
function playToEnd(runner: Runner, seed: number, start: Parameters<Runner['restart']>[1]): string {
  const random = randomFrom(seed);
  let beat = runner.restart(seed, start);
  while (!beat.ending) {
    if (runner.choices.length >= MAX_CHOICES) throw new Error(`no ending after ${MAX_CHOICES} choices`);
    const open = beat.choices.filter((choice) => !choice.locked);
    beat = runner.choose(open[Math.floor(random() * open.length)].index);
  }
  return beat.ending;
}

describe('the story under rule sets a class wrote', () => {
  it('reaches an ending on both lengths under 1,000 random valid rule sets, the score always in range', () => {
    const runner = startRunner({ story: compileStory('story/en/main.ink').json, regime: DEFAULT_REGIME, seed: 1 });
    let played = 0;
    fc.assert(
      fc.property(validRuleSet, fc.nat(), (rules, seed) => {
        const regime = { id: customRegimeId(rules), ...rules };
        for (const length of ['short', 'full'] as const) {
          const ending = playToEnd(runner, seed, { regime, variables: LENGTH_VARIABLES[length] });
          expect(ending.startsWith('short_')).toBe(length === 'short');
          expect(runner.score.score).toBeGreaterThanOrEqual(regime.range.min);
          expect(runner.score.score).toBeLessThanOrEqual(regime.range.max);
          played += 1;
        }
      }),
      { numRuns: RULE_SETS },
    );
    expect(played).toBe(2 * RULE_SETS);
  });

  it("builds the debrief of a short life under 50 random class rule sets, beside every preset, named by the class", () => {
    const story = compileStory('story/en/main.ink').json;
    const runner = startRunner({ story, regime: DEFAULT_REGIME, seed: 1 });
    const presets = Object.values(REGIMES);
    fc.assert(
      fc.property(validRuleSet, fc.nat(), (rules, seed) => {
        const regime = { id: customRegimeId(rules), ...rules };
        const variables = LENGTH_VARIABLES.short;
        playToEnd(runner, seed, { regime, variables });
        const debrief = buildDebrief(story, regime, { seed, choices: [...runner.choices], variables }, presets);
        expect(debrief.name).toBe(rules.name);
        expect(debrief.outcomes.map((outcome) => outcome.regime)).toEqual([regime.id, ...presets.map((p) => p.id)]);
        expect(debrief.outcomes[0]).toMatchObject({ name: rules.name, score: runner.score.score });
      }),
      { numRuns: 50 },
    );
  });
});
