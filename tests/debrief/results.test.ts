import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/debrief';
import { parseResultsText, readResults, resultsOf, tallyClass, type Results } from '../../src/debrief/results';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { checkRegime } from '../../src/model/regime-check';
import { startRunner } from '../../src/narrative/runner';
import { chooseRandomly, playOnce } from '../../src/simulate/playthrough';
import { randomFrom } from '../../src/model/random';
import { compileStory } from '../helpers/stories';

const story = () => compileStory('story/en/main.ink').json;

function resultsFor(seed: number, variables = {}): Results {
  const runner = startRunner({ story: story(), regime: DEFAULT_REGIME, seed, variables });
  const played = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
  const debrief = buildDebrief(story(), DEFAULT_REGIME, { seed, choices: played.choices, variables }, []);
  return resultsOf(debrief, 'en', 'short');
}

describe('class results files', () => {
  it('carry the ending, the score and each key decision with every option, and nothing personal', () => {
    const results = resultsFor(11, { length: 'short' });
    expect(results).toMatchObject({ kind: 'good-standing-results', regime: DEFAULT_REGIME.id, length: 'short' });
    expect(results.polls.length).toBeGreaterThan(0);
    for (const poll of results.polls) expect(poll.options.map((o) => o.source)).toContain(poll.chosen);
    expect(Object.keys(results).sort()).toEqual(
      ['ending', 'format', 'kind', 'lang', 'length', 'polls', 'regime', 'score', 'start', 'tier'].sort(),
    );
  });

  it('read back exactly as written', () => {
    const results = resultsFor(12, { length: 'short' });
    expect(readResults(JSON.parse(JSON.stringify(results)))).toEqual({ ok: true, results });
  });

  it('say what is wrong with a file that is not one, rather than guess', () => {
    const good = resultsFor(13, { length: 'short' });
    expect(parseResultsText('notes.txt', 'my answers were…').problem).toBe('not_json');
    expect(parseResultsText('save.json', '{"game":"good-standing","format":1}').problem).toBe('not_results');
    expect(parseResultsText('new.json', JSON.stringify({ ...good, format: 9 })).problem).toBe('newer_format');
    const chosenElsewhere = { ...good, polls: [{ ...good.polls[0], chosen: 'nowhere' }] };
    expect(parseResultsText('odd.json', JSON.stringify(chosenElsewhere)).problem).toBe('bad_shape');
    expect(parseResultsText('odd.json', JSON.stringify({ ...good, tier: 'Z' })).problem).toBe('bad_shape');
  });

  it('accept one file, an array, or several pasted one after another', () => {
    const a = resultsFor(14, { length: 'short' });
    const b = resultsFor(15, { length: 'short' });
    expect(parseResultsText('a', JSON.stringify(a)).results).toHaveLength(1);
    expect(parseResultsText('ab', JSON.stringify([a, b])).results).toHaveLength(2);
    expect(parseResultsText('pasted', `${JSON.stringify(a)}\n${JSON.stringify(b)}`).results).toHaveLength(2);
  });
});

describe('the class view', () => {
  it('counts endings, score ranges and, for each key decision, how many chose each option', () => {
    const all = [16, 17, 18, 19, 20].map((seed) => resultsFor(seed, { length: 'short' }));
    const view = tallyClass(all);
    expect(view.students).toBe(5);
    expect(Object.values(view.endings).reduce((a, b) => a + b, 0)).toBe(5);
    const scores = all.map((r) => r.score).sort((a, b) => a - b);
    expect(view.scores).toEqual([{ regime: DEFAULT_REGIME.id, min: scores[0], median: scores[2], max: scores[4] }]);
    for (const poll of view.polls) {
      const answered = all.flatMap((r) => r.polls.filter((p) => p.poll === poll.poll));
      expect(poll.answers).toBe(answered.length);
      expect(poll.options.reduce((sum, option) => sum + option.count, 0)).toBe(answered.length);
      for (const option of poll.options) {
        expect(option.count).toBe(answered.filter((p) => p.chosen === option.source).length);
      }
    }
  });

  it('keeps classes that played under different rules apart in the score ranges', () => {
    const strict = { ...resultsFor(21, { length: 'short' }), regime: REGIMES.strict_mandatory.id, score: 700 };
    const view = tallyClass([resultsFor(22, { length: 'short' }), strict]);
    expect(view.scores.map((row) => row.regime).sort()).toEqual([DEFAULT_REGIME.id, 'strict_mandatory'].sort());
  });
});

describe("results under a class's own rules", () => {
  const classRules = () => {
    const checked = checkRegime({
      ...DEFAULT_REGIME,
      name: 'Year 10',
      topics: { ...DEFAULT_REGIME.topics, worship: false },
    });
    if (!checked.ok) throw new Error('the rules should pass');
    return checked.regime;
  };

  it("carry the class's name for its rules, read back, and name that rule set in the class view", () => {
    const rules = classRules();
    const runner = startRunner({ story: story(), regime: rules, seed: 23, variables: { length: 'short' } });
    const played = playOnce(runner, 23, chooseRandomly(randomFrom(23)));
    const debrief = buildDebrief(
      story(),
      rules,
      { seed: 23, choices: played.choices, variables: { length: 'short' } },
      [],
    );
    const results = resultsOf(debrief, 'en', 'short');
    expect(results).toMatchObject({ regime: rules.id, rulesName: 'Year 10' });
    expect(readResults(JSON.parse(JSON.stringify(results)))).toEqual({ ok: true, results });
    expect(tallyClass([results, resultsFor(24, { length: 'short' })]).rulesNames).toEqual({ [rules.id]: 'Year 10' });
  });

  it('refuse a rules name that is too long or hides control characters', () => {
    const good = resultsFor(25, { length: 'short' });
    for (const rulesName of ['x'.repeat(61), 'a\u202eb', 7]) {
      expect(parseResultsText('odd.json', JSON.stringify({ ...good, rulesName })).problem).toBe('bad_shape');
    }
  });
});
