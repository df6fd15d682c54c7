// The plain data the runner hands to the rest of the game: what to show after each step.
// Views render beats and never see inkjs. Imports only types from the model and tags.

import type { GateId } from '../model/catalogue.ts';
import type { LedgerEntry, Reason } from '../model/score.ts';
import type { SceneId, SoundId, Stance } from './tags.ts';

export interface Paragraph {
  text: string;
  speaker?: string;
}

export interface ChoiceView {
  index: number;
  text: string;
  /** Where the choice is written (ink's path to it): the same on every run, in every language. */
  source: string;
  gate?: GateId;
  stance?: Stance;
  /** Present while the gate is shut: the choice is shown but cannot be taken. */
  locked?: Reason;
}

/** One step of the story, with its tags already lifted into named fields (see tags.ts). */
export interface Beat {
  paragraphs: Paragraph[];
  choices: ChoiceView[];
  /** Every score change that happened while producing this beat, in order. */
  changes: LedgerEntry[];
  /** The chapter the beat is in. */
  chapter: number;
  /** Set when this beat opens a chapter (`# chapter:`): the title card and heading. */
  opensChapter?: number;
  /** Set at a chapter's end (`# ledger:`): time to show what the score counted in it. */
  closesChapter?: number;
  /** The key decision this beat asks (`# poll:`), counted by kiosks and classes. */
  poll?: string;
  /** Sounds the beat calls for (`# sfx:`), in order. */
  sounds: SoundId[];
  /** Where the player is when the beat ends, for the stage. */
  scene?: SceneId;
  ending?: string;
}

/** A beat with nothing in it yet, in the given chapter and place. */
export const emptyBeat = (chapter: number, scene?: SceneId): Beat => ({
  paragraphs: [],
  choices: [],
  changes: [],
  sounds: [],
  chapter,
  ...(scene ? { scene } : {}),
});
