// What a regime is: the rules of one scoring scheme, as plain data.
// Presets live in ./regimes; the functions that apply them live in ./score.ts.

import { SOURCES, TOPICS, type EventId, type GateId, type ListId, type SourceId, type TopicId } from './catalogue.ts';

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

/** A regime's id: a preset's (src/model/regimes), or `custom:<fingerprint>` for one a class wrote (see customRegimeId). */
export type RegimeId = string;

/**
 * Platform data (events whose source is `platform`): `always` counted, or only `with_consent`, that is while the
 * person is a member of the platform's programme (joined TrustPerks and has not left). Under `with_consent`
 * joining counts (it is the consent) and leaving does not (withdrawing consent cannot be punished by the platform).
 */
export const PLATFORM_DATA = ['always', 'with_consent'] as const;
export type PlatformData = (typeof PLATFORM_DATA)[number];

/**
 * A disputed event while its appeal is open: it `stands` (counted until the appeal is decided), or it is held
 * `pending` (its change is taken back when the appeal is filed, given back if the appeal is rejected, and the
 * ledger marks it pending, then upheld or rejected).
 */
export const APPEAL_MODES = ['stands', 'pending'] as const;
export type AppealMode = (typeof APPEAL_MODES)[number];

/** The longest name a class may give its rule set, in UTF-16 code units. */
export const NAME_MAX_LENGTH = 60;

export interface Regime {
  id: RegimeId;
  /** A class's own name for its rule set: user text, only ever shown as text. Presets have none (their names are messages). */
  name?: string;
  base: number;
  range: { min: number; max: number };
  /** Lowest score of each tier; a score belongs to the best tier whose floor it reaches. */
  tierFloors: Record<Exclude<Tier, 'D'>, number>;
  events: Record<EventId, EventRule>;
  gates: Record<GateId, GateRule>;
  /** Which reporters the score listens to: an event from a source switched off changes nothing (no points, no list). */
  sources: Record<SourceId, boolean>;
  /** Which parts of life the score looks at: an event on a topic switched off changes nothing. */
  topics: Record<TopicId, boolean>;
  platformData: PlatformData;
  appeals: AppealMode;
}

/** What a file or a link carries: a rule set without its id (the id is derived from it), with the class's name. */
export type RuleSet = Omit<Regime, 'id' | 'name'> & { name: string };

/** A regime with a class's name: what checkRegime returns and what travels. */
export type NamedRegime = Regime & { name: string };

/**
 * The presets' switches: every reporter and every part of life is listened to (a class can switch them off),
 * platform data needs no consent, and a disputed camera event stands until its appeal is decided.
 */
export const EVERYTHING_COUNTS = {
  sources: Object.fromEntries(SOURCES.map((source) => [source, true])) as Record<SourceId, boolean>,
  topics: Object.fromEntries(TOPICS.map((topic) => [topic, true])) as Record<TopicId, boolean>,
  platformData: 'always',
  appeals: 'stands',
} as const satisfies Pick<Regime, 'sources' | 'topics' | 'platformData' | 'appeals'>;
