import { describe, expect, it } from 'vitest';
import { REGIMES } from '../../src/model/regimes';
import { findOpenings } from '../../src/narrative/find-openings';
import { beginRunner, LENGTH_VARIABLES, openingFor } from '../../src/narrative/opening';
import type { RunnerOptions } from '../../src/narrative/runner';
import { startRunner } from '../../src/narrative/runner';
import { compileStory, fixture } from '../helpers/stories';

const regimes = Object.values(REGIMES);
const lengths = Object.values(LENGTH_VARIABLES);
const openingsOf = (json: string) => findOpenings(json, regimes, lengths);
/** A new game begun as the session begins one. */
const begin = (options: RunnerOptions, openings: ReturnType<typeof openingsOf>) =>
  beginRunner(options, openingFor(options, openings), startRunner);

describe('openings played at build time', () => {
  it.each(['en', 'ar'])(
    'has an opening for every regime and length of the %s story, the same as a game begun with any seed',
    (lang) => {
      const json = compileStory(`story/${lang}/main.ink`).json;
      const openings = openingsOf(json);
      expect(openings).toHaveLength(regimes.length * lengths.length);
      for (const regime of regimes) {
        for (const variables of lengths) {
          const runner = startRunner({ story: json, regime, seed: 1, variables });
          const opening = begin({ story: json, regime, seed: 1, variables }, openings);
          for (let seed = 1_000; seed < 1_000 + 40 * 7919; seed += 7919) {
            const beat = runner.restart(seed);
            expect(opening.beat).toEqual(beat);
            expect(opening.score).toEqual(runner.score);
          }
        }
      }
    },
  );

  it.each(['en', 'ar'])(
    'answers every open first choice of the %s story as a game begun with any seed plays it',
    (lang) => {
      const json = compileStory(`story/${lang}/main.ink`).json;
      for (const regime of regimes) {
        for (const variables of lengths) {
          const [opening] = findOpenings(json, [regime], [variables]);
          const open = opening.beat.choices.filter((choice) => !choice.locked).map((choice) => choice.index);
          expect(opening.answers.map((answer) => answer.index)).toEqual(open);
          const runner = startRunner({ story: json, regime, seed: 1, variables });
          for (const answer of opening.answers) {
            for (const seed of [4_242, 90_001]) {
              runner.restart(seed);
              expect(runner.choose(answer.index)).toEqual(answer.beat);
              expect(runner.score).toEqual(answer.score);
            }
          }
        }
      }
    },
  );

  it('keeps no opening that chance shapes', () => {
    expect(openingsOf(fixture('chance-opening').json)).toEqual([]);
  });

  it('answers each open first choice in advance, except one that chance shapes', () => {
    const [opening] = openingsOf(fixture('chance-answer').json);
    expect(opening.answers.map((answer) => answer.index)).toEqual([1]);
    expect(opening.answers[0].beat.paragraphs[0].text).toBe('You leave them in the cup.');
  });

  it('keeps no opening for a start that fails, leaving the game to report it', () => {
    // The fixture declares no `length`, so its short start cannot be played.
    const openings = openingsOf(fixture('gates').json);
    expect(openings.map((o) => o.variables)).toEqual(regimes.map(() => '{}'));
  });
});
