import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/debrief';
import { PROMPTS } from '../../src/debrief/prompts';
import { GATES } from '../../src/model/catalogue';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { tierOf } from '../../src/model/score';
import { startRunner } from '../../src/narrative/runner';
import { chooseRandomly, playOnce } from '../../src/simulate/playthrough';
import { randomFrom } from '../../src/model/random';
import { compileStory } from '../helpers/stories';
import { en } from '../../src/i18n/en';
import { ar } from '../../src/i18n/ar';

const story = () => compileStory('story/en/main.ink').json;
const others = Object.values(REGIMES).filter((regime) => regime !== DEFAULT_REGIME);

function debriefOf(seed: number) {
  const runner = startRunner({ story: story(), regime: DEFAULT_REGIME, seed });
  const played = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
  return { played, debrief: buildDebrief(story(), DEFAULT_REGIME, { seed, choices: played.choices }, others) };
}

describe('the debrief', () => {
  it('charts the score from the regime’s base through every ledger line to the final score', () => {
    const { played, debrief } = debriefOf(3);
    expect(debrief.timeline[0]).toMatchObject({ step: 0, score: DEFAULT_REGIME.base });
    expect(debrief.timeline.slice(1).map((point) => point.entry)).toEqual(played.score.ledger);
    expect(debrief.timeline.at(-1)?.score).toBe(played.score.score);
    expect(debrief.timeline.every((point) => point.tier === tierOf(DEFAULT_REGIME, point.score))).toBe(true);
  });

  it('opens the whole rule table and marks the rules that touched this player by how often', () => {
    const { played, debrief } = debriefOf(4);
    expect(debrief.events.reduce((sum, row) => sum + row.hits, 0)).toBe(played.score.ledger.length);
    expect(debrief.events.find((row) => row.event === 'crossed_on_red')?.delta).toBe(-20);
    expect(debrief.gates.map((row) => row.gate)).toEqual([...GATES]);
    expect(
      debrief.gates
        .filter((row) => row.met)
        .map((row) => row.gate)
        .sort(),
    ).toEqual([...new Set(debrief.doors.map((door) => door.gate))].sort());
  });

  it('lists every door met with whether it was open, and a reason whenever it was shut', () => {
    const { played, debrief } = debriefOf(5);
    const gated = played.gates.length;
    expect(debrief.doors).toHaveLength(gated);
    expect(debrief.doors.map((door) => door.open)).toEqual(played.gates.map((gate) => gate.open));
    expect(debrief.doors.every((door) => door.open || door.reason)).toBe(true);
  });

  it('shows the roads not taken at each key decision, with the option taken among those offered', () => {
    const { debrief } = debriefOf(6);
    expect(debrief.roads.length).toBeGreaterThanOrEqual(10);
    for (const road of debrief.roads) {
      expect(road.options.length).toBeGreaterThan(1);
      expect(road.options[road.chosen]).toBeDefined();
    }
  });

  it('says, for every option at every key decision, what that road led to in the story, in every language', () => {
    const roads = new Set<string>();
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      for (const road of debriefOf(seed).debrief.roads) {
        for (const option of road.options) {
          expect(option.road, `${road.poll}: ${option.text}`).toBeDefined();
          roads.add(option.road ?? '');
        }
      }
    }
    expect(roads.size).toBeGreaterThan(20);
    for (const table of [en, ar]) {
      for (const road of roads) expect(table.roads[road], road).toMatch(/\S/);
    }
  });

  it('puts the regime in force first and every other preset after it, each with an ending', () => {
    const { played, debrief } = debriefOf(7);
    expect(debrief.outcomes.map((outcome) => outcome.regime)).toEqual(Object.keys(REGIMES));
    expect(debrief.outcomes[0]).toMatchObject({ ending: played.ending, score: played.score.score });
    expect(debrief.outcomes.every((outcome) => outcome.ending)).toBe(true);
  });

  it('asks the questions that fit what this player did, and only those', () => {
    for (const seed of [8, 9, 10]) {
      const { played, debrief } = debriefOf(seed);
      const counted = new Set(played.score.ledger.map((entry) => entry.event));
      for (const prompt of PROMPTS) {
        if (!('event' in prompt.when)) continue;
        expect(debrief.prompts.includes(prompt.id), `${prompt.id}, seed ${seed}`).toBe(counted.has(prompt.when.event));
      }
      const shut = played.gates.some((gate) => !gate.open);
      expect(debrief.prompts.includes('locked_out')).toBe(shut);
      expect(debrief.prompts.includes('every_door_open')).toBe(!shut);
    }
  });

  it('refuses a playthrough that does not replay to its ending under its own rules', () => {
    expect(() => buildDebrief(story(), DEFAULT_REGIME, { seed: 1, choices: [99] }, [])).toThrow();
  });
});
