// What the screen should show, as plain data: the View every view renders, and the pure projection
// from a runner's beat and score to it. Imports model and narrative types; no state of its own.

import type { ListId } from '../model/catalogue';
import { summariseChapter, type ChapterSummary } from '../model/chapter-summary';
import type { Regime, RegimeId, Tier } from '../model/regime';
import type { RegimeProblem } from '../model/regime-check';
import { tierOf, type LedgerEntry, type ScoreState } from '../model/score';
import type { Beat } from '../narrative/beat';
import type { SaveProblem } from './save';
import type { Settings } from './settings';

export interface Hud {
  score: number;
  tier: Tier;
  lists: readonly ListId[];
  /** What changed since the last view, newest last. */
  changes: readonly LedgerEntry[];
}

export type Notice =
  | { key: 'save_set_aside'; problem: SaveProblem }
  | { key: 'storage_unavailable' }
  | { key: 'story_broken'; problem: string }
  | { key: 'link_ignored'; param: string; value: string }
  | { key: 'rules_link_refused'; problems: RegimeProblem[]; regime: RegimeId }
  | { key: 'saved_to_slot'; slot: number }
  | { key: 'loaded_from_slot'; slot: number }
  | { key: 'slot_unreadable'; slot: number; problem: SaveProblem }
  | { key: 'imported' }
  | { key: 'import_failed'; problem: SaveProblem };

/** What every view carries, whatever the screen. */
export interface Common {
  notices: Notice[];
  settings: Settings;
  /** Choices that can be taken back, one at a time. */
  canTakeBack: boolean;
}

/** How the answer just given compares with others' (a kiosk's visitors): counted by whoever counts. */
export interface Share {
  /** Those who took this option, this one included. */
  same: number;
  /** Those who answered this decision. */
  visitors: number;
}

/** A beat on screen. `id` is new for each beat shown, so views know a new beat from a re-shown one. */
interface Playing {
  id: number;
  beat: Beat;
  hud: Hud;
  /** The words of the choice that led here, when a choice did. */
  chosen?: string;
  /** How many others took that choice, when it was a key decision someone is counting (a kiosk). */
  crowd?: Share;
}

export type View = Common &
  (
    | { screen: 'title'; resume: { chapter: number; score: number } | null }
    | (Playing & {
        screen: 'story';
        /** At a chapter's end: what the score counted in it and which doors moved. */
        summary?: ChapterSummary;
      })
    | (Playing & { screen: 'ending'; ending: string; start: number; ledger: readonly LedgerEntry[] })
  );
export type PlayingView = Extract<View, { screen: 'story' | 'ending' }>;

/** A view before the common parts are attached. */
type WithoutCommon<V> = V extends unknown ? Omit<V, keyof Common> : never;
export type BareView = WithoutCommon<View>;

/** One step of play: the beat's id, what changed in it, and the choice that led to it. */
export interface Step {
  id: number;
  changes: readonly LedgerEntry[];
  chosen?: string;
}

/** The screen for a runner's current beat and score, under the rules in force. */
export function projectView(regime: Regime, beat: Beat, score: ScoreState, step: Step): BareView {
  const hud: Hud = { score: score.score, tier: tierOf(regime, score.score), lists: score.lists, changes: step.changes };
  const playing = { id: step.id, beat, hud, ...(step.chosen === undefined ? {} : { chosen: step.chosen }) };
  if (beat.ending) {
    return { screen: 'ending', ...playing, ending: beat.ending, start: regime.base, ledger: score.ledger };
  }
  if (beat.closesChapter === undefined) return { screen: 'story', ...playing };
  return { screen: 'story', ...playing, summary: summariseChapter(regime, score, beat.closesChapter) };
}
