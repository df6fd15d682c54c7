// Keeps the sound in step with the session: a bed for the place, the story's cues once per beat,
// the player's volume and mute. Silent until the player's first gesture opens the sound; text
// never waits for it. Loaded with the page, not with Phaser. Imports app and platform types.

import type { Session } from '../app/session';
import type { View } from '../app/view';
import { afterPaint } from '../platform/after-paint';
import type { Sound } from '../platform/audio';

/** Cues from a beat shown this recently still play when the sound opens just after it. */
export const LATE_CUE_MS = 1500;

export interface Soundtrack {
  /** Call once the player has made a gesture: opens the sound the first time, does nothing after. */
  unlock(): void;
  stop(): void;
}

export interface SoundtrackTiming {
  clock(): number;
  /** When a new view is heard: after its words are painted, so making the sound never delays them. */
  later(work: () => void): void;
}

const PAGE_TIMING: SoundtrackTiming = { clock: () => performance.now(), later: afterPaint };
const playOnInSilence = (error: unknown) => console.warn('Sound is unavailable; playing on in silence.', error);

export function followWithSound(
  session: Pick<Session, 'view' | 'subscribe'>,
  open: () => Sound | Promise<Sound>,
  { clock, later }: SoundtrackTiming = PAGE_TIMING,
): Soundtrack {
  let sound: Sound | null = null;
  let opening = false;
  let stopped = false;
  /** The id of the last beat heard; null on the title. */
  let heard: number | null = null;
  let heardAt = -Infinity;
  /** The last view followed; views shown since are still waiting for their paint. */
  let followed = session.view;

  const apply = (view: View, fresh: boolean) => {
    if (!sound) return;
    sound.level(view.settings.volume, view.settings.muted);
    sound.ambience(view.screen === 'title' ? null : (view.beat.scene ?? null));
    if (fresh && view.screen !== 'title' && !view.settings.muted) for (const id of view.beat.sounds) sound.cue(id);
  };

  const follow = (view: View) => {
    followed = view;
    const id = view.screen === 'title' ? null : view.id;
    const fresh = id !== null && id !== heard;
    if (id !== heard) {
      heard = id;
      heardAt = clock();
    }
    apply(view, fresh);
  };
  follow(session.view);
  const unsubscribe = session.subscribe((view) => later(() => follow(view)));

  return {
    unlock() {
      if (sound || opening || stopped) return;
      opening = true;
      let opened: Sound | Promise<Sound>;
      try {
        opened = open();
      } catch (error) {
        return playOnInSilence(error);
      }
      void Promise.resolve(opened)
        .then((opened) => {
          if (stopped) return opened.close();
          sound = opened;
          apply(followed, clock() - heardAt < LATE_CUE_MS);
        })
        .catch(playOnInSilence);
    },
    stop() {
      stopped = true;
      unsubscribe();
      sound?.close();
      sound = null;
    },
  };
}
