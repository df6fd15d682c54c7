// The city's idle tour for a kiosk, checked under Node: nothing on a page can reach attract() yet,
// so Phaser is a fake whose clock the test turns. Imports vitest, the city scene, compose, places.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { CityScene, type Measure } from '../../src/stage/city-scene';
import { drawPlace } from '../../src/stage/compose';
import { PLACES } from '../../src/stage/places';
import type { SceneId } from '../../src/narrative/tags';

vi.mock('phaser', () => ({
  Scene: class {},
  GameObjects: {
    Events: { DESTROY: 'destroy' },
    // The camera's beam (src/stage/beam.ts) is an Arc: placed, sized, turned and shown, each call chaining.
    Arc: class {
      setDepth() {
        return this;
      }
      setVisible() {
        return this;
      }
      setPosition() {
        return this;
      }
      setRadius() {
        return this;
      }
      setRotation() {
        return this;
      }
    },
  },
  Math: {
    RandomDataGenerator: class {
      frac() {
        return 0.5;
      }
    },
    Between: (low: number) => low,
  },
}));

// The real drawing runs; the spy only says which place was painted.
vi.mock('../../src/stage/compose', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/stage/compose')>();
  return { ...real, drawPlace: vi.fn(real.drawPlace) };
});

const OUTDOORS = (Object.keys(PLACES) as SceneId[]).filter((id) => !PLACES[id].indoors);
const EVERY = 7000;

interface Timer {
  at: number;
  every?: number;
  targets: unknown[];
  run: () => void;
}

/** One clock for the scene's timers and tweens, turned by hand. */
function clock() {
  let now = 0;
  const timers: Timer[] = [];
  const after = (delay: number, run: () => void, every?: number, targets: unknown[] = []) => {
    const timer = { at: now + delay, every, targets, run };
    timers.push(timer);
    return timer;
  };
  const drop = (timer: Timer) => timers.includes(timer) && timers.splice(timers.indexOf(timer), 1);
  return {
    now: () => now,
    after,
    drop,
    killTweensOf: (targets: unknown) => {
      const gone = [targets].flat();
      for (const timer of timers.filter((t) => t.targets.some((target) => gone.includes(target)))) drop(timer);
    },
    loops: () => timers.filter((timer) => timer.every !== undefined).length,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = due.at;
        if (due.every !== undefined) due.at += due.every;
        else drop(due);
        due.run();
      }
      now = end;
    },
  };
}

type Made = { kind: string; key?: unknown; at: number; store: Record<PropertyKey, unknown> };

/** A game object (or canvas context) that takes any call, chains, and remembers what was set. */
function thing(store: Record<PropertyKey, unknown>): unknown {
  const proxy: unknown = new Proxy(store, {
    get: (target, key) =>
      key in target
        ? target[key]
        : () => {
            if (key === 'destroy') target.destroyed = true;
            return proxy;
          },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
  return proxy;
}

type TweenConfig = {
  targets?: unknown;
  delay?: number;
  duration?: number;
  hold?: number;
  yoyo?: boolean;
  repeat?: number;
  onUpdate?: (tween: { getValue: () => number }) => void;
  onComplete?: () => void;
};

/** The parts of Phaser's scene systems the city uses, over one hand-turned clock. */
function systems() {
  const time = clock();
  const made: Made[] = [];
  const fades: number[] = [];
  const make = (kind: string, key?: unknown) => {
    const store: Record<PropertyKey, unknown> = {};
    made.push({ kind, key, at: time.now(), store });
    return thing(store);
  };
  const tween = (config: TweenConfig) => {
    // the sweep, the record light and the walkers' bob run for ever: they never complete
    if (config.repeat === -1) return;
    const span = (config.duration ?? 0) * (config.yoyo ? 2 : 1) + (config.hold ?? 0);
    time.after(
      (config.delay ?? 0) + span,
      () => {
        config.onUpdate?.({ getValue: () => 1 });
        config.onComplete?.();
      },
      undefined,
      [config.targets].flat(),
    );
  };
  let fading = 0;
  const fake = {
    time: {
      addEvent: (config: { delay: number; loop?: boolean; callback: () => void }) =>
        time.after(config.delay, config.callback, config.loop ? config.delay : undefined),
      delayedCall: (delay: number, callback: () => void) => time.after(delay, callback),
      removeEvent: (timers: Timer[]) => timers.forEach(time.drop),
    },
    tweens: { add: tween, addCounter: tween, stagger: () => 22, killTweensOf: time.killTweensOf },
    add: {
      image: (_x: number, _y: number, key: string) => make('image', key),
      existing: <T>(object: T) => object,
      circle: () => make('circle'),
      rectangle: () => make('rectangle'),
      graphics: () => make('graphics'),
    },
    textures: {
      exists: () => false,
      remove: () => {},
      createCanvas: () => ({ context: thing({}), refresh: () => {} }),
    },
    cameras: {
      main: {
        fadeOut: (duration: number) => {
          fades.push(time.now());
          fading = duration;
        },
        fadeIn: (duration: number) => (fading = duration),
        once: (_event: string, then: () => void) => time.after(fading, then),
      },
    },
    scale: { width: 1280, height: 800, on: () => {} },
    game: { loop: { setFPSLimit: () => {} } },
  };
  return { fake, time, made, fades };
}

const measure: Measure = {
  frame: (width, height) => ({ width, height, room: { x: 0, y: 0, width: 512, height } }),
  scorePoint: () => null,
};

/** A city on the fake systems; `before` runs ahead of Phaser booting the scene, as boot.ts may. */
function city(options: { place?: SceneId; calm?: boolean; before?: (scene: CityScene) => void } = {}) {
  const scene = new CityScene({ reducedMotion: options.calm ?? false, measure, place: options.place });
  options.before?.(scene);
  const world = systems();
  Object.assign(scene, world.fake);
  scene.setStanding('AAA');
  scene.create();
  const drawn = () => vi.mocked(drawPlace).mock.calls.map((call) => call[1]);
  const live = (key: string) => world.made.filter((m) => m.key === key && !m.store.destroyed).length;
  const scans = () => world.made.filter((m) => m.kind === 'graphics');
  return { scene, ...world, drawn, live, scans };
}

afterEach(() => vi.mocked(drawPlace).mockClear());

describe('the city’s idle tour', () => {
  it('moves to another outdoor place within one cycle, scans in each, and stops when turned off', () => {
    const { scene, time, drawn, scans } = city({ place: 'home' });
    expect(drawn()).toEqual(['home']);
    scene.attract(true);
    time.advance(EVERY + 1000);
    expect(drawn().slice(1)).toEqual(OUTDOORS.slice(0, 2));
    time.advance(EVERY * (OUTDOORS.length - 2) + 2000);
    const toured = drawn().slice(1);
    expect(new Set(toured)).toEqual(new Set(OUTDOORS));
    expect(toured.every((place) => !PLACES[place].indoors)).toBe(true);
    expect(scans().length).toBe(toured.length);
    const gaps = scans()
      .slice(1)
      .map((scan, i) => scan.at - scans()[i].at);
    expect(Math.min(...gaps)).toBe(EVERY);

    scene.attract(false);
    const stopped = drawn().length;
    const scanned = scans().length;
    time.advance(EVERY * 10);
    expect(drawn().length).toBe(stopped);
    expect(scans().length).toBe(scanned);
    expect(time.loops()).toBe(0);
  });

  it('runs one tour however often it is turned on, and starts one asked for before the scene was created', () => {
    const { scene, time, drawn } = city({
      place: 'street',
      before: (early) => {
        early.attract(true);
        early.attract(true);
      },
    });
    scene.attract(true);
    expect(time.loops()).toBe(1);
    time.advance(EVERY * 3 + 1000);
    expect(drawn()).toEqual(['street', ...OUTDOORS.slice(1, 5)]);
  });

  it('keeps the streets busy while touring, and quiet again for a high tier once it stops', () => {
    const { scene, time, live } = city({ place: 'street' });
    expect(live('gs-car')).toBe(0);
    scene.attract(true);
    time.advance(1000);
    expect(live('gs-car')).toBeGreaterThanOrEqual(3);
    scene.attract(false);
    expect(live('gs-car')).toBe(0);
  });

  it('only fades under reduced motion: no switching bands, no scan line, never above three a second', () => {
    const { scene, time, made, fades, scans, drawn } = city({ place: 'home', calm: true });
    const before = made.length;
    scene.attract(true);
    time.advance(EVERY * 4 + 3000);
    const tour = made.slice(before);
    expect(drawn().length).toBe(6);
    expect(fades).toHaveLength(5);
    expect(tour.filter((m) => m.kind === 'rectangle')).toEqual([]);
    expect(scans()).toHaveLength(5);
    const changes = [...fades, ...scans().map((scan) => scan.at)].sort((a, b) => a - b);
    for (const at of changes) expect(changes.filter((t) => t >= at && t < at + 1000).length).toBeLessThanOrEqual(3);
  });
});
