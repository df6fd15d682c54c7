// The class session's wire format, in one place: what the server writes and the game's client reads
// (reports, rounds, the dashboard's numbers). Plain types and one list; imports only model and story types.

import type { RuleSet } from '../model/regime.ts';
import type { StoryLength } from '../narrative/opening.ts';

/** Each student on their own device, or the whole class voting on the projector's story. */
export type Mode = 'devices' | 'together';
/** The parts of the numbers a teacher reveals when the discussion is ready for them. */
export const SECTIONS = ['polls', 'endings', 'scores', 'votes'] as const;
export type Section = (typeof SECTIONS)[number];

/** What a student's device reports: how far it has read, each key decision, the ending. */
export type ClassReport =
  | { kind: 'chapter'; chapter: number; score?: number; tier?: string }
  | { kind: 'poll'; poll: string; choice: string; chapter?: number; score?: number; tier?: string }
  | { kind: 'ending'; ending: string; score: number; tier: string; chapter?: number };
/** A report with its idempotency key: sent again and again until acknowledged, counted once. */
export type Queued = ClassReport & { key: string };

export interface RoundChoice {
  text: string;
  locked: boolean;
}

/** One vote in together mode; `votes` is null on a device while the teacher keeps them hidden. */
export interface Round {
  number: number;
  choices: RoundChoice[];
  closesAt: string;
  open: boolean;
  votes: number[] | null;
  taken: number | null;
}

/** One rule set's numbers; a device sees who joined and finished only on the projector's terms. */
export interface RegimeNumbers {
  joined?: number;
  finished?: number;
  polls: Record<string, Record<string, number>>;
  endings: Record<string, number>;
  scores: number[];
}

/** What the projector shows; a student's device gets the same shape with only revealed numbers. */
export interface ClassState {
  code: string;
  mode: Mode;
  length: StoryLength;
  revealed: Section[];
  ended: boolean;
  regime?: string;
  regimes?: string[];
  /** The class's own rule sets among `regimes`, whole (their ids derive from them): names are user text, shown as text only. */
  rules?: RuleSet[];
  at?: number;
  answers?: number;
  people?: { joined: number; playing: number; finished: number };
  byRegime: Record<string, RegimeNumbers>;
  round: Round | null;
}
