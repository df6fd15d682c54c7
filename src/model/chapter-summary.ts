// What one chapter did to a resident: the ledger lines it added and the doors it opened or shut,
// worked out from the ledger alone so saves and replays agree. Imports only the model.

import { GATES, type GateId } from './catalogue.ts';
import type { Regime } from './regime.ts';
import { checkGate, type LedgerEntry, type ScoreState } from './score.ts';

export interface ChapterSummary {
  chapter: number;
  start: number;
  end: number;
  entries: readonly LedgerEntry[];
  opened: GateId[];
  closed: GateId[];
}

/** The score and lists as they stood before `chapter` began. */
export function stateBefore(regime: Regime, state: ScoreState, chapter: number): ScoreState {
  const earlier = state.ledger.filter((entry) => entry.chapter < chapter);
  let lists = [] as ScoreState['lists'];
  for (const entry of earlier) lists = [...lists.filter((l) => !entry.cleared.includes(l)), ...entry.listed];
  return { score: earlier.at(-1)?.score ?? regime.base, lists, ledger: earlier };
}

export function summariseChapter(regime: Regime, state: ScoreState, chapter: number): ChapterSummary {
  const before = stateBefore(regime, state, chapter);
  const after = stateBefore(regime, state, chapter + 1);
  const open = (s: ScoreState, gate: GateId) => checkGate(regime, s, gate).open;
  return {
    chapter,
    start: before.score,
    end: after.score,
    entries: state.ledger.filter((entry) => entry.chapter === chapter),
    opened: GATES.filter((gate) => !open(before, gate) && open(after, gate)),
    closed: GATES.filter((gate) => open(before, gate) && !open(after, gate)),
  };
}
