// The score model: applies a regime's rules to events and answers whether a door is open.
// Pure functions over plain data, so tests, tools and the game share them. Imports only the model.

import { EVENTS, type EventId, type GateId, type ListId, type SourceId } from './catalogue.ts';
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
}

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

export function recordEvent(regime: Regime, state: ScoreState, event: EventId, chapter: number): ScoreState {
  const rule = regime.events[event];
  const { min, max } = regime.range;
  const score = Math.min(max, Math.max(min, state.score + rule.delta));
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
  };
  return {
    score,
    lists: [...state.lists.filter((list) => !cleared.includes(list)), ...listed],
    ledger: [...state.ledger, entry],
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
