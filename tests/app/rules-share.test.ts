import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeRulesFile,
  decodeRulesFragment,
  encodeRulesFile,
  encodeRulesLink,
  FILE_MAX_LENGTH,
  INFLATED_MAX_BYTES,
  LINK_MAX_LENGTH,
} from '../../src/app/rules-share';
import { checkRegime, customRegimeId, REGIME_PROBLEMS } from '../../src/model/regime-check';
import type { NamedRegime } from '../../src/model/regime';
import { REGIMES } from '../../src/model/regimes';
import { validRuleSet } from '../helpers/rule-sets';

const named = (regime: (typeof REGIMES)[string], name = 'Our rules'): NamedRegime => {
  const result = checkRegime({ ...regime, name });
  if (!result.ok) throw new Error('a preset should pass the checker');
  return result.regime;
};
const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const linkOf = (value: unknown) => `#rules=${base64url(deflateSync(new TextEncoder().encode(JSON.stringify(value))))}`;
const problemsOf = (result: ReturnType<typeof decodeRulesFile>) => (result.ok ? [] : result.problems);

describe('a rule set as a file', () => {
  it('comes back from its file rule for rule, for every preset', () => {
    for (const preset of Object.values(REGIMES)) {
      const regime = named(preset);
      const text = encodeRulesFile(regime);
      expect(JSON.parse(text)).toMatchObject({ format: 'good-standing-rules', version: 1 });
      expect(decodeRulesFile(text)).toEqual({ ok: true, regime });
    }
  });

  it('comes back from its file for any valid rule set', () => {
    fc.assert(
      fc.property(validRuleSet, (rules) => {
        const regime = { id: customRegimeId(rules), ...rules };
        expect(decodeRulesFile(encodeRulesFile(regime))).toEqual({ ok: true, regime });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses text that is not JSON, too large, another format or another version', () => {
    const text = encodeRulesFile(named(REGIMES.lanmen_civic));
    expect(problemsOf(decodeRulesFile(text.slice(0, 200)))).toEqual([{ field: 'file', key: 'not_json' }]);
    expect(problemsOf(decodeRulesFile('x'.repeat(10_000_000)))).toEqual([
      { field: 'file', key: 'too_large', params: { max: FILE_MAX_LENGTH } },
    ]);
    expect(problemsOf(decodeRulesFile('{"format":"good-standing-save","version":1,"rules":{}}'))).toEqual([
      { field: 'file', key: 'wrong_format' },
    ]);
    expect(problemsOf(decodeRulesFile(text.replace('"version": 1', '"version": 2')))).toEqual([
      { field: 'file.version', key: 'wrong_version', params: { version: 2 } },
    ]);
    expect(problemsOf(decodeRulesFile('[1,2,3]'))).toEqual([{ field: 'file', key: 'wrong_format' }]);
  });

  it('refuses a file whose rules are wrong, naming the field', () => {
    const file = JSON.parse(encodeRulesFile(named(REGIMES.lanmen_civic)));
    file.rules.gates.mortgage.tier = 'Z';
    expect(problemsOf(decodeRulesFile(JSON.stringify(file))).map((problem) => problem.field)).toEqual([
      'gates.mortgage.tier',
    ]);
  });
});

describe('a rule set as a link', () => {
  it('comes back from its link rule for rule, for every preset, in a fragment of modest length', () => {
    for (const preset of Object.values(REGIMES)) {
      const regime = named(preset, 'قواعد صفّنا ✊🏽');
      const fragment = encodeRulesLink(regime);
      expect(fragment).toMatch(/^#rules=[A-Za-z0-9_-]+$/);
      expect(fragment.length).toBeLessThan(2000);
      expect(decodeRulesFragment(fragment)).toEqual({ ok: true, regime });
    }
  });

  it('comes back from its link for any valid rule set', () => {
    fc.assert(
      fc.property(validRuleSet, (rules) => {
        const regime = { id: customRegimeId(rules), ...rules };
        expect(decodeRulesFragment(encodeRulesLink(regime))).toEqual({ ok: true, regime });
      }),
      { numRuns: 200 },
    );
  });

  it('finds the rules among other fragment parameters, and knows a fragment without them', () => {
    const fragment = encodeRulesLink(named(REGIMES.strict_mandatory));
    expect(decodeRulesFragment(`#lang=ar&${fragment.slice(1)}`).ok).toBe(true);
    expect(problemsOf(decodeRulesFragment('#chapter-2'))).toEqual([{ field: 'link', key: 'not_a_link' }]);
  });

  it('refuses a truncated or garbled link as damaged', () => {
    const fragment = encodeRulesLink(named(REGIMES.lanmen_civic));
    for (const broken of [
      fragment.slice(0, fragment.length / 2),
      `${fragment.slice(0, 40)}!!${fragment.slice(42)}`,
      '#rules=',
      '#rules=%%%',
    ]) {
      expect(problemsOf(decodeRulesFragment(broken))).toEqual([{ field: 'link', key: 'garbled_link' }]);
    }
  });

  it('refuses a link that inflates past the limit, however small it is compressed (a zip bomb)', () => {
    const bomb = `#rules=${base64url(deflateSync(new Uint8Array(10_000_000), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(LINK_MAX_LENGTH);
    expect(problemsOf(decodeRulesFragment(bomb))).toEqual([
      { field: 'link', key: 'too_large', params: { max: INFLATED_MAX_BYTES } },
    ]);
  });

  it('refuses an over-long link before decoding it', () => {
    expect(problemsOf(decodeRulesFragment(`#rules=${'A'.repeat(LINK_MAX_LENGTH)}`))).toEqual([
      { field: 'link', key: 'too_large', params: { max: LINK_MAX_LENGTH } },
    ]);
  });

  it('refuses a well-made link around bad rules, naming the field, and one around another format', () => {
    const rules = { ...named(REGIMES.lanmen_civic), base: 1e308 };
    expect(problemsOf(decodeRulesFragment(linkOf({ format: 'good-standing-rules', version: 1, rules })))).toEqual([
      { field: 'base', key: 'out_of_bounds', params: { min: 0, max: 100_000 } },
    ]);
    expect(problemsOf(decodeRulesFragment(linkOf({ hello: 'world' })))).toEqual([
      { field: 'link', key: 'wrong_format' },
    ]);
  });

  it('refuses any random fragment with a known problem naming a field', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeRulesFragment(`#rules=${text}`);
        expect(result.ok).toBe(false);
        for (const problem of problemsOf(result)) {
          expect(REGIME_PROBLEMS).toContain(problem.key);
          expect(problem.field).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });
});
