// Saves: one versioned object holding the runner and the model, checked on the way in.
// A save that cannot be used is described, never trusted. Imports narrative types only.

import { isEventId, isGateId, LISTS } from '../model/catalogue';
import type { RunnerSnapshot } from '../narrative/runner';
import { SCENES, SOUNDS } from '../narrative/tags';
import type { Language } from '../i18n/languages';
import type { NamedRegime, Regime, RegimeId, RuleSet } from '../model/regime';
import { checkRegime, ruleSetOf } from '../model/regime-check';
import { APPEAL_STATUSES, UNCOUNTED } from '../model/score';

export const GAME_ID = 'good-standing';
/**
 * 2: a beat's tags are named fields (sounds, poll, opensChapter, closesChapter) rather than a list of cues.
 * 3: a game played under a class's own rule set carries those rules (`rules`); older saves were all under presets.
 */
export const SAVE_FORMAT = 3;
export const MAX_SAVE_BYTES = 256 * 1024;

/** A text's size as stored or sent (UTF-8), which is what the limit is about, not its length in characters. */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

export interface SaveFile {
  game: typeof GAME_ID;
  format: typeof SAVE_FORMAT;
  /** Hash of the compiled story's structure: the same for every language, so a save crosses them. */
  story: string;
  /** The language it was played in; a save from another replays its choices in this one. Absent means English. */
  lang?: Language;
  regime: RegimeId;
  /** A class's rule set, when the game was played under one (its id is `regime`); absent under a preset. */
  rules?: RuleSet;
  savedAt: string;
  runner: RunnerSnapshot;
}

/** The save's own rules, checked, when it carries a class's rule set. */
export function rulesOfSave(save: SaveFile): NamedRegime | undefined {
  const checked = save.rules && checkRegime(save.rules);
  return checked && checked.ok ? checked.regime : undefined;
}

/** What a save made under this regime records of its rules: a class's rule set whole, a preset by id alone. */
export function rulesToSave(regime: Regime): RuleSet | undefined {
  return regime.name === undefined ? undefined : ruleSetOf({ ...regime, name: regime.name });
}

export type SaveProblem =
  'not_json' | 'wrong_game' | 'newer_format' | 'old_story' | 'other_rules' | 'bad_shape' | 'too_large';

export type SaveReading = { ok: true; save: SaveFile } | { ok: false; problem: SaveProblem };

/** Where saves live; the browser's storage in the game, a Map in tests. Failures throw. */
export interface SaveStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
  /** Every key held, in no particular order. */
  keys(): string[];
}

export function encodeSave(save: SaveFile): string {
  return JSON.stringify(save);
}

export function decodeSave(text: string, storyVersion: string): SaveReading {
  if (utf8Bytes(text) > MAX_SAVE_BYTES) return { ok: false, problem: 'too_large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  if (!isRecord(data) || data.game !== GAME_ID) return { ok: false, problem: 'wrong_game' };
  if (typeof data.format !== 'number' || data.format > SAVE_FORMAT) return { ok: false, problem: 'newer_format' };
  if (data.format === 1 && isRecord(data.runner) && isRecord(data.runner.beat)) upgradeBeat(data.runner.beat);
  if (
    (data.format !== SAVE_FORMAT && data.format !== 2 && data.format !== 1) ||
    !isSnapshot(data.runner) ||
    typeof data.regime !== 'string' ||
    (data.lang !== undefined && typeof data.lang !== 'string') ||
    !hasItsRules(data.regime, data.rules)
  ) {
    return { ok: false, problem: 'bad_shape' };
  }
  if (data.story !== storyVersion) return { ok: false, problem: 'old_story' };
  return { ok: true, save: { ...data, format: SAVE_FORMAT } as unknown as SaveFile };
}

/** A class's rule set must be there, pass the model's checker and be the one the save names; a preset's has none. */
function hasItsRules(regime: string, rules: unknown): boolean {
  if (rules === undefined) return !regime.startsWith('custom:');
  const checked = checkRegime(rules);
  return checked.ok && checked.regime.id === regime;
}

/** Format 1 kept a beat's tags as a list of cues; they become the fields the runner now lifts them into. */
function upgradeBeat(beat: Record<string, unknown>): void {
  const cues: unknown = beat.cues;
  if (!Array.isArray(cues)) return;
  delete beat.cues;
  beat.sounds = [];
  for (const cue of cues as Record<string, unknown>[]) {
    if (!isRecord(cue)) continue;
    if (cue.kind === 'sfx') (beat.sounds as unknown[]).push(cue.id);
    if (cue.kind === 'poll') beat.poll = cue.id;
    if (cue.kind === 'chapter') beat.opensChapter = cue.number;
    if (cue.kind === 'ledger') beat.closesChapter = cue.chapter;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isArrayOf = <T>(value: unknown, item: (v: unknown) => v is T): value is T[] =>
  Array.isArray(value) && value.every(item);

/** A ledger line names a known event, and what a class's rules did to it (if anything) in their own words. */
const isLedgerEntry = (e: unknown): e is object =>
  isRecord(e) &&
  isString(e.event) &&
  isEventId(e.event) &&
  (e.uncounted === undefined || (UNCOUNTED as readonly unknown[]).includes(e.uncounted)) &&
  (e.appeal === undefined || (APPEAL_STATUSES as readonly unknown[]).includes(e.appeal));

const isList = (value: unknown): value is string => (LISTS as readonly unknown[]).includes(value);
const isGateOrNone = (value: unknown) => value === undefined || (isString(value) && isGateId(value));

function isSnapshot(value: unknown): value is RunnerSnapshot {
  if (!isRecord(value)) return false;
  const { seed, ink, score, beat, choices, variables } = value;
  const primitive = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
  return (
    (variables === undefined || (isRecord(variables) && Object.values(variables).every(primitive))) &&
    isNumber(seed) &&
    isString(ink) &&
    isArrayOf(choices, isNumber) &&
    isRecord(score) &&
    isNumber(score.score) &&
    isArrayOf(score.lists, isList) &&
    isArrayOf(score.ledger, isLedgerEntry) &&
    isRecord(beat) &&
    isNumber(beat.chapter) &&
    (beat.scene === undefined || (isString(beat.scene) && (SCENES as readonly string[]).includes(beat.scene))) &&
    isArrayOf(beat.paragraphs, (p): p is object => isRecord(p) && isString(p.text)) &&
    isArrayOf(
      beat.choices,
      (c): c is object => isRecord(c) && isNumber(c.index) && isString(c.text) && isGateOrNone(c.gate),
    ) &&
    isArrayOf(beat.sounds, (s): s is string => isString(s) && (SOUNDS as readonly string[]).includes(s)) &&
    (beat.poll === undefined || isString(beat.poll)) &&
    (beat.opensChapter === undefined || isNumber(beat.opensChapter)) &&
    (beat.closesChapter === undefined || isNumber(beat.closesChapter))
  );
}
