import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENTS, GATES, type EventId } from '../../src/model/catalogue';
import { TIERS, type Regime } from '../../src/model/regime';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { checkGate, isMember, recordEvent, startScore, tierOf, tierRank } from '../../src/model/score';
import { summariseChapter } from '../../src/model/chapter-summary';
import { validRuleSet } from '../helpers/rule-sets';

const regime = DEFAULT_REGIME;
const eventIds = Object.keys(EVENTS) as EventId[];
const replay = (events: EventId[]) =>
  events.reduce((state, event, i) => recordEvent(regime, state, event, 1 + (i % 3)), startScore(regime));

describe('score model', () => {
  it('starts every resident at the regime base score, on no list, with an empty ledger', () => {
    expect(startScore(regime)).toEqual({ score: 1000, lists: [], ledger: [] });
    expect(tierOf(regime, 1000)).toBe('A');
  });

  it('records a red-light crossing as a camera deduction in the ledger', () => {
    const state = recordEvent(regime, startScore(regime), 'crossed_on_red', 1);
    expect(state.score).toBe(980);
    expect(state.ledger).toEqual([
      { event: 'crossed_on_red', source: 'camera', delta: -20, score: 980, chapter: 1, listed: [], cleared: [] },
    ]);
  });

  it('places tiers at the regime floors', () => {
    expect([1050, 1049, 1030, 1029, 960, 959, 850, 849, 600, 599].map((s) => tierOf(regime, s))).toEqual([
      'AAA',
      'AA',
      'AA',
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
    ]);
  });

  it('closes a gate with the tier it needs, the tier held and the score when the score is too low', () => {
    const state = ['crossed_on_red', 'post_flagged_rumour'].reduce(
      (s, e) => recordEvent(regime, s, e as EventId, 1),
      startScore(regime),
    );
    expect(state.score).toBe(950);
    expect(checkGate(regime, state, 'loan_small')).toEqual({
      open: false,
      reason: { key: 'tier_too_low', need: 'A', have: 'B', score: 950 },
    });
    expect(checkGate(regime, state, 'rail_highspeed')).toEqual({ open: true });
  });

  it('keeps rail and loans shut while the resident is on the court debtor list, whatever the score', () => {
    let state = recordEvent(regime, startScore(regime), 'court_judgment_unpaid', 2);
    for (let i = 0; i < 10; i += 1) state = recordEvent(regime, state, 'blood_donated', 2);
    expect(tierOf(regime, state.score)).toBe('AAA');
    expect(checkGate(regime, state, 'rail_highspeed')).toEqual({
      open: false,
      reason: { key: 'listed', list: 'court_debtors' },
    });
    expect(checkGate(regime, state, 'services_fast_lane').open).toBe(true);
    state = recordEvent(regime, state, 'court_judgment_settled', 3);
    expect(state.lists).toEqual([]);
    expect(checkGate(regime, state, 'rail_highspeed').open).toBe(true);
  });

  it('gives every shipped regime a rule for every event and every gate, with tier floors best first', () => {
    for (const preset of Object.values(REGIMES)) {
      expect(Object.keys(preset.events).sort()).toEqual([...eventIds].sort());
      expect(Object.keys(preset.gates).sort()).toEqual([...GATES].sort());
      const floors = TIERS.filter((t) => t !== 'D').map((t) => preset.tierFloors[t as Exclude<typeof t, 'D'>]);
      expect([...floors].sort((a, b) => b - a)).toEqual(floors);
    }
  });
});

describe('score model properties', () => {
  const events = fc.array(fc.constantFrom(...eventIds), { maxLength: 120 });

  it('gives the same score, lists and ledger for the same events, every time', () => {
    fc.assert(
      fc.property(events, (list) => {
        expect(replay(list)).toEqual(replay([...list]));
      }),
    );
  });

  it('keeps the score inside the regime range and the ledger adding up to it', () => {
    fc.assert(
      fc.property(events, (list) => {
        const state = replay(list);
        expect(state.score).toBeGreaterThanOrEqual(regime.range.min);
        expect(state.score).toBeLessThanOrEqual(regime.range.max);
        expect(regime.base + state.ledger.reduce((sum, entry) => sum + entry.delta, 0)).toBe(state.score);
      }),
    );
  });

  it('never lets a better tier close a door a worse tier opens, unless a list blocks it', () => {
    const score = fc.integer({ min: regime.range.min, max: regime.range.max });
    fc.assert(
      fc.property(score, score, fc.constantFrom(...GATES), (a, b, gate) => {
        const [worse, better] = tierRank(tierOf(regime, a)) >= tierRank(tierOf(regime, b)) ? [a, b] : [b, a];
        const at = (s: number) => checkGate(regime, { score: s, lists: [], ledger: [] }, gate).open;
        if (at(worse)) expect(at(better)).toBe(true);
      }),
    );
  });
});

describe('chapter summaries', () => {
  const play = (events: [EventId, number][]) =>
    events.reduce((state, [event, chapter]) => recordEvent(regime, state, event, chapter), startScore(regime));

  it('lists what a chapter counted and the doors it shut', () => {
    const state = play([
      ['trust_perks_joined', 1],
      ['crossed_on_red', 2],
      ['post_flagged_rumour', 2],
      ['utility_bill_late', 2],
    ]);
    const summary = summariseChapter(regime, state, 2);
    expect(summary.start).toBe(1020);
    expect(summary.end).toBe(950);
    expect(summary.entries.map((e) => e.event)).toEqual(['crossed_on_red', 'post_flagged_rumour', 'utility_bill_late']);
    expect(summary.opened).toEqual([]);
    expect(summary.closed).toEqual([
      'loan_small',
      'mortgage',
      'flight_domestic',
      'job_private_screening',
      'school_place',
    ]);
  });

  it('counts the court list among what shuts doors, and its clearing among what opens them', () => {
    const state = play([
      ['court_judgment_unpaid', 1],
      ['court_judgment_settled', 2],
    ]);
    expect(summariseChapter(regime, state, 1).closed).toContain('rail_highspeed');
    expect(summariseChapter(regime, state, 2).opened).toContain('rail_highspeed');
  });

  it('reports a chapter with nothing counted as unchanged', () => {
    const summary = summariseChapter(regime, play([['volunteered', 1]]), 2);
    expect(summary).toEqual({ chapter: 2, start: 1010, end: 1010, entries: [], opened: [], closed: [] });
  });
});

describe('what a rule set counts', () => {
  const play = (rules: Regime, events: EventId[]) =>
    events.reduce((state, event) => recordEvent(rules, state, event, 1), startScore(rules));

  it('counts nothing from a source switched off, and says so on the ledger line', () => {
    const rules: Regime = { ...regime, sources: { ...regime.sources, camera: false } };
    const state = play(rules, ['crossed_on_red', 'blood_donated']);
    expect(state.score).toBe(1010);
    expect(state.ledger[0]).toMatchObject({ event: 'crossed_on_red', delta: 0, uncounted: 'source' });
    expect(state.ledger[1].uncounted).toBeUndefined();
  });

  it('counts nothing about a topic switched off: no points for worship, and no neighbour reports', () => {
    const rules: Regime = { ...regime, topics: { ...regime.topics, worship: false, neighbour_reports: false } };
    const state = play(rules, [
      'worship_unregistered',
      'venue_records_refused',
      'neighbour_reported',
      'report_declined',
    ]);
    expect(state.score).toBe(regime.base);
    expect(state.ledger.map((entry) => entry.uncounted)).toEqual(['topic', 'topic', 'topic', 'topic']);
  });

  it('puts nobody on a list through an event it does not count', () => {
    const rules: Regime = { ...regime, sources: { ...regime.sources, court: false } };
    const state = play(rules, ['court_judgment_unpaid']);
    expect(state.lists).toEqual([]);
    expect(checkGate(rules, state, 'rail_highspeed').open).toBe(true);
  });

  it('takes platform data only from members when it needs consent: joining counts, leaving costs nothing', () => {
    const rules: Regime = { ...regime, platformData: 'with_consent' };
    const outsider = play(rules, ['post_flagged_rumour', 'contact_listed']);
    expect(outsider.score).toBe(regime.base);
    expect(outsider.ledger.map((entry) => entry.uncounted)).toEqual(['consent', 'consent']);
    const member = play(rules, ['trust_perks_joined', 'contact_listed', 'trust_perks_left', 'post_flagged_rumour']);
    expect(member.ledger.map((entry) => entry.delta)).toEqual([20, -10, 0, 0]);
    expect(member.ledger.map((entry) => entry.uncounted)).toEqual([undefined, undefined, 'consent', 'consent']);
    expect(isMember(member)).toBe(false);
  });

  it('counts platform data from everyone when it needs no consent, as the presets do', () => {
    const state = play(regime, ['contact_listed', 'trust_perks_left']);
    expect(state.ledger.map((entry) => entry.delta)).toEqual([-10, -20]);
  });

  it('holds a disputed camera record pending once appealed, gives the points back, then settles the appeal', () => {
    const rules: Regime = { ...regime, appeals: 'pending' };
    const filed = play(rules, ['crossed_on_red', 'appeal_filed']);
    expect(filed.score).toBe(regime.base);
    expect(filed.ledger.map(({ event, delta, appeal }) => ({ event, delta, appeal }))).toEqual([
      { event: 'crossed_on_red', delta: -20, appeal: 'pending' },
      { event: 'appeal_filed', delta: 20, appeal: undefined },
    ]);
    const rejected = recordEvent(rules, filed, 'appeal_rejected', 2);
    expect(rejected.score).toBe(regime.base - 20 - 10);
    expect(rejected.ledger[0].appeal).toBe('rejected');
    expect(rejected.ledger.at(-1)?.delta).toBe(-30);
    const upheld = recordEvent(rules, filed, 'camera_appeal_upheld', 2);
    expect(upheld.ledger[0].appeal).toBe('upheld');
    expect(upheld.score).toBe(regime.base + regime.events.camera_appeal_upheld.delta);
  });

  it('lets a disputed camera record stand while appealed when appeals do not hold it, as the presets do', () => {
    const state = play(regime, ['crossed_on_red', 'appeal_filed', 'appeal_rejected']);
    expect(state.score).toBe(regime.base - 20 - 10);
    expect(state.ledger.every((entry) => entry.appeal === undefined)).toBe(true);
  });

  it('holds nothing when an appeal is filed with no camera record to dispute', () => {
    const rules: Regime = { ...regime, appeals: 'pending' };
    const state = play(rules, ['appeal_filed', 'crossed_on_red', 'appeal_rejected']);
    expect(state.score).toBe(regime.base - 20 - 10);
    expect(state.ledger[1].appeal).toBeUndefined();
  });

  it('keeps the score in range and the ledger adding up to it under any valid rule set and events', () => {
    fc.assert(
      fc.property(validRuleSet, fc.array(fc.constantFrom(...eventIds), { maxLength: 80 }), (rules, events) => {
        const custom = { id: 'custom:test', ...rules };
        const state = events.reduce((s, event) => recordEvent(custom, s, event, 1), startScore(custom));
        expect(state.score).toBeGreaterThanOrEqual(custom.range.min);
        expect(state.score).toBeLessThanOrEqual(custom.range.max);
        expect(custom.base + state.ledger.reduce((sum, entry) => sum + entry.delta, 0)).toBe(state.score);
      }),
      { numRuns: 300 },
    );
  });
});
