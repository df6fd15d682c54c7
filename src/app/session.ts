// One playthrough, as the views see it: its View, and intents that wait for the story engine if need
// be. The playhead holds the runner, the keeper the saves, the feed the screen. Imports app, narrative, model.

import type { Debrief } from '../debrief/debrief';
import type { NamedRegime, Regime } from '../model/regime';
import { beginRunner, LENGTH_VARIABLES, openingFor, type Opening, type StoryLength } from '../narrative/opening';
import { awaitEngine, EngineNotHere, type StoryEngine } from './engine-arrival';
import { reopenSave } from './reopen-save';
import type { SaveFile, SaveStore } from './save';
import { createDebriefing } from './debriefing';
import { createSaveKeeper } from './save-keeper';
import { createSaveIntents, type SaveIntents } from './save-intents';
import { createIntents } from './intents';
import { isSettingValue, type Settings } from './settings';
import { createPlayhead } from './playhead';
import type { BareView, Notice, View } from './view';
import { createViewFeed } from './view-feed';
import type { Language } from '../i18n/languages';

/** What the first words need of a story: its version, for saves, and new games' openings. */
export interface StoryBundle {
  version: string;
  /** New games' first beats, played at build time (src/tools/vite-plugin-ink.ts). */
  openings?: readonly Opening[];
}

export interface SessionOptions {
  story: StoryBundle;
  /**
   * The story engine (inkjs and the compiled story), or the promise of it: the game fetches it after
   * the first words, which the title and a new game's opening do without. An intent that needs it sooner waits for it.
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

/** The saves' intents (slots, files) are the save intents' own. */
export interface Session extends SaveIntents {
  readonly view: View;
  subscribe(listener: (view: View) => void): () => void;
  newGame(seed?: number): void;
  resume(): void;
  choose(index: number): void;
  toTitle(): void;
  takeBack(): void;
  changeSettings(patch: Partial<Settings>): void;
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
  const engine = awaitEngine(options.engine, options.hurryEngine);
  const feed = createViewFeed(options.notices ?? [], () => ({
    settings: keeper.settings,
    canTakeBack: (playhead.runner?.choices.length ?? 0) > 0,
  }));
  const keeper = createSaveKeeper({
    store: options.store,
    storyVersion: story.version,
    regime,
    standardRegime: options.standardRegime ?? regime,
    lang,
    now,
    defer: options.defer ? engine.afterArrival(options.defer) : (work) => work(),
    defaultSettings: options.defaultSettings,
    tell: (notice) => feed.tell(notice),
    broken: (error, playthrough) => {
      // A page left before the engine arrived leaves a game no further than its opening unsaved.
      if (error instanceof EngineNotHere) return;
      if (playthrough === playhead.runner) intents.breakDown(error);
    },
  });
  const playhead = createPlayhead({
    regime,
    keeper,
    engine,
    defer: options.defer,
    // Looking ahead waits for the engine: working out a choice plays the Story.
    whileReading: options.whileReading && engine.afterArrival(options.whileReading),
    failed: (error) => intents.breakDown(error),
  });
  const title = (): BareView => ({ screen: 'title', resume: keeper.peekAutosave() });
  const intents = createIntents(engine, playhead, feed, title);
  const reopen = (save: SaveFile) => reopenSave(engine.get(), regime, lang, save);
  const dated = (prefix: string) => `${prefix}-${now().toISOString().slice(0, 10)}.json`;
  const saves = createSaveIntents({
    keeper,
    engine,
    playhead,
    feed,
    intents,
    reopen,
    dated,
    openUnderRules: options.openUnderRules,
  });
  const debriefing = createDebriefing({
    story: () => engine.ready().then((arrived) => arrived.story),
    regime,
    others: options.otherRegimes ?? [],
    lang,
    length,
  });
  feed.show(title());

  const session: Session = {
    get view() {
      return feed.view;
    },
    subscribe: (listener) => feed.subscribe(listener),
    newGame(seed) {
      const chosen = seed ?? options.pickSeed();
      intents.carryOut(
        () => {
          const start = { regime, seed: chosen, variables: LENGTH_VARIABLES[length] };
          const opening = openingFor(start, story.openings ?? []);
          const started = beginRunner(start, opening, (options) => {
            const arrived = engine.get();
            return arrived.startRunner({ ...options, story: arrived.story });
          });
          return playhead.play(started, { fromOpening: opening !== undefined });
        },
        () => session.newGame(chosen),
      );
    },
    resume() {
      if (!intents.engineHere(() => session.resume())) return;
      intents.carryOut(() => {
        const save = keeper.readAutosave();
        if (!save) return title();
        try {
          return playhead.play(reopen(save));
        } catch {
          keeper.setAsideAutosave('bad_shape');
          return title();
        }
      });
    },
    choose(index) {
      const active = playhead.runner;
      // The lock was decided by the runner and is carried by the beat; a stale click is ignored here.
      const choice = active?.beat.choices.find((c) => c.index === index);
      if (!active || !choice || choice.locked || feed.view.screen !== 'story') return;
      intents.carryOut(
        () => {
          active.choose(index);
          return playhead.play(active, { chosen: choice.text });
        },
        () => session.choose(index),
      );
    },
    toTitle() {
      playhead.stop();
      feed.show(title());
    },
    takeBack() {
      const active = playhead.runner;
      if (!active || active.choices.length === 0) return;
      intents.carryOut(
        () => {
          active.takeBack();
          return playhead.play(active);
        },
        () => session.takeBack(),
      );
    },
    changeSettings(patch) {
      const valid = Object.entries(patch).filter(([key, value]) => isSettingValue(key as keyof Settings, value));
      keeper.writeSettings({ ...keeper.settings, ...Object.fromEntries(valid) });
      feed.refresh();
    },
    ...saves,
    debrief: () => debriefing.debrief(playhead.runner),
    async exportResults() {
      const text = await debriefing.results(playhead.runner);
      return text === null ? null : { name: dated('good-standing-results'), text };
    },
    flush: () => keeper.flush(),
  };
  return session;
}
