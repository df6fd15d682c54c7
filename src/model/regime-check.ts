// The model's own validator for a rule set from outside (an editor, a file, a link, a save): every field checked,
// and a fresh regime built from checked values only, or the problems as message keys. Imports only the model.

import { EVENTS, GATES, LISTS, SOURCES, TOPICS, type EventId, type ListId } from './catalogue.ts';
import { fnv1a } from './random.ts';
import {
  APPEAL_MODES,
  NAME_MAX_LENGTH,
  PLATFORM_DATA,
  TIERS,
  type EventRule,
  type GateRule,
  type NamedRegime,
  type Regime,
  type RuleSet,
  type Tier,
} from './regime.ts';

/** Bounds that keep every sum exact and every number printable: scores and floors, and one event's change. */
export const SCORE_LIMIT = 100_000;
export const DELTA_LIMIT = 1_000;

/** Message keys for what can be wrong with a rule set (the words are in the message tables' `rules_problems`). */
export const REGIME_PROBLEMS = [
  'not_object',
  'not_whole_number',
  'out_of_bounds',
  'not_switch',
  'not_text',
  'name_empty',
  'name_too_long',
  'name_bad_characters',
  'unknown_field',
  'missing',
  'not_one_of',
  'not_lists',
  'unknown_list',
  'repeated_list',
  'lists_and_clears',
  'range_order',
  'outside_range',
  'floors_order',
  // What can be wrong with the file or link that carries a rule set (src/app/rules-share.ts).
  'not_json',
  'too_large',
  'wrong_format',
  'wrong_version',
  'not_a_link',
  'garbled_link',
] as const;
export type RegimeProblemKey = (typeof REGIME_PROBLEMS)[number];

/** One thing wrong: where (a path such as `events.crossed_on_red.delta`), which message, and its values. */
export interface RegimeProblem {
  field: string;
  key: RegimeProblemKey;
  params?: Record<string, string | number>;
}

export type RegimeCheck = { ok: true; regime: NamedRegime } | { ok: false; problems: RegimeProblem[] };

const FLOOR_TIERS = TIERS.filter((tier): tier is Exclude<Tier, 'D'> => tier !== 'D');
const FIELDS = [
  'id',
  'name',
  'base',
  'range',
  'tierFloors',
  'events',
  'gates',
  'sources',
  'topics',
  'platformData',
  'appeals',
];
const ID_MAX_LENGTH = 100;
/** Enough to say what is wrong; a hostile input with thousands of bad fields gets no longer an answer. */
export const MAX_PROBLEMS = 100;
// Control characters, and the bidirectional overrides that could make a name read differently from what it is.
// eslint-disable-next-line no-control-regex
export const NAME_BAD_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The whole rule set's own field name, left out of its fields' paths (`base`, not `rules.base`). */
const ROOT = 'rules';
const pathOf = (field: string, key: string | number) => (field === ROOT ? `${key}` : `${field}.${key}`);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems while reading an unknown value; each reader returns a checked value or undefined. */
class Reader {
  readonly problems: RegimeProblem[] = [];

  refuse(field: string, key: RegimeProblemKey, params?: RegimeProblem['params']): undefined {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(params ? { field, key, params } : { field, key });
    return undefined;
  }

  record(value: unknown, field: string, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (value === undefined) return this.refuse(field, 'missing');
    if (!isPlainRecord(value)) return this.refuse(field, 'not_object');
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.refuse(pathOf(field, key), 'unknown_field');
    }
    return value;
  }

  /** A record that must hold exactly `ids`, each read by `read`. */
  table<T>(
    value: unknown,
    field: string,
    ids: readonly string[],
    read: (item: unknown, field: string) => T | undefined,
  ): Record<string, T> | undefined {
    const record = this.record(value, field, ids);
    if (!record) return undefined;
    const entries = ids.map((id) =>
      Object.hasOwn(record, id)
        ? [id, read(record[id], `${field}.${id}`)]
        : [id, this.refuse(`${field}.${id}`, 'missing')],
    );
    return entries.every(([, item]) => item !== undefined) ? Object.fromEntries(entries) : undefined;
  }

  wholeNumber(value: unknown, field: string, min: number, max: number): number | undefined {
    if (value === undefined) return this.refuse(field, 'missing');
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.refuse(field, 'not_whole_number');
    if (value < min || value > max) return this.refuse(field, 'out_of_bounds', { min, max });
    return value;
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return this.refuse(field, 'missing');
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.refuse(field, 'not_one_of', { allowed: allowed.join(', ') });
  }

  switch(value: unknown, field: string): boolean | undefined {
    if (value === undefined) return this.refuse(field, 'missing');
    return typeof value === 'boolean' ? value : this.refuse(field, 'not_switch');
  }

  lists(value: unknown, field: string): readonly ListId[] | undefined {
    if (value === undefined) return this.refuse(field, 'missing');
    if (!Array.isArray(value) || value.length > LISTS.length * 4) return this.refuse(field, 'not_lists');
    const lists: ListId[] = [];
    value.forEach((item: unknown, index) => {
      const list = (LISTS as readonly unknown[]).includes(item) ? (item as ListId) : undefined;
      if (!list) this.refuse(`${field}.${index}`, 'unknown_list');
      else if (lists.includes(list)) this.refuse(`${field}.${index}`, 'repeated_list', { list });
      else lists.push(list);
    });
    return lists.length === value.length ? lists : undefined;
  }

  name(value: unknown, field: string): string | undefined {
    if (value === undefined) return this.refuse(field, 'missing');
    if (typeof value !== 'string') return this.refuse(field, 'not_text');
    if (value.length > NAME_MAX_LENGTH) return this.refuse(field, 'name_too_long', { max: NAME_MAX_LENGTH });
    const name = value.trim();
    if (name === '') return this.refuse(field, 'name_empty');
    if (NAME_BAD_CHARACTERS.test(name)) return this.refuse(field, 'name_bad_characters');
    return name;
  }
}

function readEvent(reader: Reader, value: unknown, field: string): EventRule | undefined {
  const record = reader.record(value, field, ['delta', 'lists', 'clears']);
  if (!record) return undefined;
  const delta = reader.wholeNumber(record.delta, `${field}.delta`, -DELTA_LIMIT, DELTA_LIMIT);
  const lists = record.lists === undefined ? [] : reader.lists(record.lists, `${field}.lists`);
  const clears = record.clears === undefined ? [] : reader.lists(record.clears, `${field}.clears`);
  if (delta === undefined || !lists || !clears) return undefined;
  const both = lists.find((list) => clears.includes(list));
  if (both) return reader.refuse(`${field}.clears`, 'lists_and_clears', { list: both });
  return { delta, ...(lists.length ? { lists } : {}), ...(clears.length ? { clears } : {}) };
}

function readGate(reader: Reader, value: unknown, field: string): GateRule | undefined {
  const record = reader.record(value, field, ['tier', 'blockedBy']);
  if (!record) return undefined;
  const tier = reader.oneOf(record.tier, `${field}.tier`, TIERS);
  const blockedBy = reader.lists(record.blockedBy, `${field}.blockedBy`);
  return tier && blockedBy ? { tier, blockedBy } : undefined;
}

/** The order-dependent checks, once every number has been read: range, base and floors agree with one another. */
function checkOrder(reader: Reader, regime: Omit<Regime, 'id'>): void {
  const { min, max } = regime.range;
  if (min >= max) {
    reader.refuse('range', 'range_order');
    return;
  }
  if (regime.base < min || regime.base > max) reader.refuse('base', 'outside_range', { min, max });
  FLOOR_TIERS.forEach((tier, index) => {
    const floor = regime.tierFloors[tier];
    if (floor < min || floor > max) reader.refuse(`tierFloors.${tier}`, 'outside_range', { min, max });
    const better = FLOOR_TIERS[index - 1];
    if (better && floor >= regime.tierFloors[better]) {
      reader.refuse(`tierFloors.${tier}`, 'floors_order', { tier, better, floor: regime.tierFloors[better] });
    }
  });
}

/** The rules a regime is made of, in a fixed key order, without its id: what a file, a link and the id hash. */
export function ruleSetOf(regime: RuleSet | NamedRegime): RuleSet {
  const { name, base, range, tierFloors, events, gates, sources, topics, platformData, appeals } = regime;
  return { name, base, range, tierFloors, events, gates, sources, topics, platformData, appeals };
}

/** JSON with every object's keys in order, so the same rules read back from anywhere (a database reorders keys) print alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A class's rule set's id: never a preset's (they have no colon), the same for the same rules and name. */
export function customRegimeId(rules: RuleSet): string {
  return `custom:${fnv1a(canonicalJson(ruleSetOf(rules))).toString(36)}`;
}

/**
 * Checks a rule set from anywhere. `id` may be present (an editor's draft keeps its preset's) but is never
 * trusted: the regime returned is built afresh from checked values, named, with its id from customRegimeId.
 */
export function checkRegime(input: unknown): RegimeCheck {
  const reader = new Reader();
  const record = reader.record(input, ROOT, FIELDS);
  if (!record) return { ok: false, problems: reader.problems };
  if (record.id !== undefined && (typeof record.id !== 'string' || record.id.length > ID_MAX_LENGTH)) {
    reader.refuse('id', 'not_text');
  }
  const name = reader.name(record.name, 'name');
  const score = (value: unknown, field: string) => reader.wholeNumber(value, field, 0, SCORE_LIMIT);
  const base = score(record.base, 'base');
  const rangeRecord = reader.record(record.range, 'range', ['min', 'max']);
  const min = rangeRecord && score(rangeRecord.min, 'range.min');
  const max = rangeRecord && score(rangeRecord.max, 'range.max');
  const tierFloors = reader.table(record.tierFloors, 'tierFloors', FLOOR_TIERS, score);
  const events = reader.table(record.events, 'events', Object.keys(EVENTS), (v, f) => readEvent(reader, v, f));
  const gates = reader.table(record.gates, 'gates', GATES, (v, f) => readGate(reader, v, f));
  const sources = reader.table(record.sources, 'sources', SOURCES, (v, f) => reader.switch(v, f));
  const topics = reader.table(record.topics, 'topics', TOPICS, (v, f) => reader.switch(v, f));
  const platformData = reader.oneOf(record.platformData, 'platformData', PLATFORM_DATA);
  const appeals = reader.oneOf(record.appeals, 'appeals', APPEAL_MODES);
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  const rules = {
    name: name!,
    base: base!,
    range: { min: min!, max: max! },
    tierFloors: tierFloors as Regime['tierFloors'],
    events: events as Record<EventId, EventRule>,
    gates: gates as Regime['gates'],
    sources: sources as Regime['sources'],
    topics: topics as Regime['topics'],
    platformData: platformData!,
    appeals: appeals!,
  };
  checkOrder(reader, rules);
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  return { ok: true, regime: { id: customRegimeId(rules), ...rules } };
}
