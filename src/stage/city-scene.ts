// The Phaser scene behind the text: a skyline for the current place, its landmark, and a camera
// that sweeps and pulses whenever the score records something. Imports Phaser and the places table.

import * as Phaser from 'phaser';
import type { SceneId } from '../narrative/tags';
import { ACCENT, PLACES, type Landmark } from './places';

/** A small deterministic generator, so a place looks the same every visit. */
function seeded(text: string): () => number {
  let state = [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 0x01000193), 0x811c9dc5) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BACKDROP = 'backdrop';

export class CityScene extends Phaser.Scene {
  private place: SceneId = 'street';
  /** The place is drawn once into a texture: redrawing hundreds of shapes every frame starves slow machines. */
  private backdrop?: Phaser.GameObjects.Image;
  private cone?: Phaser.GameObjects.Graphics;
  private lens?: Phaser.GameObjects.Arc;
  private calm: boolean;

  constructor(options: { reducedMotion: boolean }) {
    super('city');
    this.calm = options.reducedMotion;
  }

  /** Reduced motion, honoured as soon as the player asks: the camera stops sweeping. */
  setCalm(calm: boolean): void {
    if (calm === this.calm) return;
    this.calm = calm;
    if (!this.cone) return;
    if (calm) {
      this.tweens.killTweensOf(this.cone);
      this.cone.setRotation(0);
    } else {
      this.sweep();
    }
  }

  private sweep(): void {
    this.tweens.add({
      targets: this.cone,
      rotation: { from: -0.35, to: 0.35 },
      duration: 4200,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut',
    });
  }

  create(): void {
    this.backdrop = this.add.image(0, 0, '__DEFAULT').setOrigin(0);
    this.cone = this.add.graphics();
    this.lens = this.add.circle(0, 0, 7, ACCENT.watched);
    this.scale.on('resize', () => this.draw());
    this.draw();
    if (!this.calm) this.sweep();
  }

  show(place: SceneId): void {
    if (place === this.place) return;
    this.place = place;
    if (!this.backdrop) return;
    if (this.calm) {
      this.draw();
      return;
    }
    this.cameras.main.fadeOut(220, 11, 15, 26);
    this.cameras.main.once('camerafadeoutcomplete', () => {
      this.draw();
      this.cameras.main.fadeIn(320, 11, 15, 26);
    });
  }

  /** A ring from the camera lens: red when the score fell, teal when it rose. */
  pulse(rose: boolean): void {
    if (!this.lens) return;
    const ring = this.add
      .circle(this.lens.x, this.lens.y, 10)
      .setStrokeStyle(3, rose ? ACCENT.rewarded : ACCENT.watched);
    this.tweens.add({
      targets: ring,
      scale: this.calm ? 1 : 6,
      alpha: 0,
      duration: this.calm ? 600 : 900,
      onComplete: () => ring.destroy(),
    });
  }

  private draw(): void {
    if (!this.backdrop || !this.cone || !this.lens) return;
    const { width, height } = this.scale;
    const look = PLACES[this.place];
    const random = seeded(this.place);
    const horizon = height * 0.72;
    const g = this.make.graphics({}, false);
    const bands = 16;
    for (let band = 0; band < bands; band += 1) {
      const mix = Phaser.Display.Color.Interpolate.ColorWithColor(
        Phaser.Display.Color.ValueToColor(look.sky[0]),
        Phaser.Display.Color.ValueToColor(look.sky[1]),
        bands - 1,
        band,
      );
      g.fillStyle(Phaser.Display.Color.GetColor(mix.r, mix.g, mix.b), 1);
      g.fillRect(0, (horizon / bands) * band, width, horizon / bands + 1);
    }
    if (look.indoors) {
      g.fillStyle(0x262c38, 1).fillRect(0, 0, width, horizon);
      g.fillStyle(look.sky[1], 0.5).fillRect(width * 0.08, height * 0.12, width * 0.3, height * 0.34);
    }
    this.drawSkyline(g, random, width, horizon, look.lights, look.indoors);
    g.fillStyle(look.ground, 1).fillRect(0, horizon, width, height - horizon);
    this.drawLandmark(g, look.landmark, width, height, horizon);

    const cameraX = width * 0.86;
    const cameraY = height * 0.16;
    g.fillStyle(0x11151f, 1).fillRect(cameraX - 3, cameraY, 6, horizon - cameraY);
    g.fillStyle(0x1d2330, 1).fillRoundedRect(cameraX - 26, cameraY - 12, 40, 22, 5);
    if (this.textures.exists(BACKDROP)) this.textures.remove(BACKDROP);
    g.generateTexture(BACKDROP, width, height);
    g.destroy();
    this.backdrop.setTexture(BACKDROP);
    this.lens.setPosition(cameraX - 24, cameraY);
    this.cone.clear().setPosition(cameraX - 24, cameraY);
    this.cone
      .fillStyle(ACCENT.watched, 0.12)
      .slice(0, 0, height * 0.7, Math.PI * 0.62, Math.PI * 0.82, false)
      .fillPath();
  }

  private drawSkyline(
    g: Phaser.GameObjects.Graphics,
    random: () => number,
    width: number,
    horizon: number,
    lights: number,
    indoors: boolean,
  ): void {
    const band = indoors ? { top: horizon * 0.2, alpha: 0.35 } : { top: horizon * 0.25, alpha: 1 };
    for (let x = -10; x < width;) {
      const w = 40 + random() * 90;
      const h = (horizon - band.top) * (0.35 + random() * 0.65);
      const top = horizon - h;
      g.fillStyle(0x141a28, band.alpha).fillRect(x, top, w - 6, h);
      g.fillStyle(ACCENT.window, band.alpha * 0.85);
      for (let wy = top + 10; wy < horizon - 14; wy += 18) {
        for (let wx = x + 8; wx < x + w - 16; wx += 14) {
          if (random() < lights) g.fillRect(wx, wy, 6, 9);
        }
      }
      x += w;
    }
  }

  private drawLandmark(
    g: Phaser.GameObjects.Graphics,
    landmark: Landmark,
    width: number,
    height: number,
    horizon: number,
  ): void {
    const cx = width * 0.42;
    const stone = 0xc9ced6;
    switch (landmark) {
      case 'crosswalk':
        g.fillStyle(0xe8e8e8, 0.85);
        for (let i = 0; i < 9; i += 1)
          g.fillRect(width * 0.15 + i * width * 0.07, horizon + 24, width * 0.04, height - horizon - 48);
        g.fillStyle(0x11151f, 1)
          .fillRect(width * 0.1, horizon - 150, 8, 150)
          .fillRoundedRect(width * 0.1 - 12, horizon - 200, 32, 62, 6);
        g.fillStyle(ACCENT.watched, 1).fillCircle(width * 0.1 + 4, horizon - 184, 9);
        g.fillStyle(0x3a4a3a, 1).fillCircle(width * 0.1 + 4, horizon - 156, 9);
        return;
      case 'columns':
        g.fillStyle(stone, 0.9).fillTriangle(cx - 190, horizon - 230, cx + 190, horizon - 230, cx, horizon - 300);
        for (let i = 0; i < 6; i += 1) g.fillRect(cx - 170 + i * 66, horizon - 225, 24, 225);
        return;
      case 'train':
        g.fillStyle(0xdfe6ee, 1).fillRoundedRect(width * 0.05, horizon - 90, width * 0.75, 70, 30);
        g.fillStyle(0x1e6fa8, 1).fillRect(width * 0.05, horizon - 50, width * 0.75, 8);
        g.fillStyle(0x29364d, 1);
        for (let x = width * 0.1; x < width * 0.75; x += 60) g.fillRect(x, horizon - 80, 40, 22);
        return;
      case 'desks':
      case 'counter':
        g.fillStyle(0x8a6f52, 1).fillRect(width * 0.1, horizon - 40, width * 0.7, 40);
        g.fillStyle(0x1d2330, 1);
        for (let x = width * 0.15; x < width * 0.75; x += 120) g.fillRoundedRect(x, horizon - 100, 70, 50, 4);
        g.fillStyle(0x6fb3d2, 0.8);
        for (let x = width * 0.15; x < width * 0.75; x += 120) g.fillRect(x + 6, horizon - 94, 58, 38);
        return;
      case 'window':
        g.fillStyle(0x4a3b2f, 1).fillRect(width * 0.2, horizon - 60, width * 0.35, 60);
        g.fillStyle(ACCENT.window, 0.9).fillTriangle(
          width * 0.62,
          horizon - 140,
          width * 0.58,
          horizon - 60,
          width * 0.7,
          horizon - 60,
        );
        g.fillStyle(0x11151f, 1).fillRect(width * 0.635, horizon - 60, 6, 60);
        return;
      case 'stalls':
        for (let i = 0; i < 4; i += 1) {
          const x = width * 0.08 + i * width * 0.18;
          g.fillStyle(i % 2 ? 0xb5473a : 0x2f7a6b, 1).fillTriangle(
            x,
            horizon - 110,
            x + width * 0.15,
            horizon - 110,
            x + width * 0.075,
            horizon - 150,
          );
          g.fillStyle(0x6b5640, 1).fillRect(x + 8, horizon - 110, width * 0.15 - 16, 110);
          g.fillStyle(ACCENT.window, 0.9).fillCircle(x + width * 0.075, horizon - 96, 8);
        }
        return;
      case 'cross':
        g.fillStyle(0xeef2f5, 1).fillRect(cx - 80, horizon - 200, 160, 200);
        g.fillStyle(0x2bb3a3, 1)
          .fillRect(cx - 12, horizon - 180, 24, 70)
          .fillRect(cx - 35, horizon - 157, 70, 24);
        return;
      case 'arch':
        g.fillStyle(stone, 0.95).fillRect(cx - 120, horizon - 200, 240, 200);
        g.fillStyle(0x1b2540, 1)
          .fillRect(cx - 40, horizon - 130, 80, 130)
          .fillCircle(cx, horizon - 130, 40);
        g.fillStyle(ACCENT.window, 0.9).fillCircle(cx, horizon - 230, 26);
        return;
      case 'bus':
        g.fillStyle(0x2f7a6b, 1).fillRoundedRect(width * 0.12, horizon - 120, width * 0.5, 100, 14);
        g.fillStyle(0xbfd9e6, 1);
        for (let x = width * 0.15; x < width * 0.58; x += 70) g.fillRect(x, horizon - 105, 50, 40);
        g.fillStyle(0x11151f, 1)
          .fillCircle(width * 0.2, horizon - 18, 18)
          .fillCircle(width * 0.54, horizon - 18, 18);
        return;
      case 'plane':
        g.fillStyle(0xe6ebf0, 1).fillRoundedRect(width * 0.2, horizon - 210, width * 0.42, 36, 18);
        g.fillTriangle(width * 0.36, horizon - 190, width * 0.46, horizon - 190, width * 0.33, horizon - 120);
        return;
      case 'gate':
        g.fillStyle(0x8a2f2f, 1)
          .fillRect(cx - 150, horizon - 160, 24, 160)
          .fillRect(cx + 126, horizon - 160, 24, 160)
          .fillRect(cx - 170, horizon - 180, 340, 26);
        g.lineStyle(3, 0x11151f, 1);
        for (let x = cx - 120; x < cx + 126; x += 22) g.lineBetween(x, horizon - 150, x, horizon);
        return;
    }
  }
}
