import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, DEFAULT_REGIME } from '../../src/model/regimes';
import type { RuleSet } from '../../src/model/regime';
import { checkRegime, customRegimeId, MAX_PROBLEMS, REGIME_PROBLEMS, ruleSetOf } from '../../src/model/regime-check';
import { invalidRuleSet, validRuleSet } from '../helpers/rule-sets';

const named = { ...DEFAULT_REGIME, name: 'Our fair score' };
const refusal = (input: unknown) => {
  const result = checkRegime(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
};
const withEvent = (event: string, rule: unknown) => ({ ...named, events: { ...named.events, [event]: rule } });

describe('checkRegime', () => {
  it('accepts every preset with a name, and gives it back rule for rule under a custom id', () => {
    for (const preset of Object.values(REGIMES)) {
      const result = checkRegime({ ...preset, name: 'Copy' });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const { id, ...rules } = result.regime;
      expect(rules).toEqual(ruleSetOf({ ...preset, name: 'Copy' }));
      expect(id).toMatch(/^custom:[0-9a-z]+$/);
      expect(Object.keys(REGIMES)).not.toContain(id);
    }
  });

  it('derives the id from the rules, so the same rules get the same id and different rules another', () => {
    const a = checkRegime(named);
    const b = checkRegime(structuredClone(named));
    const c = checkRegime(withEvent('crossed_on_red', { delta: -21 }));
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(a.regime.id).toBe(b.regime.id);
    expect(a.regime.id).not.toBe(c.regime.id);
    expect(a.regime.id).toBe(customRegimeId(ruleSetOf(a.regime)));
  });

  it('gives the same id to the same rules whatever order their fields come in', () => {
    const result = checkRegime(named);
    if (!result.ok) throw new Error('the rules should pass');
    const reversed = (value: object): object =>
      Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, inner]) => [
            key,
            inner && typeof inner === 'object' && !Array.isArray(inner) ? reversed(inner) : inner,
          ]),
      );
    expect(customRegimeId(reversed(ruleSetOf(result.regime)) as RuleSet)).toBe(result.regime.id);
  });

  it('never trusts the id it is given: a preset id comes back as a custom one', () => {
    const result = checkRegime({ ...named, id: 'lanmen_civic' });
    expect(result.ok && result.regime.id.startsWith('custom:')).toBe(true);
  });

  it('builds a fresh regime that shares nothing with its input', () => {
    const input = structuredClone(named);
    const result = checkRegime(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    (input.events.crossed_on_red as { delta: number }).delta = 999;
    (input.gates.loan_small.blockedBy as string[]).push('x');
    expect(result.regime.events.crossed_on_red.delta).toBe(-20);
    expect(result.regime.gates.loan_small.blockedBy).toEqual(['court_debtors']);
  });

  it('trims the name and refuses one that is empty, too long, or hides control characters', () => {
    const result = checkRegime({ ...named, name: '  Year 10 rules  ' });
    expect(result.ok && result.regime.name).toBe('Year 10 rules');
    expect(refusal({ ...named, name: ' ' })).toEqual([{ field: 'name', key: 'name_empty' }]);
    expect(refusal({ ...named, name: 'x'.repeat(61) })).toEqual([
      { field: 'name', key: 'name_too_long', params: { max: 60 } },
    ]);
    expect(refusal({ ...named, name: 'evil\u202Eeman' })).toEqual([{ field: 'name', key: 'name_bad_characters' }]);
  });

  it('names the event whose change is not a whole number, or beyond a thousand points', () => {
    expect(refusal(withEvent('crossed_on_red', { delta: Number.NaN }))).toEqual([
      { field: 'events.crossed_on_red.delta', key: 'not_whole_number' },
    ]);
    expect(refusal(withEvent('crossed_on_red', { delta: 1e308 }))).toEqual([
      { field: 'events.crossed_on_red.delta', key: 'out_of_bounds', params: { min: -1000, max: 1000 } },
    ]);
    expect(refusal(withEvent('crossed_on_red', { delta: '5' }))).toEqual([
      { field: 'events.crossed_on_red.delta', key: 'not_whole_number' },
    ]);
  });

  it('refuses unknown events, missing events, unknown fields and unknown lists by their path', () => {
    expect(refusal(withEvent('jaywalked', { delta: 1 }))).toEqual([
      { field: 'events.jaywalked', key: 'unknown_field' },
    ]);
    const fewer: Record<string, unknown> = { ...named.events };
    delete fewer.crossed_on_red;
    expect(refusal({ ...named, events: fewer })).toEqual([{ field: 'events.crossed_on_red', key: 'missing' }]);
    expect(refusal({ ...named, colour: 'red' })).toEqual([{ field: 'colour', key: 'unknown_field' }]);
    expect(refusal(withEvent('fare_evaded', { delta: 1, lists: ['fare_dodgers'] }))).toEqual([
      { field: 'events.fare_evaded.lists.0', key: 'unknown_list' },
    ]);
    expect(
      refusal(withEvent('fare_evaded', { delta: 1, lists: ['court_debtors'], clears: ['court_debtors'] })),
    ).toEqual([{ field: 'events.fare_evaded.clears', key: 'lists_and_clears', params: { list: 'court_debtors' } }]);
  });

  it('refuses a door needing a tier that does not exist, or shut by an unknown list', () => {
    const gates = { ...named.gates, mortgage: { tier: 'AAAA', blockedBy: ['nobody'] } };
    expect(refusal({ ...named, gates })).toEqual([
      { field: 'gates.mortgage.tier', key: 'not_one_of', params: { allowed: 'AAA, AA, A, B, C, D' } },
      { field: 'gates.mortgage.blockedBy.0', key: 'unknown_list' },
    ]);
  });

  it('refuses tier floors out of order or outside the range, a base outside it, and a range upside down', () => {
    expect(refusal({ ...named, tierFloors: { ...named.tierFloors, AA: 1060 } })).toEqual([
      { field: 'tierFloors.AA', key: 'floors_order', params: { tier: 'AA', better: 'AAA', floor: 1050 } },
    ]);
    expect(refusal({ ...named, tierFloors: { ...named.tierFloors, AAA: 1400 } })).toEqual([
      { field: 'tierFloors.AAA', key: 'outside_range', params: { min: 0, max: 1300 } },
    ]);
    expect(refusal({ ...named, base: 2000 })).toEqual([
      { field: 'base', key: 'outside_range', params: { min: 0, max: 1300 } },
    ]);
    expect(refusal({ ...named, range: { min: 1300, max: 0 } })).toEqual([{ field: 'range', key: 'range_order' }]);
  });

  it('refuses switches that are not on or off, and settings outside their choices', () => {
    expect(refusal({ ...named, sources: { ...named.sources, court: 1 } })).toEqual([
      { field: 'sources.court', key: 'not_switch' },
    ]);
    expect(refusal({ ...named, appeals: 'later' })).toEqual([
      { field: 'appeals', key: 'not_one_of', params: { allowed: 'stands, pending' } },
    ]);
  });

  it('answers an input with thousands of unknown fields with a bounded list of problems', () => {
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field_${i}`, i]));
    expect(refusal({ ...named, ...junk })).toHaveLength(MAX_PROBLEMS);
  });

  it('accepts any rule set inside the bounds (1,000 random ones)', () => {
    fc.assert(
      fc.property(validRuleSet, (rules) => {
        const result = checkRegime(rules);
        expect(result.ok ? result.regime : result.problems).toEqual({ id: customRegimeId(rules), ...rules });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every broken rule set with a known problem naming the broken field (1,000 random ones)', () => {
    fc.assert(
      fc.property(invalidRuleSet, ({ input, field }) => {
        const result = checkRegime(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(REGIME_PROBLEMS).toContain(problem.key);
        expect(result.problems.some((problem) => problem.field.startsWith(field))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
