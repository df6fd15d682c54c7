// Keeps one playthrough's saves: the autosave (written after the paint, or at once on flush), the
// slots, files in and out, settings, and unreadable saves set aside, never lost. Imports app and narrative types.

import type { Regime } from '../model/regime';
import type { RunnerSnapshot } from '../narrative/runner';
import type { NamedRegime } from '../model/regime';
import {
  decodeSave,
  encodeSave,
  GAME_ID,
  rulesOfSave,
  rulesToSave,
  SAVE_FORMAT,
  type SaveFile,
  type SaveProblem,
  type SaveStore,
} from './save';
import { readSettings, type Settings } from './settings';
import type { Notice } from './view';
import type { Language } from '../i18n/languages';

export const AUTOSAVE_KEY = `${GAME_ID}:autosave`;
/** Each regime keeps its own game in progress, so a class link never sets aside the one at home. */
export const autosaveKey = (regime: Regime, standard: Regime) =>
  regime.id === standard.id ? AUTOSAVE_KEY : `${AUTOSAVE_KEY}:${regime.id}`;
export const SET_ASIDE_PREFIX = `${GAME_ID}:set-aside:`;
/** Games in progress under a class's own rule sets, each under its `custom:` id. */
const RULE_SET_AUTOSAVES = `${AUTOSAVE_KEY}:custom:`;
/**
 * How many class rule sets keep their game in progress in one browser. A lab computer may play
 * dozens in a term; past this, the one played longest ago makes way, before storage fills up and
 * the player's own game can no longer be saved.
 */
export const RULE_SET_GAMES_KEPT = 6;
export const SETTINGS_KEY = `${GAME_ID}:settings`;
export const SLOTS = [1, 2, 3] as const;
export const slotKey = (slot: number) => `${GAME_ID}:slot:${slot}`;

export type SlotInfo =
  | { slot: number; state: 'empty' }
  | { slot: number; state: 'saved'; chapter: number; score: number; savedAt: string }
  | { slot: number; state: 'unreadable'; problem: SaveProblem };

/** What can be saved: anything that gives a snapshot of a playthrough (building its story if need be). */
export interface Savable {
  snapshot(): RunnerSnapshot;
}

export type Opened = { save: SaveFile } | { problem: SaveProblem; rules?: NamedRegime };

export interface SaveKeeperOptions {
  store: SaveStore;
  storyVersion: string;
  regime: Regime;
  /** The regime whose game uses the plain autosave key. */
  standardRegime: Regime;
  lang: Language;
  now: () => Date;
  /** Runs the autosave later, so writing it never stands between a click and the next words. */
  defer: (work: () => void) => void;
  defaultSettings: Settings;
  /** Something for the player to hear about with the next view. */
  tell: (notice: Notice) => void;
  /** A playthrough whose snapshot failed while being autosaved: its story is broken. */
  broken: (error: unknown, playthrough: Savable) => void;
}

export interface SaveKeeper {
  readonly settings: Settings;
  writeSettings(settings: Settings): void;
  /**
   * Schedules an autosave of this playthrough; only the latest scheduled one is written. `whenLeaving`
   * keeps it until the page is left or the autosave read, or a later one is scheduled: for a new game at
   * its opening, whose save would build the story just when a reader may tap a first choice.
   */
  autosave(playthrough: Savable, options?: { whenLeaving?: boolean }): void;
  /** Writes a scheduled autosave now, as the page is hidden or closed. */
  flush(): void;
  /** The autosave's chapter and score, decoded but not played: enough for the title. */
  peekAutosave(): { chapter: number; score: number } | null;
  /** The autosave, checked; an unusable one is set aside and null returned. */
  readAutosave(): SaveFile | null;
  /** Moves the autosave aside after it decoded but could not be played. */
  setAsideAutosave(problem: SaveProblem): void;
  slots(): SlotInfo[];
  /** True when the slot was written. */
  saveToSlot(slot: number, playthrough: Savable): boolean;
  readSlot(slot: number): string | null;
  /**
   * A save's text, from a slot or a file: what is wrong with it, or the save. A save played under a class's
   * other rule set comes with those rules, so the game can reopen under them.
   */
  open(text: string): Opened;
  /** The playthrough as a save file's text. */
  textOf(playthrough: Savable): string;
}

export function createSaveKeeper(options: SaveKeeperOptions): SaveKeeper {
  const { store, storyVersion, regime, tell, now } = options;
  const autosaveAt = autosaveKey(regime, options.standardRegime);

  /** Storage that throws (private mode, full quota) is told once and play goes on. */
  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch {
      tell({ key: 'storage_unavailable' });
      return undefined;
    }
  };

  /** False while an unreadable save could not be moved aside: autosaving would destroy it. */
  let mayAutosave = true;
  const setAside = (text: string, problem: SaveProblem) => {
    const kept = attempt(() => {
      store.write(`${SET_ASIDE_PREFIX}${now().toISOString()}`, text);
      store.remove(autosaveAt);
      return true;
    });
    tell({ key: 'save_set_aside', problem });
    mayAutosave = kept === true;
  };

  const textOf = (playthrough: Savable) =>
    encodeSave({
      game: GAME_ID,
      format: SAVE_FORMAT,
      story: storyVersion,
      lang: options.lang,
      regime: regime.id,
      ...(regime.name === undefined ? {} : { rules: rulesToSave(regime) }),
      savedAt: now().toISOString(),
      runner: playthrough.snapshot(),
    });

  const open = (text: string): Opened => {
    const reading = decodeSave(text, storyVersion);
    if (!reading.ok) return { problem: reading.problem };
    if (reading.save.regime !== regime.id) {
      const rules = rulesOfSave(reading.save);
      return rules ? { problem: 'other_rules', rules } : { problem: 'other_rules' };
    }
    return { save: reading.save };
  };

  /** The playthrough whose state is not yet in the autosave, while a deferred write is pending. */
  let unsaved: Savable | null = null;
  /** Whether a deferred write is on its way. */
  let scheduled = false;
  const flush = () => {
    const playthrough = unsaved;
    unsaved = null;
    if (!playthrough || !mayAutosave) return;
    let text: string;
    try {
      text = textOf(playthrough);
    } catch (error) {
      // A game begun from its opening builds its story here, after the first words are painted.
      options.broken(error, playthrough);
      return;
    }
    attempt(() => store.write(autosaveAt, text));
    if (autosaveAt.startsWith(RULE_SET_AUTOSAVES)) attempt(keepRecentRuleSetGames);
  };

  /**
   * Removes the games of all but the most recently saved class rule sets. One that cannot be read
   * here (another version of the story) is left alone: it is set aside, not lost, when next opened.
   */
  const keepRecentRuleSetGames = () => {
    const games = store
      .keys()
      .filter((key) => key.startsWith(RULE_SET_AUTOSAVES) && key !== autosaveAt)
      .flatMap((key) => {
        const reading = decodeSave(store.read(key) ?? '', storyVersion);
        return reading.ok ? [{ key, savedAt: reading.save.savedAt }] : [];
      })
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    for (const { key } of games.slice(RULE_SET_GAMES_KEPT - 1)) store.remove(key);
  };

  /** The autosave read and checked; anything unusable is set aside. */
  const readAutosave = (): SaveFile | null => {
    flush();
    const text = attempt(() => store.read(autosaveAt));
    if (!text) return null;
    const opened = open(text);
    if ('save' in opened) return opened.save;
    setAside(text, opened.problem);
    return null;
  };

  let settings = readSettings(attempt(() => store.read(SETTINGS_KEY)) ?? null, options.defaultSettings);

  return {
    get settings() {
      return settings;
    },
    writeSettings(next) {
      settings = next;
      const text = JSON.stringify(next);
      attempt(() => store.write(SETTINGS_KEY, text));
    },
    autosave(playthrough, { whenLeaving = false } = {}) {
      if (!mayAutosave) return;
      unsaved = playthrough;
      if (whenLeaving || scheduled) return;
      scheduled = true;
      options.defer(() => {
        scheduled = false;
        flush();
      });
    },
    flush,
    peekAutosave() {
      const save = readAutosave();
      return save ? { chapter: save.runner.beat.chapter, score: save.runner.score.score } : null;
    },
    readAutosave,
    setAsideAutosave(problem) {
      const text = attempt(() => store.read(autosaveAt));
      if (text) setAside(text, problem);
    },
    slots() {
      return SLOTS.map((slot): SlotInfo => {
        const text = attempt(() => store.read(slotKey(slot)));
        if (!text) return { slot, state: 'empty' };
        const reading = decodeSave(text, storyVersion);
        if (!reading.ok) return { slot, state: 'unreadable', problem: reading.problem };
        const { runner: saved, savedAt } = reading.save;
        return { slot, state: 'saved', chapter: saved.beat.chapter, score: saved.score.score, savedAt };
      });
    },
    saveToSlot(slot, playthrough) {
      const text = textOf(playthrough);
      return (
        attempt(() => {
          store.write(slotKey(slot), text);
          return true;
        }) === true
      );
    },
    readSlot: (slot) => attempt(() => store.read(slotKey(slot))) ?? null,
    open,
    textOf,
  };
}
