// The score model: applies a regime's rules to events and answers whether a door is open.
// Pure functions over plain data, so tests, tools and the game share them. Imports only the model.

import { APPEAL, EVENTS, MEMBERSHIP, type EventId, type GateId, type ListId, type SourceId } from './catalogue.ts';
import { TIERS, type Regime, type Tier } from './regime.ts';

/** One line of the ledger: what was counted, who reported it, and what it did. */
export interface LedgerEntry {
  event: EventId;
  source: SourceId;
  /** The change actually applied, after the score was kept within the regime's range. */
  delta: number;
  /** The score after this line. */
  score: number;
  chapter: number;
  listed: readonly ListId[];
  cleared: readonly ListId[];
  /**
   * Set when the rules did not count this event's own rule (no points of its own, no list): its `source` or its
   * `topic` is switched off, or it is platform data and the person had not `consent`ed. Absent when it counted.
   * (An appeal filed or decided still holds or releases its disputed line: that is the `appeals` rule.)
   */
  uncounted?: Uncounted;
  /** Set on a disputed line once an appeal is filed against it under `appeals: 'pending'`. */
  appeal?: AppealStatus;
}

export const UNCOUNTED = ['source', 'topic', 'consent'] as const;
export type Uncounted = (typeof UNCOUNTED)[number];
export const APPEAL_STATUSES = ['pending', 'upheld', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export interface ScoreState {
  score: number;
  lists: readonly ListId[];
  ledger: readonly LedgerEntry[];
}

/** Why a door is shut: always a message key with parameters, never a sentence. */
export type Reason = { key: 'tier_too_low'; need: Tier; have: Tier; score: number } | { key: 'listed'; list: ListId };

export type Door = { open: true } | { open: false; reason: Reason };

export function startScore(regime: Regime): ScoreState {
  return { score: regime.base, lists: [], ledger: [] };
}

export function tierOf(regime: Regime, score: number): Tier {
  for (const tier of TIERS) {
    if (tier === 'D' || score >= regime.tierFloors[tier]) return tier;
  }
  return 'D';
}

/** Lower is better: AAA is 0, D is 5. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** Whether the person is a member of the platform's programme (has joined and not since left) by their ledger. */
export function isMember(state: ScoreState): boolean {
  const last = state.ledger.findLast((entry) => entry.event === MEMBERSHIP.joined || entry.event === MEMBERSHIP.left);
  return last?.event === MEMBERSHIP.joined;
}

/** Why the rules leave this event uncounted, or undefined when it counts. */
export function uncountedBy(regime: Regime, state: ScoreState, event: EventId): Uncounted | undefined {
  const { source, topic } = EVENTS[event];
  if (!regime.sources[source]) return 'source';
  if (!regime.topics[topic]) return 'topic';
  if (source === 'platform' && regime.platformData === 'with_consent') {
    const consenting = event === MEMBERSHIP.joined || (event !== MEMBERSHIP.left && isMember(state));
    if (!consenting) return 'consent';
  }
  return undefined;
}

/** The last disputed line still awaiting an appeal (`pending`) or, when filing, the last one not yet appealed. */
function disputedLine(ledger: readonly LedgerEntry[], status: AppealStatus | undefined): number {
  return ledger.findLastIndex(
    (entry) => (APPEAL.disputable as readonly EventId[]).includes(entry.event) && entry.appeal === status,
  );
}

/**
 * Under `appeals: 'pending'`, what filing or deciding an appeal does to the disputed line before the event's own
 * rule applies: the points it holds back or gives back, and the ledger with the line's new status.
 */
function settleAppeal(regime: Regime, ledger: readonly LedgerEntry[], event: EventId) {
  const unchanged = { held: 0, ledger };
  if (regime.appeals !== 'pending') return unchanged;
  const filing = event === APPEAL.filed;
  const deciding = event === APPEAL.upheld || event === APPEAL.rejected;
  if (!filing && !deciding) return unchanged;
  const index = disputedLine(ledger, filing ? undefined : 'pending');
  if (index < 0) return unchanged;
  const line = ledger[index];
  const appeal: AppealStatus = filing ? 'pending' : event === APPEAL.upheld ? 'upheld' : 'rejected';
  const held = filing ? -line.delta : appeal === 'rejected' ? line.delta : 0;
  return { held, ledger: ledger.map((entry, i) => (i === index ? { ...entry, appeal } : entry)) };
}

export function recordEvent(regime: Regime, state: ScoreState, event: EventId, chapter: number): ScoreState {
  const uncounted = uncountedBy(regime, state, event);
  const rule = uncounted ? { delta: 0 } : regime.events[event];
  const appeal = settleAppeal(regime, state.ledger, event);
  const { min, max } = regime.range;
  const score = Math.min(max, Math.max(min, state.score + appeal.held + rule.delta));
  const listed = (rule.lists ?? []).filter((list) => !state.lists.includes(list));
  const cleared = (rule.clears ?? []).filter((list) => state.lists.includes(list));
  const entry: LedgerEntry = {
    event,
    source: EVENTS[event].source,
    delta: score - state.score,
    score,
    chapter,
    listed,
    cleared,
    ...(uncounted ? { uncounted } : {}),
  };
  return {
    score,
    lists: [...state.lists.filter((list) => !cleared.includes(list)), ...listed],
    ledger: [...appeal.ledger, entry],
  };
}

export function checkGate(regime: Regime, state: ScoreState, gate: GateId): Door {
  const rule = regime.gates[gate];
  const list = rule.blockedBy.find((blocking) => state.lists.includes(blocking));
  if (list) return { open: false, reason: { key: 'listed', list } };
  const have = tierOf(regime, state.score);
  if (tierRank(have) > tierRank(rule.tier)) {
    return { open: false, reason: { key: 'tier_too_low', need: rule.tier, have, score: state.score } };
  }
  return { open: true };
}
