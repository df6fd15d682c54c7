// One playthrough: the runner, the model, the saves, the settings and what the screen should show.
// The only thing views talk to: they read its View and send intents. Imports narrative, model and saves.

import type { Debrief } from '../debrief/debrief';
import type { Share } from '../kiosk/tally';
import type { ListId } from '../model/catalogue';
import type { Regime, Tier } from '../model/regime';
import { summariseChapter, type ChapterSummary } from '../model/chapter-summary';
import { tierOf, type LedgerEntry } from '../model/score';
import type { Beat } from '../narrative/beat';
import { beginRunner, LENGTH_VARIABLES, type Opening, type StoryLength } from '../narrative/opening';
import { replayRunner, restoreRunner, type Runner, type RunnerSnapshot } from '../narrative/runner';
import {
  decodeSave,
  encodeSave,
  GAME_ID,
  MAX_SAVE_BYTES,
  SAVE_FORMAT,
  type SaveFile,
  type SaveProblem,
  type SaveStore,
} from './save';
import { isSettingValue, readSettings, type Settings } from './settings';

export const AUTOSAVE_KEY = `${GAME_ID}:autosave`;
/** Each regime keeps its own game in progress, so a class link never sets aside the one at home. */
export const autosaveKey = (regime: Regime, standard: Regime) =>
  regime.id === standard.id ? AUTOSAVE_KEY : `${AUTOSAVE_KEY}:${regime.id}`;
export const SET_ASIDE_PREFIX = `${GAME_ID}:set-aside:`;
export const SETTINGS_KEY = `${GAME_ID}:settings`;
export const SLOTS = [1, 2, 3] as const;
export const slotKey = (slot: number) => `${GAME_ID}:slot:${slot}`;

export type SlotInfo =
  | { slot: number; state: 'empty' }
  | { slot: number; state: 'saved'; chapter: number; score: number; savedAt: string }
  | { slot: number; state: 'unreadable'; problem: SaveProblem };

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
  | { key: 'saved_to_slot'; slot: number }
  | { key: 'loaded_from_slot'; slot: number }
  | { key: 'slot_unreadable'; slot: number; problem: SaveProblem }
  | { key: 'imported' }
  | { key: 'import_failed'; problem: SaveProblem };

/** What every view carries, whatever the screen. */
interface Common {
  notices: Notice[];
  settings: Settings;
  /** Choices that can be taken back, one at a time. */
  canTakeBack: boolean;
}

export type View = Common &
  (
    | { screen: 'title'; resume: { chapter: number; score: number } | null }
    | {
        screen: 'story';
        beat: Beat;
        hud: Hud;
        /** The words of the choice that led here, when a choice did. */
        chosen?: string;
        /** How many others took that choice, when it was a key decision someone is counting. */
        crowd?: Share;
        /** At a chapter's end: what the score counted in it and which doors moved. */
        summary?: ChapterSummary;
      }
    | {
        screen: 'ending';
        beat: Beat;
        hud: Hud;
        chosen?: string;
        crowd?: Share;
        ending: string;
        start: number;
        ledger: readonly LedgerEntry[];
      }
  );

/** A view before the common parts are attached. */
type WithoutCommon<V> = V extends unknown ? Omit<V, keyof Common> : never;
type Bare = WithoutCommon<View>;

export type { StoryLength };

export interface StoryBundle {
  json: string;
  version: string;
  /** New games' first beats, played at build time (src/tools/vite-plugin-ink.ts). */
  openings?: readonly Opening[];
}

export interface SessionOptions {
  story: StoryBundle;
  regime: Regime;
  store: SaveStore;
  /** Where new seeds come from when none is given. */
  pickSeed: () => number;
  /** For the set-aside key of an unreadable save. */
  now?: () => Date;
  /** Things to tell the player on the first screen, such as a link the game could not follow. */
  notices?: Notice[];
  /** The museum's short path or the whole story. */
  length?: StoryLength;
  /** Settings for a first visit, before the player has changed any. */
  defaultSettings: Settings;
  /** The regime whose game uses the plain autosave key; others get their own. Defaults to `regime`. */
  standardRegime?: Regime;
  /** The other presets the debrief replays the playthrough under. */
  otherRegimes?: readonly Regime[];
  /** The language code results files are marked with. */
  lang?: string;
  /**
   * Runs the autosave later, so writing it never stands between a click and the next words: the
   * game passes "after the next frame"; without it, saves are written at once.
   */
  defer?: (work: () => void) => void;
  /** Counts each answer at a key decision (`# poll:`), as a kiosk does across its visitors. */
  crowd?: { count(poll: string, source: string, text: string): Share | undefined };
}

export interface Session {
  readonly view: View;
  subscribe(listener: (view: View) => void): () => void;
  newGame(seed?: number): void;
  resume(): void;
  choose(index: number): void;
  toTitle(): void;
  takeBack(): void;
  changeSettings(patch: Partial<Settings>): void;
  slots(): SlotInfo[];
  saveToSlot(slot: number): void;
  loadFromSlot(slot: number): void;
  /** The current playthrough as a file's name and text, or null on the title. */
  exportSave(): { name: string; text: string } | null;
  importSave(text: string): void;
  /**
   * The debrief of the playthrough that has just ended, or null before an ending. Its code is
   * fetched on first use and replaying under every preset takes a moment, so views ask for it
   * after the ending is on screen.
   */
  debrief(): Promise<Debrief | null>;
  /** The ended playthrough's class results as a file's name and text, or null before an ending. */
  exportResults(): Promise<{ name: string; text: string } | null>;
  /** Writes a deferred autosave now, as the page is hidden or closed. */
  flush(): void;
}

export function createSession(options: SessionOptions): Session {
  const { story, regime, store } = options;
  const autosaveAt = autosaveKey(regime, options.standardRegime ?? regime);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(view: View) => void>();
  let runner: Runner | null = null;
  /** Told to the player with the next view, then cleared. */
  const pending: Notice[] = [...(options.notices ?? [])];

  /** Queues a notice for the next view, once however often it comes up. */
  const tell = (notice: Notice) => {
    if (!pending.some((p) => JSON.stringify(p) === JSON.stringify(notice))) pending.push(notice);
  };

  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch {
      tell({ key: 'storage_unavailable' });
      return undefined;
    }
  };

  /** Moves an unreadable save to its own key, so a new game never writes over it. */
  const setAside = (text: string, problem: SaveProblem): boolean => {
    const kept = attempt(() => {
      store.write(`${SET_ASIDE_PREFIX}${now().toISOString()}`, text);
      store.remove(autosaveAt);
      return true;
    });
    tell({ key: 'save_set_aside', problem });
    return kept === true;
  };

  /** False while an unreadable save could not be moved aside: autosaving would destroy it. */
  let mayAutosave = true;

  const lang = options.lang ?? 'en';
  /** A saved runner on this story: loaded as it was, or replayed if it was played in another language. */
  const reopen = (save: SaveFile): Runner => {
    const snapshot: RunnerSnapshot = save.runner;
    if ((save.lang ?? 'en') === lang) {
      const restored = restoreRunner({ story: story.json, regime }, snapshot);
      // ink reads some damage (a path to no content) without a word, and fails only when writing the
      // state back: a save that cannot be saved again is damaged, found now rather than at the autosave.
      restored.snapshot();
      return restored;
    }
    const replayed = replayRunner({ story: story.json, regime }, snapshot);
    if (replayed.score.score !== snapshot.score.score) throw new Error('the replay did not reach the saved score');
    return replayed;
  };

  /** The runner whose state is not yet in the autosave, while a deferred write is pending. */
  let unsaved: Runner | null = null;
  const writeAutosave = () => {
    const pending = unsaved;
    unsaved = null;
    if (!pending || !mayAutosave) return;
    let text: string;
    try {
      text = saveText(pending);
    } catch (error) {
      // A game begun from its opening builds its story here, after the first words are painted.
      if (pending === runner) breakDown(error);
      return;
    }
    attempt(() => store.write(autosaveAt, text));
  };
  const readAutosave = () => {
    writeAutosave();
    const text = attempt(() => store.read(autosaveAt));
    if (!text) return null;
    const reading = decodeSave(text, story.version);
    if (reading.ok && reading.save.regime === regime.id) {
      try {
        return reopen(reading.save);
      } catch {
        mayAutosave = setAside(text, 'bad_shape');
        return null;
      }
    }
    mayAutosave = setAside(text, reading.ok ? 'other_rules' : reading.problem);
    return null;
  };

  const saveText = (active: Runner) =>
    encodeSave({
      game: GAME_ID,
      format: SAVE_FORMAT,
      story: story.version,
      lang,
      regime: regime.id,
      savedAt: now().toISOString(),
      runner: active.snapshot(),
    });

  const autosave = () => {
    if (!runner || !mayAutosave) return;
    const scheduled = unsaved !== null;
    unsaved = runner;
    if (!scheduled) (options.defer ?? ((work: () => void) => work()))(writeAutosave);
  };

  /** A save read from a slot or a file: what is wrong with it, or a runner ready to play it. */
  const openSave = (text: string): { runner: Runner } | { problem: SaveProblem } => {
    const reading = decodeSave(text, story.version);
    if (!reading.ok) return { problem: reading.problem };
    if (reading.save.regime !== regime.id) return { problem: 'other_rules' };
    try {
      return { runner: reopen(reading.save) };
    } catch {
      return { problem: 'bad_shape' };
    }
  };

  let settings = readSettings(attempt(() => store.read(SETTINGS_KEY)) ?? null, options.defaultSettings);

  const hudOf = (active: Runner, changes: readonly LedgerEntry[]): Hud => ({
    score: active.score.score,
    tier: tierOf(regime, active.score.score),
    lists: active.score.lists,
    changes,
  });

  const titleView = (): Bare => {
    const saved = readAutosave();
    return {
      screen: 'title',
      resume: saved ? { chapter: saved.beat.chapter, score: saved.score.score } : null,
    };
  };

  const playView = (active: Runner, changes: readonly LedgerEntry[], chosen?: string, crowd?: Share): Bare => {
    const { beat } = active;
    const hud = hudOf(active, changes);
    const ledger = beat.cues.find((cue) => cue.kind === 'ledger');
    if (!beat.ending) {
      if (!ledger) return { screen: 'story', beat, hud, chosen, crowd };
      return {
        screen: 'story',
        beat,
        hud,
        chosen,
        crowd,
        summary: summariseChapter(regime, active.score, ledger.chapter),
      };
    }
    return {
      screen: 'ending',
      beat,
      hud,
      chosen,
      crowd,
      ending: beat.ending,
      start: regime.base,
      ledger: active.score.ledger,
    };
  };

  const complete = (next: Bare) =>
    ({ ...next, notices: pending.splice(0), settings, canTakeBack: (runner?.choices.length ?? 0) > 0 }) as View;
  let current = titleView();
  let view = complete(current);

  const show = (next: Bare) => {
    current = next;
    view = complete(next);
    for (const listener of listeners) listener(view);
  };

  /** The view on screen again, with fresh settings and notices but nothing else changed. */
  const refresh = () => show(current);

  /** A broken story must not take the player's save with it: report, and go back to the title. */
  function breakDown(error: unknown) {
    runner = null;
    const problem = error instanceof Error ? error.message : String(error);
    const title = titleView();
    tell({ key: 'story_broken', problem });
    show(title);
  }
  const guard = (work: () => Bare) => {
    try {
      show(work());
    } catch (error) {
      breakDown(error);
    }
  };

  const others = options.otherRegimes ?? [];
  /** The debrief worked out for the runner that has ended, kept until the next playthrough. */
  let debriefed: { runner: Runner; ending: string; debrief: Promise<Debrief> } | null = null;
  const debrief = async (): Promise<Debrief | null> => {
    const active = runner;
    if (!active || !active.beat.ending) return null;
    if (debriefed?.runner !== active || debriefed.ending !== active.beat.ending) {
      const { seed, choices, variables } = active.snapshot();
      // Only a finished playthrough needs the debrief, so its code stays out of the first script.
      const made = import('../debrief/debrief').then(({ buildDebrief }) =>
        buildDebrief(story.json, regime, { seed, choices, variables }, others),
      );
      debriefed = { runner: active, ending: active.beat.ending, debrief: made };
    }
    return debriefed.debrief;
  };

  return {
    get view() {
      return view;
    },
    debrief,
    flush: writeAutosave,
    async exportResults() {
      const done = await debrief();
      if (!done) return null;
      const date = now().toISOString().slice(0, 10);
      const { resultsOf } = await import('../debrief/results');
      const results = resultsOf(done, lang, options.length ?? 'full');
      return { name: `good-standing-results-${date}.json`, text: JSON.stringify(results) };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newGame(seed) {
      guard(() => {
        runner = beginRunner(
          {
            story: story.json,
            regime,
            seed: seed ?? options.pickSeed(),
            variables: LENGTH_VARIABLES[options.length ?? 'full'],
          },
          story.openings,
        );
        autosave();
        return playView(runner, runner.beat.changes);
      });
    },
    resume() {
      guard(() => {
        runner = readAutosave();
        return runner ? playView(runner, []) : titleView();
      });
    },
    choose(index) {
      const active = runner;
      if (!active || view.screen !== 'story') return;
      const choice = view.beat.choices.find((c) => c.index === index);
      if (!choice || choice.locked) return;
      const poll = view.beat.cues.find((cue) => cue.kind === 'poll');
      guard(() => {
        const beat = active.choose(index);
        autosave();
        // Counted once the choice has been taken, so a choice the story refuses is never counted.
        const crowd = poll?.kind === 'poll' ? options.crowd?.count(poll.id, choice.source, choice.text) : undefined;
        return playView(active, beat.changes, choice.text, crowd);
      });
    },
    toTitle() {
      runner = null;
      show(titleView());
    },
    takeBack() {
      const active = runner;
      if (!active || active.choices.length === 0) return;
      guard(() => {
        active.takeBack();
        autosave();
        return playView(active, []);
      });
    },
    changeSettings(patch) {
      const valid = Object.entries(patch).filter(([key, value]) => isSettingValue(key as keyof Settings, value));
      settings = { ...settings, ...Object.fromEntries(valid) };
      const text = JSON.stringify(settings);
      attempt(() => store.write(SETTINGS_KEY, text));
      refresh();
    },
    slots() {
      return SLOTS.map((slot): SlotInfo => {
        const text = attempt(() => store.read(slotKey(slot)));
        if (!text) return { slot, state: 'empty' };
        const reading = decodeSave(text, story.version);
        if (!reading.ok) return { slot, state: 'unreadable', problem: reading.problem };
        const { runner: saved, savedAt } = reading.save;
        return { slot, state: 'saved', chapter: saved.beat.chapter, score: saved.score.score, savedAt };
      });
    },
    saveToSlot(slot) {
      if (!runner) return;
      const text = saveText(runner);
      const saved = attempt(() => {
        store.write(slotKey(slot), text);
        return true;
      });
      if (saved) tell({ key: 'saved_to_slot', slot });
      refresh();
    },
    loadFromSlot(slot) {
      const text = attempt(() => store.read(slotKey(slot)));
      if (!text) return refresh();
      const opened = openSave(text);
      if ('problem' in opened) {
        tell({ key: 'slot_unreadable', slot, problem: opened.problem });
        return refresh();
      }
      guard(() => {
        runner = opened.runner;
        autosave();
        tell({ key: 'loaded_from_slot', slot });
        return playView(opened.runner, []);
      });
    },
    exportSave() {
      if (!runner) return null;
      const date = now().toISOString().slice(0, 10);
      return { name: `good-standing-chapter-${runner.beat.chapter}-${date}.json`, text: saveText(runner) };
    },
    importSave(text) {
      const opened: ReturnType<typeof openSave> =
        text.length > MAX_SAVE_BYTES ? { problem: 'too_large' } : openSave(text);
      if ('problem' in opened) {
        tell({ key: 'import_failed', problem: opened.problem });
        return refresh();
      }
      guard(() => {
        runner = opened.runner;
        autosave();
        tell({ key: 'imported' });
        return playView(opened.runner, []);
      });
    },
  };
}

export type { SaveFile };
