// The plain data the runner hands to the rest of the game: what to show after each step.
// Views render beats and never see inkjs. Imports only types from the model and tags.

import type { GateId } from '../model/catalogue.ts';
import type { LedgerEntry, Reason } from '../model/score.ts';
import type { SceneId, SoundId, Stance } from './tags.ts';

export interface Paragraph {
  text: string;
  speaker?: string;
}

/** Stage directions for the views: where we are, what sounds, which chapter, which dilemma. */
export type Cue =
  | { kind: 'scene'; id: SceneId }
  | { kind: 'sfx'; id: SoundId }
  | { kind: 'chapter'; number: number }
  /** The end of a chapter: time to show what the score counted in it. */
  | { kind: 'ledger'; chapter: number }
  | { kind: 'poll'; id: string };

export interface ChoiceView {
  index: number;
  text: string;
  /** Where the choice is written (ink's path to it): the same on every run, in every language. */
  source: string;
  gate?: GateId;
  stance?: Stance;
  /** What this road led to in the story (`#road:`), for the debrief. */
  road?: string;
  /** Present while the gate is shut: the choice is shown but cannot be taken. */
  locked?: Reason;
}

export interface Beat {
  paragraphs: Paragraph[];
  cues: Cue[];
  choices: ChoiceView[];
  /** Every score change that happened while producing this beat, in order. */
  changes: LedgerEntry[];
  chapter: number;
  /** Where the player is when the beat ends, for the stage. */
  scene?: SceneId;
  ending?: string;
}
