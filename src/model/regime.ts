// What a regime is: the rules of one scoring scheme, as plain data.
// Presets live in ./regimes; the functions that apply them live in ./score.ts.

import type { EventId, GateId, ListId } from './catalogue.ts';

export const TIERS = ['AAA', 'AA', 'A', 'B', 'C', 'D'] as const;
/** Tier labels, best first. */
export type Tier = (typeof TIERS)[number];

export interface EventRule {
  delta: number;
  /** Lists this event puts the person on. */
  lists?: readonly ListId[];
  /** Lists this event takes the person off. */
  clears?: readonly ListId[];
}

export interface GateRule {
  /** The worst tier that still opens the door. */
  tier: Tier;
  /** Being on any of these lists keeps the door shut, whatever the score. */
  blockedBy: readonly ListId[];
}

/** A regime's id: a preset's (src/model/regimes) or, one day, one a class wrote. */
export type RegimeId = string;

export interface Regime {
  id: RegimeId;
  base: number;
  range: { min: number; max: number };
  /** Lowest score of each tier; a score belongs to the best tier whose floor it reaches. */
  tierFloors: Record<Exclude<Tier, 'D'>, number>;
  events: Record<EventId, EventRule>;
  gates: Record<GateId, GateRule>;
}
