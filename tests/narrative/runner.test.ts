import { describe, expect, it } from 'vitest';
import { randomFrom } from '../../src/model/random';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import type { ExternalCall } from '../../src/narrative/externals';
import { restoreRunner, startRunner, type Runner } from '../../src/narrative/runner';
import { StoryError } from '../../src/narrative/story-error';
import { compileStory, fixture } from '../helpers/stories';

const regime = DEFAULT_REGIME;
const start = (seed = 7) => startRunner({ story: fixture('gates').json, regime, seed });
const labels = (runner: ReturnType<typeof start>) => runner.beat.choices.map((c) => c.text);

describe('story runner', () => {
  it('turns ink output into paragraphs with speakers, named cues, and numbered choices', () => {
    const runner = start();
    expect(runner.beat.paragraphs).toEqual([
      { text: 'The light at Heping Road is red. The camera above it blinks.', speaker: 'narrator_test' },
    ]);
    expect(runner.beat).toMatchObject({
      chapter: 1,
      opensChapter: 1,
      scene: 'crossing',
      poll: 'red_light',
      sounds: [],
    });
    expect(labels(runner)).toEqual(['Cross against the light', 'Wait for green']);
  });

  it('applies recorded events to the model and reports them as this beat’s changes', () => {
    const runner = start();
    const beat = runner.choose(0);
    expect(beat.changes.map((c) => [c.event, c.delta, c.source])).toEqual([
      ['crossed_on_red', -20, 'camera'],
      ['post_flagged_rumour', -30, 'platform'],
    ]);
    expect(beat.paragraphs[0].text).toBe('You cross. Your phone buzzes twice. The score reads 950, tier B.');
    expect(runner.score.score).toBe(950);
  });

  it('shows a gated choice locked, with the model’s reason, while the gate is closed', () => {
    const runner = start();
    const beat = runner.choose(0);
    expect(beat.choices[0]).toEqual({
      index: 0,
      text: 'Apply for the instant loan',
      source: 'bank.0.13',
      gate: 'loan_small',
      locked: { key: 'tier_too_low', need: 'A', have: 'B', score: 950 },
    });
    expect(beat.choices[1].locked).toBeUndefined();
  });

  it('leaves the same choice open when the earlier choice kept the score up', () => {
    const runner = start();
    const beat = runner.choose(1);
    expect(beat.choices[0]).toEqual({
      index: 0,
      text: 'Apply for the instant loan',
      source: 'bank.0.13',
      gate: 'loan_small',
    });
  });

  it('makes choosing a locked choice impossible', () => {
    const runner = start();
    runner.choose(0);
    expect(() => runner.choose(0)).toThrow(/choice 0 is locked/);
    expect(runner.choices).toEqual([0]);
  });

  it('locks the train for anyone the court has listed, and reaches the ending that remains', () => {
    const runner = start();
    runner.choose(1);
    runner.choose(0);
    const station = runner.choose(0);
    expect(station.choices[0].locked).toEqual({ key: 'listed', list: 'court_debtors' });
    const end = runner.choose(1);
    expect(end.ending).toBe('home_again');
    expect(end.choices).toEqual([]);
  });

  it('replays the same choices to the same text, score and ledger under the same seed', () => {
    const play = () => {
      const runner = start(99);
      const beats = [runner.beat, runner.choose(1), runner.choose(0), runner.choose(1), runner.choose(0)];
      return { beats, score: runner.score };
    };
    expect(play()).toEqual(play());
  });

  it('restores a snapshot taken at a gated choice point with its locks and reasons intact', () => {
    const runner = start();
    runner.choose(0);
    const snapshot = JSON.parse(JSON.stringify(runner.snapshot()));
    const restored = restoreRunner({ story: fixture('gates').json, regime }, snapshot);
    expect(restored.beat.choices).toEqual(runner.beat.choices);
    expect(restored.beat.choices[0].locked?.key).toBe('tier_too_low');
    expect(() => restored.choose(0)).toThrow(/locked/);
    expect(restored.choose(1)).toEqual(runner.choose(1));
    expect(restored.score).toEqual(runner.score);
  });

  it('continues a restored playthrough exactly as one that never stopped', () => {
    const straight = start(3);
    [1, 0, 1].forEach((i) => straight.choose(i));
    const first = start(3);
    first.choose(1);
    const resumed = restoreRunner({ story: fixture('gates').json, regime }, first.snapshot());
    resumed.choose(0);
    resumed.choose(1);
    expect(resumed.beat).toEqual(straight.beat);
    expect(resumed.score).toEqual(straight.score);
    expect(resumed.choices).toEqual(straight.choices);
  });
});

describe('story runner restarts', () => {
  it('plays again on the same compiled story exactly as a fresh runner would', () => {
    const reused = start(1);
    reused.choose(0);
    reused.choose(1);
    const again = reused.restart(21);
    const fresh = start(21);
    expect(again).toEqual(fresh.beat);
    expect(reused.choose(1)).toEqual(fresh.choose(1));
    expect(reused.score).toEqual(fresh.score);
    expect(reused.choices).toEqual([1]);
  });

  it('takes back choices one at a time, restoring the text, score and ledger exactly', () => {
    const runner = start(4);
    const first = runner.beat;
    const second = runner.choose(0);
    const scoreAfterFirst = runner.score;
    runner.choose(1);
    expect(runner.takeBack()).toEqual(second);
    expect(runner.score).toEqual(scoreAfterFirst);
    expect(runner.takeBack()).toEqual(first);
    expect(runner.score.ledger).toEqual([]);
    expect(runner.choices).toEqual([]);
  });

  it('reads stances written on choices', () => {
    const runner = startRunner({ story: fixture('stances').json, regime, seed: 1 });
    expect(runner.beat.choices.map((c) => c.stance)).toEqual(['comply', 'conscience', undefined]);
  });
});

describe('story runner errors', () => {
  const broken = (name: string) => () => startRunner({ story: fixture(name).json, regime, seed: 1 });

  it('refuses an event id the rules do not know', () => {
    expect(broken('unknown-event')).toThrow(StoryError);
    expect(broken('unknown-event')).toThrow(/unknown event "jaywalked_twice"/);
  });

  it('refuses a tag outside the vocabulary', () => {
    expect(broken('unknown-tag')).toThrow(/unknown tag "#mood"/);
  });

  it('refuses a story that runs out without an ending tag', () => {
    expect(broken('no-ending')).toThrow(/without an #ending: tag/);
  });

  it('refuses a runaway loop that never reaches a choice', () => {
    expect(broken('runaway')).toThrow(/runaway loop/);
  });

  it('refuses a #gate: written after the brackets, where ink does not attach it to the choice', () => {
    const runner = startRunner({ story: fixture('gate-outside').json, regime, seed: 1 });
    expect(() => runner.choose(0)).toThrow(/must sit inside a choice/);
  });
});

describe('story runner looking ahead', () => {
  const english = () => compileStory('story/en/main.ink').json;
  /** Every open choice worked out, as the game does while the reader reads; returns how many steps it took. */
  const lookAll = (runner: Runner) => {
    let steps = 1;
    while (runner.lookAhead()) steps += 1;
    return steps;
  };

  it('takes a choice worked out ahead to exactly the text, score, ink state and model calls of playing it', () => {
    for (const seed of [3, 11, 42]) {
      const ahead: ExternalCall[] = [];
      const played: ExternalCall[] = [];
      const looking = startRunner({ story: english(), regime, seed, trace: (call) => ahead.push(call) });
      const plain = startRunner({ story: english(), regime, seed, trace: (call) => played.push(call) });
      const pick = randomFrom(seed);
      for (let step = 0; !plain.beat.ending; step += 1) {
        expect(step).toBeLessThan(500);
        lookAll(looking);
        const open = plain.beat.choices.filter((c) => !c.locked);
        const index = open[Math.floor(pick() * open.length)].index;
        expect(looking.choose(index)).toEqual(plain.choose(index));
        expect(looking.score).toEqual(plain.score);
        expect(looking.choices).toEqual(plain.choices);
        expect(JSON.parse(looking.snapshot().ink)).toEqual(JSON.parse(plain.snapshot().ink));
        expect(ahead).toEqual(played);
      }
      expect(looking.beat.ending).toBe(plain.beat.ending);
    }
  });

  it('leaves the story where it was while it works choices out', () => {
    const runner = start();
    const before = runner.snapshot();
    expect(lookAll(runner)).toBe(2);
    expect(runner.snapshot()).toEqual(before);
    expect(runner.choose(0)).toEqual(start().choose(0));
  });

  it('has nothing to work out once every open choice is known, or at an ending', () => {
    const runner = start();
    expect(runner.lookAhead()).toBe(true);
    expect(runner.lookAhead()).toBe(false);
    expect(runner.lookAhead()).toBe(false);
    runner.choose(1);
    runner.choose(1);
    expect(runner.beat.ending).toBeDefined();
    expect(runner.lookAhead()).toBe(false);
  });

  it('skips locked choices when working out where choices lead', () => {
    const runner = start();
    runner.choose(0);
    expect(runner.beat.choices.map((c) => c.locked !== undefined)).toEqual([true, false]);
    expect(runner.lookAhead()).toBe(false);
    expect(() => runner.choose(0)).toThrow(/locked/);
  });

  it('takes back a choice that was worked out ahead exactly as one that was not', () => {
    const runner = start();
    lookAll(runner);
    runner.choose(0);
    lookAll(runner);
    runner.choose(1);
    const back = runner.takeBack();
    const fresh = start();
    expect(back).toEqual(fresh.choose(0));
    expect(runner.score).toEqual(fresh.score);
  });

  it('reports a story that fails on a choice when the reader takes it, not while working it out', () => {
    const runner = startRunner({ story: fixture('gate-outside').json, regime, seed: 1 });
    const before = runner.snapshot();
    lookAll(runner);
    expect(runner.snapshot()).toEqual(before);
    expect(() => runner.choose(0)).toThrow(/must sit inside a choice/);
  });
});
