// The story engine (inkjs, the runner and the compiled story) arrives after a new game's first words:
// what needs it before then waits for it, and the session is told if it never comes. Imports the runner.

import type * as RunnerModule from '../narrative/runner';

/** What makes runners: the runner's module, which carries inkjs, and the compiled story they play. */
export type StoryEngine = Pick<typeof RunnerModule, 'startRunner' | 'restoreRunner' | 'replayRunner'> & {
  story: string;
};

/** Fetches the engine for a story as the build ships it: the runner's chunk and the story's compiled ink, together. */
export async function fetchEngine(shipped: { json(): Promise<string> }): Promise<StoryEngine> {
  const [{ startRunner, restoreRunner, replayRunner }, story] = await Promise.all([
    import('../narrative/runner'),
    shipped.json(),
  ]);
  return { startRunner, restoreRunner, replayRunner, story };
}

/** Thrown where the engine is needed before it has arrived. */
export class EngineNotHere extends Error {
  override name = 'EngineNotHere';
}

export interface EngineArrival {
  readonly here: boolean;
  /** The engine, or EngineNotHere thrown. */
  get(): StoryEngine;
  /** Runs `work` once the engine is here (at once, if it is), or `unreachable` if it cannot be fetched. */
  whenHere(work: () => void, unreachable: (error: unknown) => void): void;
  /** The engine once it is here, or the reason it cannot be fetched. */
  ready(): Promise<StoryEngine>;
  /** Asks for the engine now: once a game has moved past its opening, its next choice needs it. */
  hurry(): void;
  /** `later`, with its work waiting for the engine first: deferred saves and looking ahead build Stories. */
  afterArrival(later: (work: () => void) => void): (work: () => void) => void;
}

/** `hurry` is told when something waits, so the page can fetch the engine at once rather than later. */
export function awaitEngine(engine: StoryEngine | Promise<StoryEngine>, hurry: () => void = () => {}): EngineArrival {
  let loaded: StoryEngine | null = engine instanceof Promise ? null : engine;
  /** Why the engine could not be fetched (offline before it was cached), once that is known. */
  let failure: { error: unknown } | null = null;
  const settled = Promise.resolve(engine).then(
    (arrived) => {
      loaded = arrived;
    },
    (error: unknown) => {
      failure = { error };
    },
  );
  const hurryIfAway = () => {
    if (!loaded) hurry();
  };
  const ready = () => {
    hurryIfAway();
    return settled.then(() => loaded ?? Promise.reject(failure?.error));
  };
  return {
    get here() {
      return loaded !== null;
    },
    get() {
      if (!loaded) throw new EngineNotHere();
      return loaded;
    },
    whenHere(work, unreachable) {
      if (loaded) work();
      else ready().then(() => work(), unreachable);
    },
    ready,
    hurry: hurryIfAway,
    afterArrival: (later) => (work) => {
      if (loaded) later(work);
      else void settled.then(() => loaded && later(work));
    },
  };
}
