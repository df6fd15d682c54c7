// The city behind the text: each place drawn once, a sweeping camera, traffic that thins as the score rises, data
// streams, face-scans, a kiosk's idle tour; reduced motion only fades. Imports Phaser, the stage's modules, model ids.

import * as Phaser from 'phaser';
import { SOURCES, type SourceId } from '../model/catalogue';
import type { Tier } from '../model/regime';
import type { SceneId } from '../narrative/tags';
import { glyph } from './art/glyphs';
import { figure } from './art/kit';
import { Beam } from './beam';
import { drawPlace, type Frame, type Point, type Staging } from './compose';
import { PALETTE as P } from './palette';
import { canvasPen, type Colour } from './pen';
import { BUSY, PLACES } from './places';

/** The frame the text leaves free, and where the score sits on screen, measured by the page. */
export interface Measure {
  frame(width: number, height: number): Frame;
  scorePoint(): Point | null;
}

export interface Report {
  source: SourceId;
  delta: number;
}

const BACKDROP = 'gs-backdrop';
const WALKER = 'gs-walker';
const CAR = 'gs-car';
const DRONE = 'gs-drone';
const BIRD = 'gs-bird';
/**
 * The idle tour: a new place every seven seconds, long enough to take in, and the camera finding
 * someone once the place has settled in; the streets as busy as a low tier keeps them.
 */
const TOUR: { every: number; scanAfter: number; tier: Tier } = { every: 7000, scanAfter: 2400, tier: 'C' };
const OUTDOORS = (Object.keys(PLACES) as SceneId[]).filter((id) => !PLACES[id].indoors);

const glyphKey = (source: SourceId, tone: 'up' | 'down' | 'none') => `gs-glyph-${source}-${tone}`;

const toneOf = (delta: number) => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'none');
const TONE: Record<'up' | 'down' | 'none', Colour> = { up: P.rewarded, down: P.watched, none: P.mist };

/** Draws into a fresh canvas and hands it to Phaser's texture manager under `key`. */
function paint(
  scene: Phaser.Scene,
  key: string,
  width: number,
  height: number,
  draw: (c: CanvasRenderingContext2D) => void,
) {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.createCanvas(key, Math.ceil(width), Math.ceil(height));
  if (!texture) return;
  draw(texture.context);
  texture.refresh();
}

export class CityScene extends Phaser.Scene {
  private place: SceneId = 'street';
  private calm: boolean;
  private standing: Tier = 'A';
  private touring = false;
  private tour?: Phaser.Time.TimerEvent;
  private look?: Phaser.Time.TimerEvent;
  private ended = false;
  private readonly measure: Measure;
  private frameKey = '';
  private staging?: Staging;
  /** The place is drawn once into a texture: redrawing hundreds of shapes every frame starves slow machines. */
  private backdrop?: Phaser.GameObjects.Image;
  private cone?: Beam;
  private lens?: Phaser.GameObjects.Arc;
  private rec?: Phaser.GameObjects.Arc;
  private dim?: Phaser.GameObjects.Rectangle;
  private movers: Phaser.GameObjects.Image[] = [];
  private switching = false;
  /** A switch asked for while another was under way. */
  private queued?: 'switch' | 'fade' | 'chapter';
  /** The place the backdrop shows now. */
  private drawn?: SceneId;

  constructor(options: { reducedMotion: boolean; measure: Measure; place?: SceneId }) {
    super('city');
    this.calm = options.reducedMotion;
    this.place = options.place ?? 'street';
    this.measure = options.measure;
  }

  create(): void {
    this.makeSprites();
    this.backdrop = this.add.image(0, 0, '__DEFAULT').setOrigin(0).setDepth(0);
    this.cone = this.add.existing(new Beam(this)).setDepth(20).setVisible(false);
    this.lens = this.add.circle(0, 0, 4, P.watched).setDepth(21);
    this.rec = this.add.circle(0, 0, 5, P.watched).setDepth(60);
    this.dim = this.add.rectangle(0, 0, 10, 10, P.ink).setOrigin(0).setDepth(50).setAlpha(0);
    this.scale.on('resize', () => this.refit());
    this.pace();
    this.draw();
    this.animate();
    if (this.touring) this.startTour();
  }

  /** Reduced motion, honoured as soon as the player asks: nothing moves, things only fade. */
  setCalm(calm: boolean): void {
    if (calm === this.calm) return;
    this.calm = calm;
    this.pace();
    if (this.backdrop) this.animate();
  }

  /** A still city needs few frames: fades stay smooth at twelve a second, and slow machines rest. */
  private pace(): void {
    this.game.loop.setFPSLimit(this.calm ? 12 : 30);
  }

  /** The score's tier sets how busy the city is; on the idle tour, nobody's score does. */
  setStanding(tier: Tier): void {
    this.crowd(() => (this.standing = tier));
  }

  private busy(): number {
    return BUSY[this.touring ? TOUR.tier : this.standing];
  }

  /** Repopulates the city only if the change alters how busy it is. */
  private crowd(change: () => void): void {
    const before = this.busy();
    change();
    if (this.busy() !== before && this.backdrop && !this.switching) this.animate();
  }

  /**
   * The kiosk's idle screen: with nobody playing, the city tours its outdoor places. Off, it stays
   * where it is until the next show(). Asked before create(), it starts there.
   */
  attract(on: boolean): void {
    if (on === this.touring) return;
    if (on) {
      // The first place's switch repopulates the city at the tour's tier.
      this.touring = true;
      if (this.backdrop) this.startTour();
      return;
    }
    const timers = [this.tour, this.look].filter((timer) => timer !== undefined);
    if (timers.length > 0) this.time.removeEvent(timers);
    this.tour = this.look = undefined;
    this.crowd(() => (this.touring = false));
  }

  private startTour(): void {
    this.wake();
    this.nextStop();
    // A scene clock: it pauses with the scene and is gone with it.
    this.tour = this.time.addEvent({ delay: TOUR.every, loop: true, callback: () => this.nextStop() });
  }

  private nextStop(): void {
    this.show(OUTDOORS[(OUTDOORS.indexOf(this.place) + 1) % OUTDOORS.length]);
    this.look = this.time.delayedCall(TOUR.scanAfter, () => this.scan());
  }

  /** Effects in flight (scans, streams), which destroy themselves when done. */
  private inFlight = 0;
  private fleeting<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.inFlight += 1;
    object.once(Phaser.GameObjects.Events.DESTROY, () => (this.inFlight -= 1));
    return object;
  }

  /**
   * What the city shows now, at rest, as `place room busy objects` (the room is the frame's key, busy
   * how many move at this tier): what the kiosk's retention check counts and what the browser tests
   * wait for. Null mid-switch or while an effect is in flight, so the count is the same at every rest.
   */
  census(): string | null {
    if (this.switching || !this.backdrop || this.inFlight > 0) return null;
    return `${this.place} ${this.frameKey} ${this.busy()} ${this.children.length}`;
  }

  /** Measures the page again and redraws if the free room changed (text size, window size). */
  refit(): void {
    if (!this.backdrop || this.switching) return;
    const { width, height } = this.scale;
    const frame = this.measure.frame(width, height);
    if (this.keyOf(frame) === this.frameKey) return;
    this.draw();
    this.animate();
  }

  show(place: SceneId, options: { chapter?: boolean } = {}): void {
    if (place === this.place && !options.chapter) return;
    this.place = place;
    if (!this.backdrop) return;
    this.transition(options.chapter ? 'chapter' : this.calm ? 'fade' : 'switch');
  }

  /** After an ending, a new game or the title: the city lights up and moves again. */
  wake(): void {
    if (!this.ended || !this.dim) return;
    this.ended = false;
    this.tweens.add({ targets: this.dim, alpha: 0, duration: 600 });
    this.animate();
  }

  /** The end of a road: the city stills and dims, and the camera settles on you. */
  end(): void {
    if (this.ended || !this.dim) return;
    this.ended = true;
    this.tweens.add({ targets: this.dim, alpha: 0.45, duration: 1600 });
    this.animate();
  }

  /** Each thing the score counted streams from its reporter to the number. */
  record(reports: readonly Report[]): void {
    if (!this.staging) return;
    if (this.switching) {
      this.time.delayedCall(300, () => this.record(reports));
      return;
    }
    reports.forEach((report, index) => this.time.delayedCall(index * 420, () => this.stream(report)));
  }

  /** A face-scan: the camera finds you and matches you. */
  scan(): void {
    const staging = this.staging;
    if (!staging) return;
    if (this.switching) {
      this.time.delayedCall(300, () => this.scan());
      return;
    }
    const { figure: who } = staging;
    const size = who.height * 0.42;
    const at = { x: who.x, y: who.y - who.height * 0.88 };
    const g = this.fleeting(this.add.graphics().setDepth(40).setPosition(at.x, at.y));
    const brackets = (colour: Colour) => {
      const h = size / 2;
      const arm = size * 0.3;
      g.clear().lineStyle(2, colour, 1);
      for (const [dx, dy] of [
        [-1, -1],
        [1, -1],
        [-1, 1],
        [1, 1],
      ]) {
        g.beginPath();
        g.moveTo(dx * h, dy * h + -dy * arm);
        g.lineTo(dx * h, dy * h);
        g.lineTo(dx * h + -dx * arm, dy * h);
        g.strokePath();
      }
    };
    brackets(P.white);
    const finish = () => {
      brackets(P.watched);
      this.tweens.add({ targets: g, alpha: 0, delay: 700, duration: 450, onComplete: () => g.destroy() });
    };
    if (this.calm) {
      g.setAlpha(0);
      this.tweens.add({ targets: g, alpha: 1, duration: 350, onComplete: finish });
      return;
    }
    g.setScale(2.4).setAlpha(0);
    const line = this.fleeting(
      this.add
        .rectangle(at.x, at.y - size / 2, size, 2, P.data, 0.9)
        .setDepth(41)
        .setVisible(false),
    );
    this.tweens.add({
      targets: g,
      scale: 1,
      alpha: 1,
      duration: 450,
      ease: 'Cubic.easeOut',
      onComplete: () => {
        line.setVisible(true);
        this.tweens.add({
          targets: line,
          y: at.y + size / 2,
          duration: 520,
          yoyo: true,
          ease: 'Sine.easeInOut',
          onComplete: () => {
            line.destroy();
            finish();
          },
        });
      },
    });
  }

  private keyOf(frame: Frame): string {
    const r = frame.room;
    return [frame.width, frame.height, r.x, r.y, r.width, r.height].map((n) => Math.round(n / 8)).join(',');
  }

  /** The sprites that move, drawn once with the same pen as the places. */
  private makeSprites(): void {
    paint(this, WALKER, 40, 128, (c) => figure(canvasPen(c), 20, 126, 124, P.ink));
    paint(this, CAR, 132, 48, (c) => {
      const pen = canvasPen(c);
      pen.glow(124, 30, 22, P.lamp, 0.6);
      pen.round(6, 14, 112, 24, 8, P.slate);
      pen.poly([30, 15, 44, 2, 84, 2, 98, 15], P.slate);
      pen.poly([36, 14, 47, 5, 64, 5, 64, 14], P.glass);
      pen.poly([68, 14, 68, 5, 82, 5, 92, 14], P.glass);
      pen.circle(32, 38, 9, P.ink);
      pen.circle(94, 38, 9, P.ink);
      pen.rect(6, 22, 6, 5, P.watched);
      pen.rect(114, 22, 6, 5, P.lamp);
    });
    paint(this, DRONE, 44, 20, (c) => {
      const pen = canvasPen(c);
      pen.rect(4, 4, 36, 3, P.ink);
      pen.round(14, 6, 16, 8, 3, P.ink);
      pen.ellipse(6, 3, 6, 1.5, P.mist);
      pen.ellipse(38, 3, 6, 1.5, P.mist);
      pen.circle(22, 15, 2.5, P.watched);
    });
    paint(this, BIRD, 16, 8, (c) => canvasPen(c).stroke([1, 1, 8, 6, 15, 1], 1.6, P.ink));
    for (const source of SOURCES) {
      for (const tone of ['up', 'down', 'none'] as const) {
        paint(this, glyphKey(source, tone), 40, 40, (c) => {
          const pen = canvasPen(c);
          pen.glow(20, 20, 20, TONE[tone], 0.5);
          pen.circle(20, 20, 14, P.ink);
          pen.arc(20, 20, 14, 0, Math.PI * 2, 2, TONE[tone]);
          glyph(pen, source, 20, 20, 17, P.white, P.ink);
        });
      }
    }
  }

  /** Draws the place for the current frame into the backdrop texture and places the live parts. */
  private draw(): void {
    const { backdrop, cone, lens, rec, dim } = this;
    if (!backdrop || !cone || !lens || !rec || !dim) return;
    const { width, height } = this.scale;
    if (width < 2 || height < 2) return;
    const frame = this.measure.frame(width, height);
    this.frameKey = this.keyOf(frame);
    let staging: Staging | undefined;
    paint(this, BACKDROP, width, height, (c) => {
      staging = drawPlace(canvasPen(c), this.place, frame);
    });
    if (!staging) return;
    this.staging = staging;
    this.drawn = this.place;
    backdrop.setTexture(BACKDROP);
    const { camera, room } = staging;
    lens.setPosition(camera.x, camera.y).setRadius(Math.max(2.5, 3.4 * staging.scale));
    cone
      .setPosition(camera.x, camera.y)
      .setRadius(Math.min(room.width, room.height) * 0.95)
      .setVisible(true);
    const inset = Math.max(14, Math.min(room.width, room.height) * 0.05);
    rec.setPosition(room.x + inset + 34, room.y + inset + 10);
    dim.setSize(width, height);
  }

  private aim(): number {
    const facing = this.staging?.camera.facing ?? -1;
    return facing > 0 ? 0.55 : Math.PI - 0.55;
  }

  /** Starts, or stills, everything that moves: the sweep, the record light, the city's traffic. */
  private animate(): void {
    const { cone, rec, staging } = this;
    if (!cone || !rec || !staging) return;
    this.tweens.killTweensOf([cone, rec]);
    cone.setRotation(this.aim());
    rec.setAlpha(1);
    if (!this.calm && !this.ended) {
      this.tweens.add({
        targets: cone,
        rotation: { from: this.aim() - 0.38, to: this.aim() + 0.38 },
        duration: 4400,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
      // once a second: well under the three-flashes-a-second line
      this.tweens.add({ targets: rec, alpha: 0.2, duration: 500, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }
    if (this.ended && staging) {
      const who = staging.figure;
      cone.setRotation(Math.atan2(who.y - who.height * 0.5 - staging.camera.y, who.x - staging.camera.x));
    }
    this.populate();
  }

  /** People, cars, drones and birds; as many as the tier says, moving unless motion is reduced. */
  private populate(): void {
    for (const mover of this.movers) {
      this.tweens.killTweensOf(mover);
      mover.destroy();
    }
    this.movers = [];
    const staging = this.staging;
    if (!staging || this.ended) return;
    const traffic = PLACES[this.place].traffic;
    const busy = this.busy();
    const random = new Phaser.Math.RandomDataGenerator([this.place, String(busy)]);
    const walkers = traffic.walkers ? Math.ceil(busy / 2) : 0;
    const cars = traffic.vehicles && staging.road ? Math.floor(busy / 2) : 0;
    const drones = traffic.drones && busy >= BUSY.B ? Math.ceil((busy - 3) / 3) : 0;
    const birds = traffic.birds ? 3 : 0;
    const { walk, road, air, scale } = staging;
    const person = staging.figure.height;
    for (let i = 0; i < walkers; i += 1) {
      this.mover(WALKER, walk, person / 124, 34 * (person / 62), random.frac(), 0.85);
    }
    for (let i = 0; i < cars && road; i += 1) this.mover(CAR, road, scale * 0.95, 170 * scale, random.frac(), 1);
    for (let i = 0; i < drones; i += 1) {
      const y = air.top + (air.bottom - air.top) * random.frac();
      this.mover(DRONE, { y, left: walk.left, right: walk.right }, Math.max(0.6, scale), 45, random.frac(), 0.95);
    }
    for (let i = 0; i < birds; i += 1) {
      const y = air.top + (air.bottom - air.top) * random.frac() - 40 * scale;
      this.mover(BIRD, { y, left: walk.left, right: walk.right }, Math.max(0.7, scale), 70, random.frac(), 0.8);
    }
  }

  private mover(
    key: string,
    lane: { y: number; left: number; right: number },
    size: number,
    speed: number,
    start: number,
    alpha: number,
  ): void {
    const sprite = this.add.image(0, lane.y, key).setOrigin(0.5, 1).setScale(size).setDepth(10).setAlpha(alpha);
    this.movers.push(sprite);
    const span = lane.right - lane.left;
    const rightward = start < 0.5;
    sprite.setFlipX(key === CAR ? !rightward : !rightward && key !== DRONE);
    sprite.x = lane.left + span * ((start * 7.3) % 1);
    if (this.calm) return;
    const from = rightward ? lane.left - 60 : lane.right + 60;
    const to = rightward ? lane.right + 60 : lane.left - 60;
    const first = Math.abs(to - sprite.x) / speed;
    const lap = () =>
      this.tweens.add({
        targets: sprite,
        x: { from, to },
        duration: (Math.abs(to - from) / speed) * 1000,
        delay: 400 + Phaser.Math.Between(0, 4000),
        onComplete: lap,
      });
    this.tweens.add({ targets: sprite, x: to, duration: first * 1000, onComplete: lap });
    if (key === WALKER) {
      this.tweens.add({ targets: sprite, y: lane.y - 1.5, duration: 320, yoyo: true, repeat: -1 });
    }
  }

  /** A reporter lights up and its data travels to the score. */
  private stream(report: Report): void {
    const staging = this.staging;
    if (!staging) return;
    const from = staging.sources[report.source];
    const target = this.measure.scorePoint() ?? { x: staging.room.x + staging.room.width, y: staging.room.y };
    const tone = toneOf(report.delta);
    const colour = TONE[tone];
    const mark = this.fleeting(this.add.image(from.x, from.y, glyphKey(report.source, tone)).setDepth(45).setAlpha(0));
    const control = { x: (from.x + target.x) / 2, y: Math.min(from.y, target.y) - 120 };
    const along = (t: number) => ({
      x: (1 - t) * (1 - t) * from.x + 2 * (1 - t) * t * control.x + t * t * target.x,
      y: (1 - t) * (1 - t) * from.y + 2 * (1 - t) * t * control.y + t * t * target.y,
    });
    if (this.calm) {
      const path = this.fleeting(this.add.graphics().setDepth(44).setAlpha(0));
      path.fillStyle(colour, 0.9);
      for (let t = 0; t <= 1; t += 0.025) {
        const p = along(t);
        path.fillCircle(p.x, p.y, 2);
      }
      this.tweens.add({
        targets: [mark, path],
        alpha: 1,
        duration: 500,
        hold: 1400,
        yoyo: true,
        onComplete: () => {
          mark.destroy();
          path.destroy();
        },
      });
      return;
    }
    mark.setScale(0.6);
    this.tweens.add({ targets: mark, alpha: 1, scale: 1.15, duration: 320, ease: 'Back.easeOut' });
    this.tweens.add({ targets: mark, alpha: 0, delay: 2100, duration: 500, onComplete: () => mark.destroy() });
    const ring = this.fleeting(this.add.circle(from.x, from.y, 14).setStrokeStyle(2, colour).setDepth(44));
    this.tweens.add({ targets: ring, scale: 3.2, alpha: 0, duration: 900, onComplete: () => ring.destroy() });
    for (let i = 0; i < 14; i += 1) {
      const packet = this.fleeting(this.add.rectangle(from.x, from.y, 5, 5, colour).setDepth(43).setAlpha(0));
      this.tweens.addCounter({
        from: 0,
        to: 1,
        delay: 250 + i * 70,
        duration: 1250,
        ease: 'Sine.easeInOut',
        onUpdate: (tween) => {
          const t = tween.getValue() ?? 0;
          const p = along(t);
          packet.setPosition(p.x, p.y).setAlpha(t < 0.08 ? t * 12 : t > 0.9 ? (1 - t) * 10 : 1);
        },
        onComplete: () => packet.destroy(),
      });
    }
  }

  /** From one place to the next: a monitor switching channels, or a fade when motion is reduced. */
  private transition(kind: 'switch' | 'fade' | 'chapter'): void {
    // Quick clicks can ask for several places during one switch: the switch draws whichever place
    // is current when the screen is covered, and one more follows only if the place moved on since.
    if (this.switching) {
      this.queued = this.queued === 'chapter' ? 'chapter' : kind;
      return;
    }
    this.switching = true;
    const done = () => {
      this.switching = false;
      const next = this.queued;
      this.queued = undefined;
      if (next && this.drawn !== this.place) this.transition(next);
      else this.refit();
    };
    const swap = () => {
      this.draw();
      this.animate();
    };
    const camera = this.cameras.main;
    if (kind !== 'switch') {
      const [out, back] = kind === 'chapter' ? [700, 1100] : [260, 380];
      camera.fadeOut(out, 11, 15, 26);
      camera.once('camerafadeoutcomplete', () => {
        swap();
        camera.fadeIn(back, 11, 15, 26);
        camera.once('camerafadeincomplete', done);
      });
      return;
    }
    const { width, height } = this.scale;
    const count = 9;
    const bands = Array.from({ length: count }, (_, i) =>
      this.add
        .rectangle(i % 2 ? width : 0, (height / count) * i, width, height / count + 1, P.ink)
        .setOrigin(i % 2 ? 1 : 0, 0)
        .setDepth(70)
        .setScale(0, 1),
    );
    this.tweens.add({
      targets: bands,
      scaleX: 1,
      duration: 230,
      delay: this.tweens.stagger(22, {}),
      ease: 'Cubic.easeIn',
      onComplete: () => {
        swap();
        this.tweens.add({
          targets: bands,
          scaleX: 0,
          duration: 300,
          delay: this.tweens.stagger(22, { from: 'last' }),
          ease: 'Cubic.easeOut',
          onComplete: () => {
            for (const band of bands) band.destroy();
            done();
          },
        });
      },
    });
  }
}
