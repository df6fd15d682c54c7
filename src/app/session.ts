// One playthrough, as the views see it: they read its View and send intents. It holds the runner;
// the save keeper keeps the saves and view.ts says what to show. Imports app, narrative and model.

import type { Debrief } from '../debrief/debrief';
import type { NamedRegime, Regime } from '../model/regime';
import { beginRunner, LENGTH_VARIABLES, openingFor, type Opening, type StoryLength } from '../narrative/opening';
import type { Runner } from '../narrative/runner';
import { awaitEngine, EngineNotHere, type StoryEngine } from './engine-arrival';
import { lookAheadWhileShown } from './look-ahead';
import { reopenSave } from './reopen-save';
import type { SaveFile, SaveProblem, SaveStore } from './save';
import { createDebriefing } from './debriefing';
import { createSaveKeeper, type SlotInfo } from './save-keeper';
import { isSettingValue, type Settings } from './settings';
import { projectView, type BareView, type Notice, type View } from './view';
import type { Language } from '../i18n/languages';

export interface StoryBundle {
  json: string;
  version: string;
  /** New games' first beats, played at build time (src/tools/vite-plugin-ink.ts). */
  openings?: readonly Opening[];
}

export interface SessionOptions {
  story: StoryBundle;
  /**
   * The story engine, or the promise of it: the game fetches inkjs after the first words, which the
   * title and a new game's opening do without. An intent that needs it sooner waits for it.
   */
  engine: StoryEngine | Promise<StoryEngine>;
  /** Told when an intent waits for the engine, so the page fetches it now rather than when the reader is still. */
  hurryEngine?: () => void;
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
  lang?: Language;
  /**
   * Reopens the game under a class's rule set other than this session's, to play a save made under it (the
   * game reloads with those rules and the save as their autosave). Without it such a save is refused.
   */
  openUnderRules?: (rules: NamedRegime, saveText: string) => void;
  /**
   * Runs the autosave later, so writing it never stands between a click and the next words: the
   * game passes "after the next frame"; without it, saves are written at once.
   */
  defer?: (work: () => void) => void;
  /**
   * Runs work while the reader reads: the session has the runner work out where each choice leads,
   * one choice at a time, so a click is answered without playing the story. Without it, it is not.
   */
  whileReading?: (work: () => void) => void;
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
  /** The current playthrough as a file's name and text, or null on the title (once the engine is here). */
  exportSave(): Promise<{ name: string; text: string } | null>;
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
  const { story, regime } = options;
  const lang = options.lang ?? 'en';
  const length = options.length ?? 'full';
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(view: View) => void>();
  let runner: Runner | null = null;
  const engine = awaitEngine(options.engine, options.hurryEngine);
  /** Told to the player with the next view, then cleared. */
  const pending: Notice[] = [...(options.notices ?? [])];
  /** Queues a notice for the next view, once however often it comes up. */
  const tell = (notice: Notice) => {
    if (!pending.some((p) => JSON.stringify(p) === JSON.stringify(notice))) pending.push(notice);
  };

  const keeper = createSaveKeeper({
    store: options.store,
    storyVersion: story.version,
    regime,
    standardRegime: options.standardRegime ?? regime,
    lang,
    now,
    defer: options.defer ? engine.afterArrival(options.defer) : (work) => work(),
    defaultSettings: options.defaultSettings,
    tell,
    broken: (error, playthrough) => {
      // A page left before the engine arrived leaves a game no further than its opening unsaved.
      if (error instanceof EngineNotHere) return;
      if (playthrough === runner) breakDown(error);
    },
  });

  const reopen = (save: SaveFile) => reopenSave(engine.get(), story.json, regime, lang, save);
  /** Looking ahead waits for the engine: working out a choice plays the Story. */
  const whileReading = options.whileReading && engine.afterArrival(options.whileReading);
  /** Each beat put on screen gets the next id; settings and notices re-show a beat under its own. */
  let beats = 0;
  /** Shows the runner's beat; `moved` when play moved on to it, so its score changes are news. */
  const play = (active: Runner, moved?: { chosen?: string; fromOpening?: boolean }): BareView => {
    runner = active;
    // A game begun from its opening is saved when the page is left, or at its first choice: saving
    // it now would build the story just as a reader may tap that choice.
    keeper.autosave(active, { whenLeaving: moved?.fromOpening });
    const id = (beats += 1);
    if (whileReading) lookAheadWhileShown(active, () => runner === active && beats === id, whileReading, breakDown);
    // Past its opening, the game's next choice needs the engine: fetch it once these words are painted.
    if (moved?.chosen !== undefined && !engine.here && options.defer) options.defer(engine.hurry);
    const changes = moved ? active.beat.changes : [];
    return projectView(regime, active.beat, active.score, { id, changes, chosen: moved?.chosen });
  };
  const title = (): BareView => ({ screen: 'title', resume: keeper.peekAutosave() });

  let current: BareView = title();
  const complete = (bare: BareView): View =>
    ({
      ...bare,
      notices: pending.splice(0),
      settings: keeper.settings,
      canTakeBack: (runner?.choices.length ?? 0) > 0,
    }) as View;
  let view = complete(current);
  const show = (next: BareView) => {
    current = next;
    view = complete(next);
    for (const listener of listeners) listener(view);
  };
  /** The view on screen again, with fresh settings and notices but nothing else changed. */
  const refresh = () => show(current);

  /** A broken story must not take the player's save with it: report, and go back to the title. */
  function breakDown(error: unknown) {
    runner = null;
    tell({ key: 'story_broken', problem: error instanceof Error ? error.message : String(error) });
    show(title());
  }
  /**
   * Carries out an intent once the engine is here, unless the player has moved on meanwhile; an
   * engine that cannot be fetched is told like a broken story.
   */
  const whenArrived = (again: () => void) => {
    const asked = { runner, beat: beats };
    engine.whenHere(() => {
      if (runner === asked.runner && beats === asked.beat) again();
    }, breakDown);
  };
  /** True if the engine is here; if not, false, and the intent waits for it. */
  const engineHere = (again: () => void) => {
    if (!engine.here) whenArrived(again);
    return engine.here;
  };
  const guard = (work: () => BareView, again?: () => void) => {
    try {
      const next = work();
      // A save written at once can find the story broken; the title it went back to says so.
      if (next.screen !== 'title' && !runner) return;
      show(next);
    } catch (error) {
      if (error instanceof EngineNotHere && again) whenArrived(again);
      else breakDown(error);
    }
  };

  /** Opens a save's text from a slot or a file, telling the player what was wrong with it, if anything. */
  const playSave = (text: string, done: Notice, failed: (problem: SaveProblem) => Notice) => {
    if (!engineHere(() => playSave(text, done, failed))) return;
    const opened = keeper.open(text);
    let active: Runner | null = null;
    if ('save' in opened) {
      try {
        active = reopen(opened.save);
      } catch {
        active = null;
      }
    }
    if ('rules' in opened && opened.rules && options.openUnderRules) {
      options.openUnderRules(opened.rules, text);
      return;
    }
    if (!active) {
      tell(failed('problem' in opened ? opened.problem : 'bad_shape'));
      return refresh();
    }
    const ready = active;
    guard(() => {
      tell(done);
      return play(ready);
    });
  };

  const debriefing = createDebriefing({
    story: story.json,
    regime,
    others: options.otherRegimes ?? [],
    lang,
    length,
  });
  const dated = (prefix: string) => `${prefix}-${now().toISOString().slice(0, 10)}.json`;

  const session: Session = {
    get view() {
      return view;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newGame(seed) {
      const chosen = seed ?? options.pickSeed();
      guard(
        () => {
          const start = { story: story.json, regime, seed: chosen, variables: LENGTH_VARIABLES[length] };
          const opening = openingFor(start, story.openings ?? []);
          const started = beginRunner(start, opening, (options) => engine.get().startRunner(options));
          return play(started, { fromOpening: opening !== undefined });
        },
        () => session.newGame(chosen),
      );
    },
    resume() {
      if (!engineHere(() => session.resume())) return;
      guard(() => {
        const save = keeper.readAutosave();
        if (!save) return title();
        try {
          return play(reopen(save));
        } catch {
          keeper.setAsideAutosave('bad_shape');
          return title();
        }
      });
    },
    choose(index) {
      const active = runner;
      // The lock was decided by the runner and is carried by the beat; a stale click is ignored here.
      const choice = active?.beat.choices.find((c) => c.index === index);
      if (!active || !choice || choice.locked || view.screen !== 'story') return;
      guard(
        () => {
          active.choose(index);
          return play(active, { chosen: choice.text });
        },
        () => session.choose(index),
      );
    },
    toTitle() {
      runner = null;
      show(title());
    },
    takeBack() {
      const active = runner;
      if (!active || active.choices.length === 0) return;
      guard(
        () => {
          active.takeBack();
          return play(active);
        },
        () => session.takeBack(),
      );
    },
    changeSettings(patch) {
      const valid = Object.entries(patch).filter(([key, value]) => isSettingValue(key as keyof Settings, value));
      keeper.writeSettings({ ...keeper.settings, ...Object.fromEntries(valid) });
      refresh();
    },
    slots: () => keeper.slots(),
    saveToSlot(slot) {
      if (!runner || !engineHere(() => session.saveToSlot(slot))) return;
      if (keeper.saveToSlot(slot, runner)) tell({ key: 'saved_to_slot', slot });
      refresh();
    },
    loadFromSlot(slot) {
      const text = keeper.readSlot(slot);
      if (!text) return refresh();
      playSave(text, { key: 'loaded_from_slot', slot }, (problem) => ({ key: 'slot_unreadable', slot, problem }));
    },
    exportSave() {
      const asked = runner;
      if (!asked) return Promise.resolve(null);
      // A game at its opening has no Story to save until the engine is here.
      return engine.ready().then(
        () => ({ name: dated(`good-standing-chapter-${asked.beat.chapter}`), text: keeper.textOf(asked) }),
        (error: unknown) => {
          breakDown(error);
          return null;
        },
      );
    },
    importSave(text) {
      playSave(text, { key: 'imported' }, (problem) => ({ key: 'import_failed', problem }));
    },
    debrief: () => debriefing.debrief(runner),
    async exportResults() {
      const text = await debriefing.results(runner);
      return text === null ? null : { name: dated('good-standing-results'), text };
    },
    flush: () => keeper.flush(),
  };
  return session;
}
