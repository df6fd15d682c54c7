// Starts what lives behind the words, for the game and the kiosk alike: the Phaser stage, once the
// first text is up and the reader still, and the sound, at the first gesture. Imports app types and soundtrack.

import type { Session } from '../app/session';
import { painted, whenStill } from '../platform/after-paint';
import type { Stage } from './boot';
import { followWithSound, type Soundtrack } from './soundtrack';

type ViewSource = Pick<Session, 'view' | 'subscribe'>;

/**
 * The stage a frame after the words are painted, once the reader has been still for `stillMs`;
 * null if it cannot start (the game is whole without it).
 */
export function startStage(
  host: HTMLElement,
  source: ViewSource,
  text: HTMLElement,
  { stillMs = 0 }: { stillMs?: number } = {},
): Promise<Stage | null> {
  return painted()
    .then(() => whenStill(stillMs))
    .then(() => import('./boot'))
    .then(({ bootStage }) => bootStage(host, source, text))
    .catch((error: unknown) => {
      console.warn('The illustrated stage is unavailable; playing as text.', error);
      return null;
    });
}

/**
 * Sound opens at the player's first gesture, never before; the synthesiser is its own small chunk.
 * Making it takes a slow machine tens of milliseconds: a press opens it when it goes down, well before
 * the click it leads to, but a key that chooses acts as it goes down, so a key opens it on release.
 */
export function startSound(source: ViewSource): Soundtrack {
  const soundtrack = followWithSound(source, () => {
    const context = new AudioContext();
    return import('../platform/audio').then(({ createSound }) => createSound(context));
  });
  const unlock = () => {
    soundtrack.unlock();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keyup', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keyup', unlock, true);
  return soundtrack;
}
