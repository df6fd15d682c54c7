// One playthrough: the runner, the model, the autosave and what the screen should show.
// The only thing views talk to: they read its View and send intents. Imports narrative, model and saves.

import type { ListId } from '../model/catalogue';
import type { Regime, Tier } from '../model/regime';
import { summariseChapter, type ChapterSummary } from '../model/chapter-summary';
import { tierOf, type LedgerEntry } from '../model/score';
import type { Beat } from '../narrative/beat';
import { restoreRunner, startRunner, type Runner } from '../narrative/runner';
import { decodeSave, encodeSave, GAME_ID, SAVE_FORMAT, type SaveProblem, type SaveStore } from './save';

export const AUTOSAVE_KEY = `${GAME_ID}:autosave`;
export const SET_ASIDE_PREFIX = `${GAME_ID}:set-aside:`;

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
  | { key: 'link_ignored'; param: string; value: string };

export type View =
  | { screen: 'title'; resume: { chapter: number; score: number } | null; notices: Notice[] }
  | {
      screen: 'story';
      beat: Beat;
      hud: Hud;
      /** At a chapter's end: what the score counted in it and which doors moved. */
      summary?: ChapterSummary;
      notices: Notice[];
    }
  | {
      screen: 'ending';
      beat: Beat;
      hud: Hud;
      ending: string;
      start: number;
      ledger: readonly LedgerEntry[];
      notices: Notice[];
    };

/** A view before the pending notices are attached. */
type WithoutNotices<V> = V extends unknown ? Omit<V, 'notices'> : never;
type Bare = WithoutNotices<View>;

export type StoryLength = 'full' | 'short';

export interface StoryBundle {
  json: string;
  version: string;
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
}

export interface Session {
  readonly view: View;
  subscribe(listener: (view: View) => void): () => void;
  newGame(seed?: number): void;
  resume(): void;
  choose(index: number): void;
  toTitle(): void;
}

export function createSession(options: SessionOptions): Session {
  const { story, regime, store } = options;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(view: View) => void>();
  let runner: Runner | null = null;
  /** Told to the player with the next view, then cleared. */
  const pending: Notice[] = [...(options.notices ?? [])];

  const attempt = <T>(work: () => T): T | undefined => {
    try {
      return work();
    } catch {
      pending.push({ key: 'storage_unavailable' });
      return undefined;
    }
  };

  /** Moves an unreadable save to its own key, so a new game never writes over it. */
  const setAside = (text: string, problem: SaveProblem): boolean => {
    const kept = attempt(() => {
      store.write(`${SET_ASIDE_PREFIX}${now().toISOString()}`, text);
      store.remove(AUTOSAVE_KEY);
      return true;
    });
    pending.push({ key: 'save_set_aside', problem });
    return kept === true;
  };

  /** False while an unreadable save could not be moved aside: autosaving would destroy it. */
  let mayAutosave = true;

  const readAutosave = () => {
    const text = attempt(() => store.read(AUTOSAVE_KEY));
    if (!text) return null;
    const reading = decodeSave(text, story.version);
    if (reading.ok && reading.save.regime === regime.id) {
      try {
        return restoreRunner({ story: story.json, regime }, reading.save.runner);
      } catch {
        mayAutosave = setAside(text, 'bad_shape');
        return null;
      }
    }
    mayAutosave = setAside(text, reading.ok ? 'other_rules' : reading.problem);
    return null;
  };

  const autosave = () => {
    if (!runner || !mayAutosave) return;
    const text = encodeSave({
      game: GAME_ID,
      format: SAVE_FORMAT,
      story: story.version,
      regime: regime.id,
      savedAt: now().toISOString(),
      runner: runner.snapshot(),
    });
    attempt(() => store.write(AUTOSAVE_KEY, text));
  };

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

  const playView = (active: Runner, changes: readonly LedgerEntry[]): Bare => {
    const { beat } = active;
    const hud = hudOf(active, changes);
    const ledger = beat.cues.find((cue) => cue.kind === 'ledger');
    if (!beat.ending) {
      if (!ledger) return { screen: 'story', beat, hud };
      return { screen: 'story', beat, hud, summary: summariseChapter(regime, active.score, ledger.chapter) };
    }
    return { screen: 'ending', beat, hud, ending: beat.ending, start: regime.base, ledger: active.score.ledger };
  };

  const withNotices = (next: Bare) => ({ ...next, notices: pending.splice(0) }) as View;
  let view = withNotices(titleView());

  const show = (next: Bare) => {
    view = withNotices(next);
    for (const listener of listeners) listener(view);
  };

  /** A broken story must not take the player's save with it: report, and go back to the title. */
  const guard = (work: () => Bare) => {
    try {
      show(work());
    } catch (error) {
      runner = null;
      const problem = error instanceof Error ? error.message : String(error);
      const title = titleView();
      pending.push({ key: 'story_broken', problem });
      show(title);
    }
  };

  return {
    get view() {
      return view;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newGame(seed) {
      guard(() => {
        runner = startRunner({
          story: story.json,
          regime,
          seed: seed ?? options.pickSeed(),
          // The story's own default is the full length; only the museum path needs saying.
          variables: options.length === 'short' ? { length: 'short' } : {},
        });
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
      guard(() => {
        const beat = active.choose(index);
        autosave();
        return playView(active, beat.changes);
      });
    },
    toTitle() {
      runner = null;
      show(titleView());
    },
  };
}
