import { describe, expect, it } from 'vitest';
import {
  decodeSave,
  encodeSave,
  MAX_SAVE_BYTES,
  rulesOfSave,
  rulesToSave,
  SAVE_FORMAT,
  type SaveFile,
} from '../../src/app/save';
import { checkRegime } from '../../src/model/regime-check';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { fixture } from '../helpers/stories';

const story = fixture('gates');
const save = (): SaveFile => {
  const runner = startRunner({ story: story.json, regime: DEFAULT_REGIME, seed: 5 });
  runner.choose(0);
  return {
    game: 'good-standing',
    format: SAVE_FORMAT,
    story: story.version,
    regime: DEFAULT_REGIME.id,
    savedAt: '2026-11-29T12:00:00.000Z',
    runner: runner.snapshot(),
  };
};

describe('saves', () => {
  it('reads back exactly what it wrote', () => {
    const original = save();
    expect(decodeSave(encodeSave(original), story.version)).toEqual({ ok: true, save: original });
  });

  it('names what is wrong with a save it cannot use', () => {
    const text = encodeSave(save());
    const edit = (change: (data: Record<string, unknown>) => void) => {
      const data = JSON.parse(text);
      change(data);
      return JSON.stringify(data);
    };
    const problem = (input: string) => {
      const reading = decodeSave(input, story.version);
      return reading.ok ? 'ok' : reading.problem;
    };
    expect(problem(text.slice(0, text.length / 2))).toBe('not_json');
    expect(problem('[]')).toBe('wrong_game');
    expect(problem(edit((d) => (d.game = 'another-game')))).toBe('wrong_game');
    expect(problem(edit((d) => (d.format = SAVE_FORMAT + 1)))).toBe('newer_format');
    expect(problem(edit((d) => (d.story = 'abc')))).toBe('old_story');
    expect(problem(edit((d) => delete (d.runner as Record<string, unknown>).ink))).toBe('bad_shape');
    expect(problem(edit((d) => ((d.runner as { score: { lists: string[] } }).score.lists = ['made_up'])))).toBe(
      'bad_shape',
    );
    const ledgerLine = (mark: Record<string, unknown>) =>
      edit((d) => {
        const score = (d.runner as { score: { ledger: Record<string, unknown>[] } }).score;
        score.ledger = [{ ...score.ledger[0], event: 'crossed_on_red', ...mark }];
      });
    expect(problem(ledgerLine({ appeal: 'pending', uncounted: 'topic' }))).toBe('ok');
    expect(problem(ledgerLine({ appeal: 'forgotten' }))).toBe('bad_shape');
    expect(problem(ledgerLine({ uncounted: '<b>' }))).toBe('bad_shape');
    expect(problem(' '.repeat(MAX_SAVE_BYTES + 1))).toBe('too_large');
  });

  it('measures the size limit in bytes, so a save of wide characters cannot slip past it', () => {
    const wide = 'م'.repeat(MAX_SAVE_BYTES / 2 + 1);
    expect(wide.length).toBeLessThan(MAX_SAVE_BYTES);
    const reading = decodeSave(wide, story.version);
    expect(reading.ok ? 'ok' : reading.problem).toBe('too_large');
  });

  it('opens a format-1 save, whose beat kept its tags as a list of cues, as the same beat today', () => {
    const today = save();
    const { sounds, poll, opensChapter, closesChapter, ...rest } = today.runner.beat;
    const cues = [
      ...(opensChapter === undefined ? [] : [{ kind: 'chapter', number: opensChapter }]),
      ...sounds.map((id) => ({ kind: 'sfx', id })),
      ...(poll === undefined ? [] : [{ kind: 'poll', id: poll }]),
      ...(closesChapter === undefined ? [] : [{ kind: 'ledger', chapter: closesChapter }]),
      { kind: 'sfx', id: 'camera_shutter' },
    ];
    const old = { ...today, format: 1, runner: { ...today.runner, beat: { ...rest, cues } } };
    const reading = decodeSave(JSON.stringify(old), story.version);
    expect(reading.ok && reading.save.runner.beat).toEqual({
      ...today.runner.beat,
      sounds: [...sounds, 'camera_shutter'],
    });
    expect(reading.ok && reading.save.format).toBe(SAVE_FORMAT);
  });

  it('opens a format-2 save, made before a class could write rules, as the same game under its preset', () => {
    const today = save();
    const reading = decodeSave(JSON.stringify({ ...today, format: 2 }), story.version);
    expect(reading).toEqual({ ok: true, save: today });
    expect(reading.ok && rulesOfSave(reading.save)).toBeUndefined();
  });

  it("keeps a class's rule set in the save, and gives it back checked", () => {
    const checked = checkRegime({ ...DEFAULT_REGIME, name: 'Year 10', appeals: 'pending' });
    if (!checked.ok) throw new Error('the rules should pass');
    const custom = { ...save(), regime: checked.regime.id, rules: rulesToSave(checked.regime) };
    const reading = decodeSave(encodeSave(custom), story.version);
    expect(reading).toEqual({ ok: true, save: custom });
    expect(reading.ok && rulesOfSave(reading.save)).toEqual(checked.regime);
    expect(rulesToSave(DEFAULT_REGIME)).toBeUndefined();
  });

  it("refuses a save naming a class's rule set without them, or with rules altered since", () => {
    const checked = checkRegime({ ...DEFAULT_REGIME, name: 'Year 10' });
    if (!checked.ok) throw new Error('the rules should pass');
    const custom = { ...save(), regime: checked.regime.id, rules: rulesToSave(checked.regime) };
    const problem = (value: unknown) => {
      const reading = decodeSave(JSON.stringify(value), story.version);
      return reading.ok ? 'ok' : reading.problem;
    };
    expect(problem({ ...custom, rules: undefined })).toBe('bad_shape');
    expect(problem({ ...custom, rules: { ...custom.rules, base: 1100 } })).toBe('bad_shape');
    expect(problem({ ...custom, rules: { ...custom.rules, base: Number.NaN } })).toBe('bad_shape');
  });
});
