// How the session carries out an intent: show what it leads to, wait for the story engine if it is
// needed first, and go back to the title, saves untouched, if the story breaks. Imports app types.

import { EngineNotHere, type EngineArrival } from './engine-arrival';
import type { Playhead } from './playhead';
import type { BareView } from './view';
import type { ViewFeed } from './view-feed';

export interface Intents {
  /**
   * Shows the view `work` leads to. Work that finds the engine away is done `again` once it is
   * here, unless the player has moved on meanwhile; work that throws anything else breaks down.
   */
  carryOut(work: () => BareView, again?: () => void): void;
  /** True if the engine is here; if not, false, and `again` is done once it is (as above). */
  engineHere(again: () => void): boolean;
  /** A broken story must not take the player's save with it: report, and go back to the title. */
  breakDown(error: unknown): void;
}

export function createIntents(
  engine: EngineArrival,
  playhead: Playhead,
  feed: ViewFeed,
  title: () => BareView,
): Intents {
  const breakDown = (error: unknown) => {
    playhead.stop();
    feed.tell({ key: 'story_broken', problem: error instanceof Error ? error.message : String(error) });
    feed.show(title());
  };
  /** An engine that cannot be fetched is told like a broken story. */
  const whenArrived = (again: () => void) => {
    const unmoved = playhead.mark();
    engine.whenHere(() => unmoved() && again(), breakDown);
  };
  return {
    carryOut(work, again) {
      try {
        const next = work();
        // A save written at once can find the story broken; the title it went back to says so.
        if (next.screen !== 'title' && !playhead.runner) return;
        feed.show(next);
      } catch (error) {
        if (error instanceof EngineNotHere && again) whenArrived(again);
        else breakDown(error);
      }
    },
    engineHere(again) {
      if (!engine.here) whenArrived(again);
      return engine.here;
    },
    breakDown,
  };
}
