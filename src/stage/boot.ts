// Starts Phaser behind the text once the first words are on screen, and keeps the scene in step
// with the session's views. Loaded as its own chunk; the game is whole without it. Imports app types.

import * as Phaser from 'phaser';
import type { Session, View } from '../app/session';
import { CityScene } from './city-scene';

export function bootStage(parent: HTMLElement, session: Session): Promise<() => void> {
  const scene = new CityScene({ reducedMotion: session.view.settings.reducedMotion });

  return new Promise((resolve) => {
    const game = new Phaser.Game({
      // Canvas, not WebGL: on machines without a GPU (kiosk mini PCs, CI) software WebGL made each
      // frame cost more than a click's budget; a pre-drawn backdrop keeps Canvas cheap everywhere.
      type: Phaser.CANVAS,
      parent,
      backgroundColor: '#0b0f1a',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
      scene,
      callbacks: {
        postBoot: () => {
          const follow = (view: View) => {
            scene.setCalm(view.settings.reducedMotion);
            if (view.screen === 'title') return;
            if (view.beat.scene) scene.show(view.beat.scene);
            for (const change of view.hud.changes) scene.pulse(change.delta > 0);
          };
          follow(session.view);
          const unsubscribe = session.subscribe(follow);
          parent.dataset.ready = 'true';
          game.canvas.setAttribute('aria-hidden', 'true');
          resolve(() => {
            unsubscribe();
            game.destroy(true);
          });
        },
      },
    });
  });
}
