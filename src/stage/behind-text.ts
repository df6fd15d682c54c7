// Starts what lives behind the words, for the game and the kiosk alike: the Phaser stage, once the
// first text is up and the reader still, and the sound, at the first gesture. Imports app types and soundtrack.

import type { Session } from '../app/session';
import { afterPaint, painted, whenStill } from '../platform/after-paint';
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
 * Sound opens after the player's first gesture, never before, and never inside it: making it takes a
 * slow machine tens of milliseconds, so it waits until the words that gesture led to are painted. A
 * browser that lets sound start only inside a gesture (Safari) makes it paused; the next gesture
 * starts it. The synthesiser is its own small chunk.
 */
export function startSound(source: ViewSource): Soundtrack {
  let context: AudioContext | null = null;
  const soundtrack = followWithSound(source, () => {
    const made = new AudioContext();
    context = made;
    return import('../platform/audio').then(({ createSound }) => createSound(made));
  });
  const gesture = () => {
    if (!context) return afterPaint(() => soundtrack.unlock());
    if (context.state === 'suspended') void context.resume();
    else stopListening();
  };
  const stopListening = () => {
    window.removeEventListener('pointerup', gesture, true);
    window.removeEventListener('keyup', gesture, true);
  };
  window.addEventListener('pointerup', gesture, true);
  window.addEventListener('keyup', gesture, true);
  return soundtrack;
}
