// A session on the runner's small `gates` fixture, in memory, with a fixed seed, for tests of what decorates
// or follows a session (the kiosk's crowd, the class report); and a save keeper for the session's own parts.

import { createSaveKeeper } from '../../src/app/save-keeper';
import { createSession } from '../../src/app/session';
import type { Notice } from '../../src/app/view';
import { defaultSettings } from '../../src/app/settings';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { memoryStore } from './memory-store';
import { engineFor, fixture } from './stories';

export const fixtureSession = () =>
  createSession({
    engine: engineFor(fixture('gates')),
    story: fixture('gates'),
    regime: DEFAULT_REGIME,
    store: memoryStore(),
    pickSeed: () => 42,
    defaultSettings: defaultSettings(false),
  });

/** A save keeper in memory whose autosaves never run: for the session's parts tested on their own. */
export const idleKeeper = (tell: (notice: Notice) => void = () => {}) =>
  createSaveKeeper({
    store: memoryStore(),
    storyVersion: 'test',
    regime: DEFAULT_REGIME,
    standardRegime: DEFAULT_REGIME,
    lang: 'en',
    now: () => new Date(0),
    defer: () => {},
    defaultSettings: defaultSettings(false),
    tell,
    broken: () => {},
  });
