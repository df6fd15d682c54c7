// A rule set in plain words, for the rules editor and for a link's rules shown before play: what it says (or
// what it changes from a preset) as message keys with values, then the player's language. Imports model and i18n.

import { EVENTS, GATES, SOURCES, TOPICS, type EventId, type ListId } from '../model/catalogue';
import type { Regime } from '../model/regime';
import type { RegimeProblem } from '../model/regime-check';
import { REGIMES } from '../model/regimes';
import { format, formatDelta, type Messages, type Params } from '../i18n/messages';

/**
 * One sentence about a rule set: the field it speaks of, its key in the message tables' `rules_words`, and its
 * values. Ids stay ids here (`event`, `gate`, `list`, `source`, `topic`, `tier`, `regime`) and `delta` stays a
 * number; ruleWordText puts them into words.
 */
export interface RuleWord {
  field: string;
  key: RuleWordKey;
  params?: Params;
}

export type RuleWordKey = keyof Messages['rules_words'];

const EVENT_IDS = Object.keys(EVENTS) as EventId[];
const FLOOR_TIERS = ['AAA', 'AA', 'A', 'B', 'C'] as const;

const sameLists = (a: readonly ListId[] = [], b: readonly ListId[] = []) =>
  a.length === b.length && a.every((list) => b.includes(list));

/** The sentences for one event's rule: its points, and the lists it puts people on and takes them off. */
function eventWords(regime: Regime, event: EventId, before?: Regime): RuleWord[] {
  const rule = regime.events[event];
  const old = before?.events[event];
  const field = `events.${event}`;
  const words: RuleWord[] = [];
  if (!old || old.delta !== rule.delta) {
    words.push(
      rule.delta === 0
        ? { field: `${field}.delta`, key: 'event_nothing', params: { event } }
        : { field: `${field}.delta`, key: 'event_points', params: { event, delta: rule.delta } },
    );
  }
  for (const [kind, lists, was] of [
    ['lists', rule.lists, old?.lists],
    ['clears', rule.clears, old?.clears],
  ] as const) {
    if (old && sameLists(lists, was)) continue;
    if (!lists?.length && old) words.push({ field: `${field}.${kind}`, key: `event_${kind}_none`, params: { event } });
    for (const list of lists ?? [])
      words.push({ field: `${field}.${kind}`, key: `event_${kind}`, params: { event, list } });
  }
  return words;
}

/** The sentences for what a door needs: a tier (or none), and the lists that keep it shut. */
function gateWords(regime: Regime, before?: Regime): RuleWord[] {
  return GATES.flatMap((gate) => {
    const rule = regime.gates[gate];
    const old = before?.gates[gate];
    const field = `gates.${gate}`;
    const words: RuleWord[] = [];
    if (!old || old.tier !== rule.tier) {
      words.push(
        rule.tier === 'D'
          ? { field: `${field}.tier`, key: 'gate_any_tier', params: { gate } }
          : { field: `${field}.tier`, key: 'gate_tier', params: { gate, tier: rule.tier } },
      );
    }
    if (!old || !sameLists(rule.blockedBy, old.blockedBy)) {
      if (rule.blockedBy.length === 0)
        words.push({ field: `${field}.blockedBy`, key: 'gate_no_list', params: { gate } });
      for (const list of rule.blockedBy) {
        words.push({ field: `${field}.blockedBy`, key: 'gate_list', params: { gate, list } });
      }
    }
    return words;
  });
}

/**
 * A rule set in sentences: all of it, or, given `before` (the preset it is compared with), only what differs,
 * ending with "otherwise the same as …" (or "the same rules as …" when nothing differs).
 */
export function describeRules(regime: Regime, before?: Regime): RuleWord[] {
  const changed = <T>(get: (r: Regime) => T) => !before || get(before) !== get(regime);
  const words: RuleWord[] = [];
  if (changed((r) => r.base)) words.push({ field: 'base', key: 'base', params: { base: regime.base } });
  if (changed((r) => r.range.min) || changed((r) => r.range.max)) {
    words.push({ field: 'range', key: 'range', params: { min: regime.range.min, max: regime.range.max } });
  }
  for (const tier of FLOOR_TIERS) {
    if (changed((r) => r.tierFloors[tier])) {
      words.push({ field: `tierFloors.${tier}`, key: 'floor', params: { tier, floor: regime.tierFloors[tier] } });
    }
  }
  for (const source of SOURCES) {
    if (changed((r) => r.sources[source])) {
      words.push({
        field: `sources.${source}`,
        key: regime.sources[source] ? 'source_on' : 'source_off',
        params: { source },
      });
    }
  }
  for (const topic of TOPICS) {
    if (changed((r) => r.topics[topic])) {
      words.push({ field: `topics.${topic}`, key: regime.topics[topic] ? 'topic_on' : 'topic_off', params: { topic } });
    }
  }
  if (changed((r) => r.platformData)) words.push({ field: 'platformData', key: `platform_${regime.platformData}` });
  if (changed((r) => r.appeals)) words.push({ field: 'appeals', key: `appeals_${regime.appeals}` });
  words.push(...EVENT_IDS.flatMap((event) => eventWords(regime, event, before)), ...gateWords(regime, before));
  if (before) {
    words.push({ field: 'rules', key: words.length ? 'otherwise_same' : 'all_same', params: { regime: before.id } });
  }
  return words;
}

/** The preset a rule set differs least from, to describe it by its differences. */
export function closestPreset(regime: Regime): Regime {
  const presets = Object.values(REGIMES);
  const distance = (preset: Regime) => describeRules(regime, preset).length;
  return presets.reduce((best, preset) => (distance(preset) < distance(best) ? preset : best), presets[0]);
}

/** A word's values in the player's language: ids become names, a `delta` a signed number. */
function wordParams(m: Messages, params: Params = {}): Params {
  const names: Record<string, (id: string) => string | undefined> = {
    event: (id) => m.events[id as EventId],
    gate: (id) => m.gates[id as keyof Messages['gates']],
    list: (id) => m.lists[id as ListId],
    source: (id) => m.sources[id as keyof Messages['sources']],
    topic: (id) => m.topics[id as keyof Messages['topics']],
    tier: (id) => m.tiers[id as keyof Messages['tiers']],
    better: (id) => m.tiers[id as keyof Messages['tiers']],
    regime: (id) => m.regimes[id]?.name,
  };
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (name === 'delta' && typeof value === 'number') return [name, formatDelta(m, value)];
      const named = typeof value === 'string' && Object.hasOwn(names, name) ? names[name](value) : undefined;
      return [name, named ?? value];
    }),
  );
}

export function ruleWordText(m: Messages, word: RuleWord): string {
  return format(m, m.rules_words[word.key], wordParams(m, word.params));
}

/**
 * The name of the field a problem's path points at (`events.crossed_on_red.delta`, `tierFloors.AA`, `link`), in
 * the player's language; a path the game does not know is shown as it was written.
 */
export function fieldName(m: Messages, field: string): string {
  const [head, id, part] = field.split('.');
  const f = m.rules_fields;
  const known = <T extends string>(ids: readonly T[]) => (ids as readonly string[]).includes(id);
  const say = (template: string, params: Params) => format(m, template, wordParams(m, params));
  if (head === 'events' && Object.hasOwn(EVENTS, id)) {
    const template =
      part === 'delta'
        ? f.event_delta
        : part === 'lists'
          ? f.event_lists
          : part === 'clears'
            ? f.event_clears
            : f.event;
    return say(template, { event: id });
  }
  if (head === 'gates' && known(GATES)) {
    return say(part === 'tier' ? f.gate_tier : part === 'blockedBy' ? f.gate_lists : f.gate, { gate: id });
  }
  if (head === 'tierFloors' && known(FLOOR_TIERS)) return say(f.tier_floor, { tier: id });
  if (head === 'sources' && known(SOURCES)) return say(f.source, { source: id });
  if (head === 'topics' && known(TOPICS)) return say(f.topic, { topic: id });
  if (head === 'range' && (id === 'min' || id === 'max')) return f[`range_${id}`];
  const whole: Record<string, string> = {
    name: f.name,
    base: f.base,
    range: f.range,
    tierFloors: f.tier_floors,
    events: f.events,
    gates: f.gates,
    sources: f.sources,
    topics: f.topics,
    platformData: f.platform,
    appeals: f.appeals,
    rules: f.rules,
    file: f.file,
    link: f.link,
    'file.version': f.version,
    'link.version': f.version,
  };
  return Object.hasOwn(whole, field) ? whole[field] : field;
}

/**
 * A class's name for its rules, isolated so that a name in one direction cannot reorder the sentence around it in
 * the other (an English name in an Arabic line). The checker refuses isolates inside names, so it stays balanced.
 */
export function isolateName(name: string): string {
  return `\u2068${name}\u2069`;
}

/** One problem as a sentence that names its field: "Heping Rd: crossing on red, points: should be a whole number". */
export function problemText(m: Messages, problem: RegimeProblem): string {
  return format(m, m.rules_words.problem, {
    field: fieldName(m, problem.field),
    problem: format(m, m.rules_problems[problem.key], wordParams(m, problem.params)),
  });
}
