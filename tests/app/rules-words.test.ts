import { describe, expect, it } from 'vitest';
import { closestPreset, describeRules, fieldName, problemText, ruleWordText } from '../../src/app/rules-words';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import type { Messages } from '../../src/i18n/messages';
import type { Regime } from '../../src/model/regime';
import { REGIMES } from '../../src/model/regimes';

const lanmen = REGIMES.lanmen_civic;
const draft: Regime = {
  ...lanmen,
  id: 'custom:test',
  topics: { ...lanmen.topics, worship: false },
  platformData: 'with_consent',
  events: { ...lanmen.events, crossed_on_red: { delta: -5 } },
  gates: { ...lanmen.gates, school_place: { tier: 'D', blockedBy: [] } },
};
const tables: [string, Messages][] = [
  ['English', en],
  ['Arabic', ar as Messages],
];

describe('a rule set in plain words', () => {
  it('says only what differs from the preset, then that the rest is the same', () => {
    expect(describeRules(draft, lanmen).map(({ field, key }) => [field, key])).toEqual([
      ['topics.worship', 'topic_off'],
      ['platformData', 'platform_with_consent'],
      ['events.crossed_on_red.delta', 'event_points'],
      ['gates.school_place.tier', 'gate_any_tier'],
      ['gates.school_place.blockedBy', 'gate_no_list'],
      ['rules', 'otherwise_same'],
    ]);
    expect(describeRules(lanmen, lanmen)).toEqual([
      { field: 'rules', key: 'all_same', params: { regime: 'lanmen_civic' } },
    ]);
  });

  it('describes every field of a rule set when there is nothing to compare it with', () => {
    const fields = new Set(describeRules(lanmen).map((word) => word.field.split('.').slice(0, 2).join('.')));
    for (const field of [
      'base',
      'range',
      'tierFloors.AAA',
      'sources.court',
      'topics.worship',
      'platformData',
      'appeals',
    ]) {
      expect(fields).toContain(field);
    }
    for (const event of Object.keys(lanmen.events)) expect(fields).toContain(`events.${event}`);
    for (const gate of Object.keys(lanmen.gates)) expect(fields).toContain(`gates.${gate}`);
  });

  it('compares a rule set with the preset it differs least from', () => {
    expect(closestPreset(draft).id).toBe('lanmen_civic');
    expect(closestPreset({ ...REGIMES.commercial_credit, id: 'custom:x' }).id).toBe('commercial_credit');
  });

  it.each(tables)('puts names and signed numbers into the words, leaving no placeholder, in %s', (_, m) => {
    for (const word of [...describeRules(draft, lanmen), ...describeRules(REGIMES.strict_mandatory)]) {
      const text = ruleWordText(m, word);
      expect(text).not.toMatch(/[{}]|undefined|_/);
    }
    expect(ruleWordText(en as Messages, describeRules(draft, lanmen)[2])).toBe('Heping Rd: crossing on red: \u22125.');
  });

  it.each(tables)('names the field of a problem in words, in %s', (_, m) => {
    const text = problemText(m, { field: 'events.crossed_on_red.delta', key: 'not_whole_number' });
    expect(text).toContain(m.events.crossed_on_red);
    expect(text).toContain(m.rules_problems.not_whole_number);
    expect(fieldName(m, 'tierFloors.AA')).toContain('AA');
    expect(fieldName(m, 'gates.mortgage.tier')).toContain(m.gates.mortgage);
    expect(fieldName(m, 'events.no_such_event')).toBe('events.no_such_event');
  });
});
