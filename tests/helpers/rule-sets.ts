// Random rule sets for property tests: valid ones anywhere in the space checkRegime accepts, and broken ones made
// by spoiling a valid one in one named way (with the field the refusal must name).

import fc from 'fast-check';
import { EVENTS, GATES, LISTS, SOURCES, TOPICS, type EventId, type ListId } from '../../src/model/catalogue';
import { APPEAL_MODES, NAME_MAX_LENGTH, PLATFORM_DATA, TIERS, type RuleSet } from '../../src/model/regime';
import { DELTA_LIMIT, NAME_BAD_CHARACTERS, SCORE_LIMIT } from '../../src/model/regime-check';

/** One value for each id, drawn from the same arbitrary. */
const each = <K extends string, T>(ids: readonly K[], value: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(ids.map((id) => [id, value]))) as unknown as fc.Arbitrary<Record<K, T>>;

const listsOf = fc.subarray([...LISTS] as ListId[]);

const eventRule = fc
  .record({ delta: fc.integer({ min: -DELTA_LIMIT, max: DELTA_LIMIT }), lists: listsOf, clears: listsOf })
  .map(({ delta, lists, clears }) => {
    const off = clears.filter((list) => !lists.includes(list));
    return { delta, ...(lists.length ? { lists } : {}), ...(off.length ? { clears: off } : {}) };
  });

/** A name as a class might type it: any text, trimmed, without control characters. */
export const ruleSetName = fc
  .oneof(fc.string({ maxLength: NAME_MAX_LENGTH }), fc.string({ unit: 'grapheme', maxLength: 20 }))
  .map((name) => name.trim())
  .filter((name) => name !== '' && name.length <= NAME_MAX_LENGTH && !NAME_BAD_CHARACTERS.test(name));

/** Scores run from 0 up to SCORE_LIMIT; floors are five distinct scores inside the range, best first. */
const scales = fc
  .tuple(fc.integer({ min: 0, max: SCORE_LIMIT }), fc.integer({ min: 0, max: SCORE_LIMIT }))
  .filter(([a, b]) => Math.abs(a - b) >= 4)
  .chain(([a, b]) => {
    const [min, max] = a < b ? [a, b] : [b, a];
    return fc.record({
      range: fc.constant({ min, max }),
      base: fc.integer({ min, max }),
      floors: fc
        .uniqueArray(fc.integer({ min, max }), { minLength: 5, maxLength: 5 })
        .map((floors) => floors.sort((x, y) => y - x)),
    });
  });

export const validRuleSet: fc.Arbitrary<RuleSet> = fc
  .record({
    name: ruleSetName,
    scales,
    events: each(Object.keys(EVENTS) as EventId[], eventRule),
    gates: each(GATES, fc.record({ tier: fc.constantFrom(...TIERS), blockedBy: listsOf })),
    sources: each(SOURCES, fc.boolean()),
    topics: each(TOPICS, fc.boolean()),
    platformData: fc.constantFrom(...PLATFORM_DATA),
    appeals: fc.constantFrom(...APPEAL_MODES),
  })
  .map(({ name, scales: { range, base, floors }, ...rest }) => {
    const [AAA, AA, A, B, C] = floors;
    return { name, base, range, tierFloors: { AAA, AA, A, B, C }, ...rest };
  });

type Spoil = { field: string; spoil: (rules: Draft) => unknown };

const eventIds = Object.keys(EVENTS);
type Draft = Record<string, unknown>;
const clone = (rules: RuleSet) => structuredClone(rules) as unknown as Draft;
/** The object at a path inside a draft rule set, to be spoiled in place. */
const at = (draft: Draft, ...path: string[]): Draft => path.reduce((inner, key) => inner[key] as Draft, draft);
const hostileNumbers = [Number.NaN, Infinity, -Infinity, 1e308, -1e308, 1.5, '5', null, true, [], {}];

/** One way to break a valid rule set, with the field (a path prefix) its refusal must name. */
const spoilers: fc.Arbitrary<Spoil>[] = [
  fc
    .tuple(fc.constantFrom(...eventIds), fc.constantFrom(...hostileNumbers, DELTA_LIMIT + 1, -DELTA_LIMIT - 1))
    .map(([event, value]) => ({
      field: `events.${event}.delta`,
      spoil: (r) => (at(r, 'events', event).delta = value),
    })),
  fc
    .constantFrom(...eventIds)
    .map((event) => ({ field: `events.${event}`, spoil: (r) => delete at(r, 'events')[event] })),
  fc.constantFrom(...GATES).map((gate) => ({ field: `gates.${gate}`, spoil: (r) => delete at(r, 'gates')[gate] })),
  fc.constantFrom('no_such_event', '__proto__', 'constructor').map((id) => ({
    field: `events.${id}`,
    spoil: (r) => Object.defineProperty(at(r, 'events'), id, { value: { delta: 1 }, enumerable: true }),
  })),
  fc.constantFrom('secret', 'lists', 'score').map((id) => ({ field: id, spoil: (r) => (r[id] = 1) })),
  fc.tuple(fc.constantFrom(...GATES), fc.constantFrom('E', 'AAAA', '', 'a', 3, null)).map(([gate, tier]) => ({
    field: `gates.${gate}.tier`,
    spoil: (r) => (at(r, 'gates', gate).tier = tier),
  })),
  fc.constantFrom(...GATES).map((gate) => ({
    field: `gates.${gate}.blockedBy`,
    spoil: (r) => (at(r, 'gates', gate).blockedBy = ['no_such_list']),
  })),
  fc.constantFrom(...eventIds).map((event) => ({
    field: `events.${event}.lists`,
    spoil: (r) => (at(r, 'events', event).lists = 'court_debtors'),
  })),
  fc.constantFrom(...eventIds).map((event) => ({
    field: `events.${event}.clears`,
    spoil: (r) => Object.assign(at(r, 'events', event), { lists: ['court_debtors'], clears: ['court_debtors'] }),
  })),
  fc.constantFrom<[string, string]>(['AAA', 'AA'], ['AA', 'A'], ['A', 'B'], ['B', 'C']).map(([better, worse]) => ({
    field: 'tierFloors',
    spoil: (r) => {
      const floors = at(r, 'tierFloors');
      [floors[better], floors[worse]] = [floors[worse], floors[better]];
    },
  })),
  fc.constantFrom('AAA', 'C').map((tier) => ({
    field: `tierFloors.${tier}`,
    spoil: (r) =>
      (at(r, 'tierFloors')[tier] = Number(at(r, 'range')[tier === 'AAA' ? 'max' : 'min']) + (tier === 'AAA' ? 1 : -1)),
  })),
  fc.constant({ field: 'base', spoil: (r: Draft) => (r.base = Number(at(r, 'range').max) + 1) }),
  fc.constant({
    field: 'range',
    spoil: (r: Draft) => (r.range = { min: at(r, 'range').max, max: at(r, 'range').min }),
  }),
  fc.constantFrom(...hostileNumbers, -1, SCORE_LIMIT + 1).map((value) => ({
    field: 'range',
    spoil: (r) => (at(r, 'range').min = value),
  })),
  fc
    .constantFrom('', '   ', 'x'.repeat(NAME_MAX_LENGTH + 1), 'x'.repeat(10_000_000), 'a\u0000b', 'a\u202eb', 7, null)
    .map((name) => ({ field: 'name', spoil: (r) => (r.name = name) })),
  fc
    .constantFrom(...SOURCES)
    .map((source) => ({ field: `sources.${source}`, spoil: (r) => (at(r, 'sources')[source] = 'yes') })),
  fc
    .constantFrom(...TOPICS)
    .map((topic) => ({ field: `topics.${topic}`, spoil: (r) => delete at(r, 'topics')[topic] })),
  fc.constantFrom('platformData', 'appeals').map((field) => ({ field, spoil: (r) => (r[field] = 'sometimes') })),
];

/** A broken rule set (or not a rule set at all) and the field its refusal must name. */
export const invalidRuleSet: fc.Arbitrary<{ input: unknown; field: string }> = fc.oneof(
  fc.tuple(validRuleSet, fc.oneof(...spoilers)).map(([rules, { field, spoil }]) => {
    const input = clone(rules);
    spoil(input);
    return { input, field };
  }),
  fc.constantFrom(null, undefined, 42, 'rules', [], [1, 2], true).map((input) => ({ input, field: 'rules' })),
);
