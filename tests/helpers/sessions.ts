// A session on the runner's small `gates` fixture, in memory, with a fixed seed: what tests of things
// that decorate or follow a session (the kiosk's crowd, the class report) play against.

import { createSession } from '../../src/app/session';
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
