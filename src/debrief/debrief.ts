// Turns a finished playthrough into the debrief a class discusses: the score over time, the rules
// that touched the player, the doors met, the roads not taken, and the same choices under other regimes.
// Pure data; imports the model and ./replay, no DOM.

import { EVENTS, GATES, type EventId, type GateId, type ListId, type SourceId } from '../model/catalogue';
import type { Regime, RegimeId, Tier } from '../model/regime';
import { tierOf, tierRank, type LedgerEntry, type Reason } from '../model/score';
import { PROMPTS, type PromptCondition, type PromptId } from './prompts';
import { startRunner } from '../narrative/runner';
import { replay, type Playthrough, type Replay } from './replay';

export interface TimelinePoint {
  /** 0 is the start; then one point per ledger line. */
  step: number;
  chapter: number;
  score: number;
  tier: Tier;
  entry?: LedgerEntry;
}

export interface EventRow {
  event: EventId;
  source: SourceId;
  delta: number;
  lists: readonly ListId[];
  clears: readonly ListId[];
  /** How often it was counted against or for this player. */
  hits: number;
}

export interface GateRow {
  gate: GateId;
  tier: Tier;
  blockedBy: readonly ListId[];
  /** Whether the player met this door on a choice. */
  met: boolean;
}

export interface DoorMet {
  gate: GateId;
  chapter: number;
  open: boolean;
  reason?: Reason;
  /** Whether the player walked through it. */
  taken: boolean;
}

export interface RoadNotTaken {
  poll: string;
  chapter: number;
  /** Every option offered, in the order offered, shut ones with their reason; `source` is the same in every language. */
  options: { source: string; text: string; locked?: Reason; road?: string }[];
  /** The position of the option the player took. */
  chosen: number;
}

export interface Outcome {
  regime: RegimeId;
  /** A class's name for its rule set (user text, shown as text only); absent for a preset, named by its id. */
  name?: string;
  ending: string | null;
  score: number;
  tier: Tier;
  lists: readonly ListId[];
  /** Doors on the choices met, open and shut. */
  doorsOpen: number;
  doorsShut: number;
  divergedAt?: Replay['divergedAt'];
  stopped?: string;
}

export interface Debrief {
  regime: RegimeId;
  /** A class's name for the rule set in force; absent for a preset. */
  name?: string;
  ending: string;
  start: number;
  timeline: TimelinePoint[];
  tierFloors: Regime['tierFloors'];
  range: Regime['range'];
  events: EventRow[];
  gates: GateRow[];
  doors: DoorMet[];
  roads: RoadNotTaken[];
  /** The regime in force first, then every other preset, with the same choices. */
  outcomes: Outcome[];
  prompts: PromptId[];
}

function outcomeOf(regime: Regime, run: Replay): Outcome {
  const doors = run.steps.flatMap((step) => step.choices.filter((choice) => choice.gate));
  return {
    regime: regime.id,
    ...(regime.name === undefined ? {} : { name: regime.name }),
    ending: run.ending,
    score: run.score.score,
    tier: tierOf(regime, run.score.score),
    lists: run.score.lists,
    doorsOpen: doors.filter((choice) => !choice.locked).length,
    doorsShut: doors.filter((choice) => choice.locked).length,
    divergedAt: run.divergedAt,
    stopped: run.stopped,
  };
}

function doorsOf(run: Replay): DoorMet[] {
  return run.steps.flatMap((step) =>
    step.choices
      .filter((choice) => choice.gate)
      .map((choice) => ({
        gate: choice.gate as GateId,
        chapter: step.chapter,
        open: !choice.locked,
        ...(choice.locked ? { reason: choice.locked } : {}),
        taken: choice.index === step.taken,
      })),
  );
}

function roadsOf(run: Replay): RoadNotTaken[] {
  return run.steps.flatMap((step) =>
    step.poll
      ? [
          {
            poll: step.poll,
            chapter: step.chapter,
            options: step.choices.map(({ source, text, locked, road }) => ({
              source,
              text,
              ...(locked ? { locked } : {}),
              ...(road ? { road } : {}),
            })),
            chosen: step.choices.findIndex((choice) => choice.index === step.taken),
          },
        ]
      : [],
  );
}

const holds = (condition: PromptCondition, facts: { events: Set<EventId>; tier: Tier; shut: boolean }) => {
  if ('event' in condition) return facts.events.has(condition.event);
  if ('endedAtBest' in condition) return tierRank(facts.tier) <= tierRank(condition.endedAtBest);
  if ('endedAtWorst' in condition) return tierRank(facts.tier) >= tierRank(condition.endedAtWorst);
  return facts.shut === condition.metShutDoor;
};

/**
 * Replays the playthrough under its own regime (to see every choice point as it was) and under
 * each of `others`, and gathers everything the debrief shows. Throws only if the playthrough does
 * not replay to an ending under its own rules, which would mean the save is not from this story.
 */
export function buildDebrief(story: string, regime: Regime, play: Playthrough, others: readonly Regime[]): Debrief {
  const runner = startRunner({ story, regime, seed: play.seed, variables: play.variables });
  const own = replay(runner, regime, play);
  if (!own.ending || own.divergedAt) throw new Error(own.stopped ?? 'the playthrough does not replay to its ending');
  const ledger = own.score.ledger;
  const timeline: TimelinePoint[] = [
    { step: 0, chapter: 1, score: regime.base, tier: tierOf(regime, regime.base) },
    ...ledger.map((entry, index) => ({
      step: index + 1,
      chapter: entry.chapter,
      score: entry.score,
      tier: tierOf(regime, entry.score),
      entry,
    })),
  ];
  const hits = new Map<EventId, number>();
  for (const entry of ledger) hits.set(entry.event, (hits.get(entry.event) ?? 0) + 1);
  const doors = doorsOf(own);
  const met = new Set(doors.map((door) => door.gate));
  const facts = {
    events: new Set(hits.keys()),
    tier: tierOf(regime, own.score.score),
    shut: doors.some((door) => !door.open),
  };
  return {
    regime: regime.id,
    ...(regime.name === undefined ? {} : { name: regime.name }),
    ending: own.ending,
    start: regime.base,
    timeline,
    tierFloors: regime.tierFloors,
    range: regime.range,
    events: (Object.keys(EVENTS) as EventId[]).map((event) => ({
      event,
      source: EVENTS[event].source,
      delta: regime.events[event].delta,
      lists: regime.events[event].lists ?? [],
      clears: regime.events[event].clears ?? [],
      hits: hits.get(event) ?? 0,
    })),
    gates: GATES.map((gate) => ({ ...regime.gates[gate], gate, met: met.has(gate) })),
    doors,
    roads: roadsOf(own),
    outcomes: [outcomeOf(regime, own), ...others.map((other) => outcomeOf(other, replay(runner, other, play)))],
    prompts: PROMPTS.filter((prompt) => holds(prompt.when, facts)).map((prompt) => prompt.id),
  };
}
