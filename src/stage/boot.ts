// Starts Phaser behind the text and keeps the city in step with a session's views (at a kiosk, the
// relay of each visitor's); its own chunk, and the game is whole without it. Imports app types, Phaser, the scene.

import * as Phaser from 'phaser';
import type { Session } from '../app/session';
import type { View } from '../app/view';
import { afterIdle } from '../platform/after-paint';
import { CityScene, type Measure } from './city-scene';
import type { Frame } from './compose';

/** The longest the city waits for an idle moment before answering a new beat. */
const STAGE_WITHIN_MS = 200;

/** Where the text column leaves the city visible: beside it on a wide screen, above it on a tall one. */
export function measureRoom(text: HTMLElement): Measure {
  const column = () => text.querySelector('main') ?? text;
  return {
    frame(width, height): Frame {
      const box = column().getBoundingClientRect();
      const left = box.left;
      const right = width - box.right;
      const side = Math.max(left, right);
      if (box.width > 0 && side >= Math.max(240, width * 0.26)) {
        return { width, height, room: { x: left >= right ? 0 : box.right, y: 0, width: side, height } };
      }
      const top = box.top + window.scrollY;
      if (box.width > 0 && top >= height * 0.16) return { width, height, room: { x: 0, y: 0, width, height: top } };
      return { width, height, room: { x: 0, y: 0, width, height } };
    },
    scorePoint() {
      const number = text.querySelector('.hud-number');
      const box = number?.getBoundingClientRect();
      if (!box || box.width === 0) return null;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
  };
}

/**
 * The words come first. Each frame of the city is drawn and handed to the compositor on the main
 * thread, and on a slow machine that is most of its time: a press or a key would wait behind it, and
 * so would the new words. So the city holds still from the reader's press until the words it led to
 * are painted and the page is idle. Returns what lets go of the page.
 */
function holdForTheWords(game: Phaser.Game): () => void {
  const hold = () => game.loop.sleep();
  const release = () =>
    afterIdle(() => {
      if (!document.hidden) game.loop.wake(true);
    }, STAGE_WITHIN_MS);
  const page = new AbortController();
  const on = (type: string, listener: () => void, capture = false) =>
    document.addEventListener(type, listener, { capture, signal: page.signal });
  on('pointerdown', hold, true);
  on('keydown', hold, true);
  // After the game's own handlers: by then the new words are on the page, waiting for their frame.
  on('click', release);
  on('keyup', release);
  on('pointercancel', release);
  return () => page.abort();
}

/** What the stage needs of a session: its current view, and word of each new one. */
export type Source = Pick<Session, 'view' | 'subscribe'>;

export interface Stage {
  /** The kiosk's idle screen: the city tours its outdoor places while nobody plays. */
  attract(on: boolean): void;
  destroy(): void;
}

export function bootStage(parent: HTMLElement, session: Source, text: HTMLElement): Promise<Stage> {
  const first = session.view;
  const scene = new CityScene({
    reducedMotion: first.settings.reducedMotion,
    measure: measureRoom(text),
    place: first.screen === 'title' ? undefined : first.beat.scene,
  });

  return new Promise((resolve) => {
    const game = new Phaser.Game({
      // Canvas, not WebGL: on machines without a GPU (kiosk mini PCs, CI) software WebGL made each
      // frame cost more than a click's budget; a pre-drawn backdrop keeps Canvas cheap everywhere.
      type: Phaser.CANVAS,
      parent,
      // Nothing on the stage is pressed: without Phaser's listeners a press reaches the words sooner.
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      backgroundColor: '#0b0f1a',
      // The city moves slowly: thirty frames a second is smooth enough and halves the work.
      fps: { target: 30, limit: 30 },
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      scene,
      callbacks: {
        postBoot: () => {
          /** The beat the stage last reacted to: settings and notices re-show a beat, and it must not replay. */
          let shown: number | null = null;
          let booting = true;
          const react = (view: View) => {
            scene.setCalm(view.settings.reducedMotion);
            scene.refit();
            if (view.screen !== 'ending') scene.wake();
            if (view.screen === 'title') {
              shown = null;
              return;
            }
            scene.setStanding(view.hud.tier);
            if (view.id === shown) return;
            shown = view.id;
            const chapter = !booting && view.beat.opensChapter !== undefined;
            if (view.beat.scene) scene.show(view.beat.scene, { chapter });
            if (view.hud.changes.length > 0) scene.record(view.hud.changes);
            const shutter = view.beat.sounds.includes('camera_shutter');
            if (shutter || view.hud.changes.some((change) => change.source === 'camera')) scene.scan();
            if (view.screen === 'ending') scene.end();
          };
          react(session.view);
          booting = false;
          // The stage answers a click once the new words are painted and the page is idle (a fifth of a
          // second at most): measuring the page and drawing the city in the click's own task, or in the
          // task right after its frame, would hold the words or the next click back.
          let latest: View | null = null;
          const later = (view: View) => {
            const scheduled = latest !== null;
            latest = view;
            if (scheduled) return;
            afterIdle(() => {
              const next = latest;
              latest = null;
              if (next) react(next);
            }, STAGE_WITHIN_MS);
          };
          const holding = holdForTheWords(game);
          /** Null once destroyed. */
          let unsubscribe: (() => void) | null = session.subscribe(later);
          parent.dataset.ready = 'true';
          // A kiosk runs all day: its retention check reads how much the city holds at each place (docs/kiosk.md).
          scene.events.on('postupdate', () => {
            const census = scene.census();
            if (census && census !== parent.dataset.census) parent.dataset.census = census;
          });
          game.canvas.setAttribute('aria-hidden', 'true');
          resolve({
            attract: (on) => scene.attract(on),
            destroy() {
              if (!unsubscribe) return;
              unsubscribe();
              unsubscribe = null;
              holding();
              // a frame already asked for finds nothing to show on a destroyed game
              latest = null;
              game.destroy(true);
            },
          });
        },
      },
    });
  });
}
