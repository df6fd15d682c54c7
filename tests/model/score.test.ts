import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENTS, GATES, type EventId } from '../../src/model/catalogue';
import { TIERS } from '../../src/model/regime';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { checkGate, recordEvent, startScore, tierOf, tierRank } from '../../src/model/score';
import { summariseChapter } from '../../src/model/chapter-summary';

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
