import { describe, expect, it } from 'vitest';
import { awaitEngine } from '../../src/app/engine-arrival';
import { createIntents } from '../../src/app/intents';
import { createPlayhead } from '../../src/app/playhead';
import { defaultSettings } from '../../src/app/settings';
import type { BareView } from '../../src/app/view';
import { createViewFeed } from '../../src/app/view-feed';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { idleKeeper } from '../helpers/sessions';
import { engineFor, fixture } from '../helpers/stories';
import type { StoryEngine } from '../../src/app/engine-arrival';
import { startRunner } from '../../src/narrative/runner';

/** The parts an intent is carried out with, on the gates fixture, with an engine that arrives on `arrive`. */
function parts() {
  let arrive = () => {};
  const arrival = awaitEngine(
    new Promise<StoryEngine>((resolve) => (arrive = () => resolve(engineFor(fixture('gates'))))),
  );
  const settings = defaultSettings(false);
  const feed = createViewFeed([], () => ({ settings, canTakeBack: false }));
  const keeper = idleKeeper(feed.tell);
  const playhead = createPlayhead({ regime: DEFAULT_REGIME, keeper, engine: arrival, failed: () => {} });
  const title = (): BareView => ({ screen: 'title', resume: null });
  const intents = createIntents(arrival, playhead, feed, title);
  const start = () => startRunner({ story: fixture('gates').json, regime: DEFAULT_REGIME, seed: 1 });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { arrive, arrival, feed, playhead, intents, start, settle };
}

describe('carrying out an intent', () => {
  it('shows the view the work leads to', () => {
    const { arrive, feed, intents } = parts();
    arrive();
    intents.carryOut(() => ({ screen: 'title', resume: { chapter: 3, score: 1010 } }));
    expect(feed.view).toMatchObject({ screen: 'title', resume: { chapter: 3, score: 1010 } });
  });

  it('goes back to the title and says why when the work throws, leaving no playthrough on screen', () => {
    const { feed, playhead, intents, start } = parts();
    feed.show(playhead.play(start()));
    intents.carryOut(() => {
      throw new Error('ink: unknown knot market_day');
    });
    expect(feed.view.screen).toBe('title');
    expect(feed.view.notices).toEqual([{ key: 'story_broken', problem: 'ink: unknown knot market_day' }]);
    expect(playhead.runner).toBeNull();
  });

  it('does work that found the engine away again once it arrives, if play has not moved on', async () => {
    const { arrive, arrival, feed, playhead, intents, settle } = parts();
    let tries = 0;
    const work = () => {
      tries += 1;
      return playhead.play(
        arrival.get().startRunner({ story: fixture('gates').json, regime: DEFAULT_REGIME, seed: 1 }),
      );
    };
    intents.carryOut(work, () => intents.carryOut(work));
    expect(tries).toBe(1);
    expect(() => feed.view).toThrow();
    arrive();
    await settle();
    expect(tries).toBe(2);
    expect(feed.view.screen).toBe('story');
  });

  it('drops the waiting work when another beat has been shown meanwhile', async () => {
    const { arrive, feed, playhead, intents, start, settle } = parts();
    let again = 0;
    expect(intents.engineHere(() => (again += 1))).toBe(false);
    feed.show(playhead.play(start()));
    arrive();
    await settle();
    expect(again).toBe(0);
    expect(intents.engineHere(() => (again += 1))).toBe(true);
    expect(again).toBe(0);
  });
});
