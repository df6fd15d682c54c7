// The EXTERNAL functions the story calls, bound to the score model, so that every figure the prose
// shows is the model's under the rules in force. No DOM, no Phaser. Imports inkjs's types and the model.

import type { Story } from 'inkjs';
import { isEventId, isGateId, type EventId, type GateId } from '../model/catalogue.ts';
import { TIERS, type Regime, type Tier } from '../model/regime.ts';
import { checkGate, recordEvent, tierOf, uncountedBy, type ScoreState } from '../model/score.ts';

/** What the story may ask the model, beside `record`; each answer is read-only. */
export type FigureName = 'gate' | 'score' | 'tier' | 'needs' | 'worth' | 'floor' | 'base';

/** One call the story made, in the order it made them: what a test replays against the model. */
export type ExternalCall =
  | { kind: 'record'; event: EventId }
  | { kind: 'figure'; name: FigureName; arg?: string; value: number | string | boolean };

export interface ExternalsOptions {
  /** The rules in force: a runner restarted under other rules answers by those. */
  regime(): Regime;
  read(): ScoreState;
  write(score: ScoreState): void;
  chapter(): number;
  fail(message: string): never;
  /** Told of every call, for checks that compare what the text showed with what the model held. */
  trace?: (call: ExternalCall) => void;
}

const isTier = (id: string): id is Tier => (TIERS as readonly string[]).includes(id);

/**
 * How the model answers each question. `worth` is the size of an event's change under these rules
 * (never negative: the prose says which way it goes; nothing when the rules do not count it here and now); `floor` is the score a tier starts at, and D,
 * the bottom tier, starts at the bottom of the range.
 */
const FIGURES: Record<
  FigureName,
  (regime: Regime, score: ScoreState, arg: string, fail: (m: string) => never) => number | string | boolean
> = {
  gate: (regime, score, id, fail) => (isGateId(id) ? checkGate(regime, score, id).open : fail(`unknown gate "${id}"`)),
  score: (_regime, score) => score.score,
  tier: (regime, score) => tierOf(regime, score.score),
  needs: (regime, _score, id, fail) => (isGateId(id) ? regime.gates[id as GateId].tier : fail(`unknown gate "${id}"`)),
  worth: (regime, score, id, fail) =>
    isEventId(id)
      ? uncountedBy(regime, score, id)
        ? 0
        : Math.abs(regime.events[id].delta)
      : fail(`unknown event "${id}"`),
  floor: (regime, _score, id, fail) =>
    isTier(id) ? (id === 'D' ? regime.range.min : regime.tierFloors[id]) : fail(`unknown tier "${id}"`),
  base: (regime) => regime.base,
};

/** The questions that name what they ask about: a gate, an event or a tier. */
const ASKED_ABOUT: ReadonlySet<FigureName> = new Set(['gate', 'needs', 'worth', 'floor']);

export function bindExternals(story: Story, options: ExternalsOptions): void {
  const { regime, read, write, chapter, fail, trace } = options;
  story.BindExternalFunction(
    'record',
    (id: string) => {
      if (!isEventId(id)) fail(`unknown event "${id}"`);
      write(recordEvent(regime(), read(), id as EventId, chapter()));
      trace?.({ kind: 'record', event: id as EventId });
    },
    false,
  );
  for (const [name, answer] of Object.entries(FIGURES) as [FigureName, (typeof FIGURES)[FigureName]][]) {
    const ask = (arg?: string) => {
      const value = answer(regime(), read(), arg ?? '', fail);
      trace?.(arg === undefined ? { kind: 'figure', name, value } : { kind: 'figure', name, arg, value });
      return value;
    };
    // inkjs counts a bound function's parameters against the ink's arguments.
    story.BindExternalFunction(name, ASKED_ABOUT.has(name) ? (arg: string) => ask(String(arg)) : () => ask(), true);
  }
}
