import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSave, encodeSave, SAVE_FORMAT } from '../../src/app/save';
import { AUTOSAVE_KEY, SET_ASIDE_PREFIX } from '../../src/app/save-keeper';
import { createSession } from '../../src/app/session';
import { defaultSettings } from '../../src/app/settings';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { restoreRunner, startRunner } from '../../src/narrative/runner';
import { randomFrom } from '../../src/model/random';
import { memoryStore } from '../helpers/memory-store';
import { compileStory, engineFor } from '../helpers/stories';

const story = compileStory('story/en/main.ink');
const regime = DEFAULT_REGIME;

/** The choices of a seeded random playthrough, to the end. */
function randomChoices(seed: number): number[] {
  const runner = startRunner({ story: story.json, regime, seed });
  const random = randomFrom(seed);
  while (!runner.beat.ending) {
    const open = runner.beat.choices.filter((c) => !c.locked);
    runner.choose(open[Math.floor(random() * open.length)].index);
  }
  return [...runner.choices];
}

describe('save properties', () => {
  it('a save made anywhere, reloaded and continued with the same choices, ends exactly as never saving', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, where) => {
        const choices = randomChoices(seed);
        const cut = Math.floor(where * choices.length);
        const straight = startRunner({ story: story.json, regime, seed });
        const straightBeats = choices.map((index) => straight.choose(index));

        const before = startRunner({ story: story.json, regime, seed });
        choices.slice(0, cut).forEach((index) => before.choose(index));
        const text = encodeSave({
          game: 'good-standing',
          format: SAVE_FORMAT,
          story: story.version,
          regime: regime.id,
          savedAt: '2026-11-29T12:00:00.000Z',
          runner: before.snapshot(),
        });
        const reading = decodeSave(text, story.version);
        if (!reading.ok) throw new Error(reading.problem);
        const after = restoreRunner({ story: story.json, regime }, reading.save.runner);
        const resumedBeats = choices.slice(cut).map((index) => after.choose(index));

        expect(resumedBeats).toEqual(straightBeats.slice(cut));
        expect(after.score).toEqual(straight.score);
        expect(after.choices).toEqual(straight.choices);
      }),
      { numRuns: 40 },
    );
  });

  it('survives 100 damaged saves without a crash, keeping each one aside untouched', () => {
    const good = (() => {
      const store = memoryStore();
      const session = createSession({
        engine: engineFor(story),
        story,
        regime,
        store,
        pickSeed: () => 3,
        defaultSettings: defaultSettings(false),
      });
      session.newGame();
      session.choose(0);
      return store.data.get(AUTOSAVE_KEY) ?? '';
    })();
    const damaged = fc.oneof(
      fc.nat({ max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc
        .tuple(fc.nat({ max: good.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, junk]) => good.slice(0, at) + junk + good.slice(at + 1)),
      fc.constantFrom('runner', 'score', 'beat', 'ink', 'choices', 'story', 'format', 'game').chain((field) =>
        fc.jsonValue().map((value) => {
          const data = JSON.parse(good);
          const owner = field in data ? data : data.runner;
          owner[field] = value;
          return JSON.stringify(data);
        }),
      ),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
    );
    fc.assert(
      fc.property(damaged, (text) => {
        const store = memoryStore({ [AUTOSAVE_KEY]: text, 'good-standing:slot:1': text });
        const session = createSession({
          engine: engineFor(story),
          story,
          regime,
          store,
          pickSeed: () => 1,
          defaultSettings: defaultSettings(false),
        });
        expect(session.view.screen).toBe('title');
        const usable = session.view.screen === 'title' && session.view.resume !== null;
        // An empty stored value is no save at all: there is nothing to keep.
        if (!usable && text !== '') {
          const aside = [...store.data.entries()].filter(([key]) => key.startsWith(SET_ASIDE_PREFIX));
          expect(aside.map(([, value]) => value)).toEqual([text]);
        }
        session.newGame();
        session.loadFromSlot(1);
        session.importSave(text);
        expect(['story', 'ending']).toContain(session.view.screen);
        expect(store.data.get('good-standing:slot:1')).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
