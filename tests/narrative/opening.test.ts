import { describe, expect, it } from 'vitest';
import type { Regime } from '../../src/model/regime';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { findOpenings } from '../../src/narrative/find-openings';
import { beginRunner as beginWith, LENGTH_VARIABLES, openingFor, type Opening } from '../../src/narrative/opening';
import { startRunner, type RunnerOptions } from '../../src/narrative/runner';
import { StoryError } from '../../src/narrative/story-error';
import { compileStory } from '../helpers/stories';

const regimes = Object.values(REGIMES);
const lengths = Object.values(LENGTH_VARIABLES);
const english = compileStory('story/en/main.ink').json;
const openingsOf = (json: string) => findOpenings(json, regimes, lengths);
/** A new game begun from whichever of `openings` fits it, as the session begins one. */
const beginRunner = (options: RunnerOptions, openings: readonly Opening[]) =>
  beginWith(options, openingFor(options, openings), startRunner);

describe('a new game begun from its opening', () => {
  const options = { story: english, regime: DEFAULT_REGIME, seed: 77, variables: LENGTH_VARIABLES.full };
  const openings = openingsOf(english);

  it('shows its first beat without building the story, and builds it when more is asked', () => {
    const opening = beginRunner({ ...options, story: 'not a story' }, openings);
    expect(opening.beat.paragraphs[0].text).toMatch(/^The message arrived at midnight/);
    expect(opening.score.score).toBe(DEFAULT_REGIME.base);
    expect(opening.choices).toEqual([]);
    expect(() => opening.snapshot()).toThrow();
  });

  it('plays on exactly as a game started at once: same save, same next beat, same score', () => {
    const begun = beginRunner(options, openings);
    const started = startRunner(options);
    expect(begun.snapshot()).toEqual(started.snapshot());
    expect(begun.choose(0)).toEqual(started.choose(0));
    expect(begun.score).toEqual(started.score);
    expect(begun.choices).toEqual([0]);
    expect(begun.takeBack()).toEqual(started.takeBack());
  });

  it('answers a first choice taken at once without building the story', () => {
    const started = startRunner(options);
    const opening = beginRunner({ ...options, story: 'not a story' }, openings);
    expect(opening.choose(0)).toEqual(started.choose(0));
    expect(opening.beat).toEqual(started.beat);
    expect(opening.score).toEqual(started.score);
    expect(opening.choices).toEqual([0]);
    expect(() => opening.snapshot()).toThrow();
  });

  it('has nothing to work out ahead on its first beat, whose answers it already holds', () => {
    const opening = beginRunner({ ...options, story: 'not a story' }, openings);
    expect(opening.lookAhead()).toBe(false);
    expect(opening.beat.paragraphs[0].text).toMatch(/^The message arrived at midnight/);
  });

  it('works out the next choices after an answer given in advance, building the story to do so', () => {
    const begun = beginRunner(options, openings);
    const started = startRunner(options);
    begun.choose(0);
    started.choose(0);
    while (begun.lookAhead());
    expect(begun.snapshot()).toEqual(started.snapshot());
    const next = started.beat.choices.find((choice) => !choice.locked)?.index ?? 0;
    expect(begun.choose(next)).toEqual(started.choose(next));
    expect(begun.score).toEqual(started.score);
  });

  it('plays on after an answer given in advance exactly as a game started at once', () => {
    const begun = beginRunner(options, openings);
    const started = startRunner(options);
    expect(begun.choose(1)).toEqual(started.choose(1));
    expect(begun.snapshot()).toEqual(started.snapshot());
    const next = started.beat.choices.find((choice) => !choice.locked)?.index ?? 0;
    expect(begun.choose(next)).toEqual(started.choose(next));
    expect(begun.choices).toEqual([1, next]);
    expect(begun.takeBack()).toEqual(started.takeBack());
  });

  it('does not use an opening played under other rules that carry the same name', () => {
    const harsher: Regime = { ...DEFAULT_REGIME, base: DEFAULT_REGIME.base - 100 };
    const begun = beginRunner({ ...options, regime: harsher }, openings);
    expect(begun.score.score).toBe(harsher.base);
    expect(begun.beat).toEqual(startRunner({ ...options, regime: harsher }).beat);
  });

  it('refuses to play on from an opening that is not how the story starts', () => {
    const altered = openings.map((o) => ({
      ...o,
      beat: { ...o.beat, paragraphs: [{ text: 'Somebody else’s morning.' }] },
    }));
    const begun = beginRunner(options, altered);
    expect(begun.beat.paragraphs).toEqual([{ text: 'Somebody else’s morning.' }]);
    expect(() => begun.snapshot()).toThrow(StoryError);
  });

  it('refuses to play on from an answer that is not where its choice leads, once the story is built', () => {
    const altered = openings.map((o) => ({
      ...o,
      answers: o.answers.map((a) => ({ ...a, beat: { ...a.beat, paragraphs: [{ text: 'Another road.' }] } })),
    }));
    const begun = beginRunner(options, altered);
    expect(begun.choose(0).paragraphs).toEqual([{ text: 'Another road.' }]);
    expect(() => begun.snapshot()).toThrow(StoryError);
  });
});
