import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import type { Beat } from '../../src/narrative/beat';
import { startRunner } from '../../src/narrative/runner';
import { chooseRandomly, playOnce } from '../../src/simulate/playthrough';
import { randomFrom } from '../../src/model/random';
import { LENGTHS } from '../../src/tools/story-audit';
import { compareEditions } from '../../src/tools/story-parity';
import { compileStory } from '../helpers/stories';

const REFERENCE = 'en';
const translations = readdirSync('story').filter((lang) => lang !== REFERENCE);
const reference = () => compileStory(`story/${REFERENCE}/main.ink`);

it('finds a translation to hold to the English', () => {
  expect(translations.length).toBeGreaterThan(0);
});

describe.each(translations)('the %s edition', (lang) => {
  const edition = () => compileStory(`story/${lang}/main.ink`);

  it('has the same knots, stitches, logic, choices, tags, events and gates as the English', () => {
    expect(compareEditions(reference().json, edition().json, { reference: REFERENCE, other: lang })).toEqual([]);
  });

  it.each(LENGTHS)('plays the same path to the same score, ledger and ending for the same choices ($name)', ({ variables }) => {
    const options = { regime: DEFAULT_REGIME, seed: 1, variables };
    const english = startRunner({ ...options, story: reference().json });
    const translated = startRunner({ ...options, story: edition().json });
    const offer = (beat: Beat) => beat.choices.map((c) => [c.index, c.source, c.gate, c.stance, c.locked?.key]);
    for (let seed = 1; seed <= 100; seed += 1) {
      // What the English offered at each choice point, and its last beat's (none, at an ending).
      const inEnglish: unknown[] = [];
      const random = chooseRandomly(randomFrom(seed));
      const played = playOnce(english, seed, (open, beat, runner) => {
        inEnglish.push(offer(beat));
        return random(open, beat, runner);
      });
      inEnglish.push(offer(english.beat));
      let beat = translated.restart(seed);
      const inTranslation = [offer(beat)];
      for (const index of played.choices) {
        beat = translated.choose(index);
        inTranslation.push(offer(beat));
      }
      expect(inTranslation, `seed ${seed}`).toEqual(inEnglish);
      expect(beat.ending).toBe(played.ending);
      expect(translated.score).toEqual(played.score);
    }
  });
});
