// The playthrough on screen: its runner, the id of the beat shown, and what showing a beat sets going
// (the autosave, looking ahead, fetching the engine). Imports app, model and narrative types.

import type { Regime } from '../model/regime';
import type { Runner } from '../narrative/runner';
import type { EngineArrival } from './engine-arrival';
import { lookAheadWhileShown } from './look-ahead';
import type { SaveKeeper } from './save-keeper';
import { projectView, type BareView } from './view';

/** How play reached a beat: by a choice (its words), or by starting from the opening played at build time. */
export interface Move {
  chosen?: string;
  fromOpening?: boolean;
}

export interface Playhead {
  /** The playthrough on screen, or null on the title. */
  readonly runner: Runner | null;
  /** The runner's beat as a view, under the next id; `moved` when play moved on to it, so its score changes are news. */
  play(active: Runner, moved?: Move): BareView;
  /** No playthrough on screen: the title, or a story that broke. */
  stop(): void;
  /** Says, when asked later, whether the same beat of the same playthrough is still on screen. */
  mark(): () => boolean;
}

export interface PlayheadOptions {
  regime: Regime;
  keeper: SaveKeeper;
  engine: EngineArrival;
  /** Runs work after the next paint: a choice past the opening then hurries the engine. Without it, nothing does. */
  defer?: (work: () => void) => void;
  /** Runs work while the reader reads (see SessionOptions), once the engine is here. */
  whileReading?: (work: () => void) => void;
  /** A story that broke while looking ahead. */
  failed: (error: unknown) => void;
}

export function createPlayhead({ regime, keeper, engine, defer, whileReading, failed }: PlayheadOptions): Playhead {
  let runner: Runner | null = null;
  /** Each beat put on screen gets the next id; settings and notices re-show a beat under its own. */
  let beats = 0;
  const mark = () => {
    const asked = { runner, beat: beats };
    return () => runner === asked.runner && beats === asked.beat;
  };
  return {
    get runner() {
      return runner;
    },
    play(active, moved) {
      runner = active;
      // A game begun from its opening is saved when the page is left, or at its first choice: saving
      // it now would build the story just as a reader may tap that choice.
      keeper.autosave(active, { whenLeaving: moved?.fromOpening });
      const id = (beats += 1);
      if (whileReading) lookAheadWhileShown(active, mark(), whileReading, failed);
      // Past its opening, the game's next choice needs the engine: fetch it once these words are painted.
      if (moved?.chosen !== undefined && !engine.here && defer) defer(engine.hurry);
      const changes = moved ? active.beat.changes : [];
      return projectView(regime, active.beat, active.score, { id, changes, chosen: moved?.chosen });
    },
    stop() {
      runner = null;
    },
    mark,
  };
}
