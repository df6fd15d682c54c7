// The stage's hold on its session, checked under Node: one subscription, coalesced updates, let go
// when destroyed; and the kiosk's idle tour. Imports vitest, app types and boot.ts; Phaser and the scene are fakes.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { View } from '../../src/app/view';
import { defaultSettings } from '../../src/app/settings';
import { emptyBeat, type Beat } from '../../src/narrative/beat';
import { bootStage } from '../../src/stage/boot';

const seen = vi.hoisted(() => ({ calls: [] as string[], destroyed: 0, loop: [] as string[] }));

vi.mock('phaser', () => ({
  CANVAS: 1,
  Scale: { RESIZE: 3 },
  Game: class {
    canvas = { setAttribute: () => {} };
    loop = {
      sleep: () => seen.loop.push('sleep'),
      wake: () => seen.loop.push('wake'),
    };
    constructor(config: { callbacks: { postBoot: () => void } }) {
      setTimeout(config.callbacks.postBoot, 0);
    }
    destroy() {
      seen.destroyed += 1;
    }
  },
}));

vi.mock('../../src/stage/city-scene', () => ({
  CityScene: class {
    events = { on() {} };
    census() {
      return null;
    }
    setCalm() {}
    refit() {}
    wake() {}
    setStanding() {}
    record() {}
    scan() {}
    end() {}
    show(place: string) {
      seen.calls.push(`show:${place}`);
    }
    attract(on: boolean) {
      seen.calls.push(`attract:${on}`);
    }
  },
}));

const settings = defaultSettings(false);
let shown = 0;
const at = (scene: Beat['scene']): View => ({
  screen: 'story',
  id: ++shown,
  beat: { ...emptyBeat(1, scene), paragraphs: [{ text: 'A line.' }] },
  hud: { score: 1000, tier: 'A', lists: [], changes: [] },
  notices: [],
  settings,
  canTakeBack: false,
});

/** A session-like source that counts who is listening. */
function source(first: View) {
  const listeners = new Set<(view: View) => void>();
  return {
    view: first,
    subscribe(listener: (view: View) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    show(view: View) {
      this.view = view;
      for (const listener of listeners) listener(view);
    },
    listening: () => listeners.size,
  };
}

/** The stage reacts a frame after the words are painted: a frame, then a task. Time is fake, so no test waits on the machine. */
const frame = () => vi.runAllTimersAsync();
const boot = async (first: ReturnType<typeof source>, parent = { dataset: {} } as HTMLElement) => {
  const booting = bootStage(parent, first, {} as HTMLElement);
  await vi.runAllTimersAsync();
  return booting;
};

beforeEach(() => {
  seen.calls = [];
  seen.destroyed = 0;
  seen.loop = [];
  vi.useFakeTimers();
  vi.stubGlobal('document', Object.assign(new EventTarget(), { hidden: false }));
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the stage’s sessions', () => {
  it('shows the first view at once, then only the last of several quick ones, a frame later', async () => {
    const first = source(at('street'));
    await boot(first);
    expect(seen.calls).toEqual(['show:street']);
    expect(first.listening()).toBe(1);
    first.show(at('school'));
    first.show(at('airport'));
    await frame();
    expect(seen.calls).toEqual(['show:street', 'show:airport']);
  });

  it('lets go of its session once destroyed, and a view already asked for finds nothing to show', async () => {
    const first = source(at('street'));
    const stage = await boot(first);
    first.show(at('bank'));
    stage.destroy();
    stage.destroy();
    await frame();
    expect(first.listening()).toBe(0);
    expect(seen.destroyed).toBe(1);
    expect(seen.calls).toEqual(['show:street']);
  });

  it('holds the city still from a press until the words it led to are painted, and lets go of the page once destroyed', async () => {
    const stage = await boot(source(at('street')));
    document.dispatchEvent(new Event('pointerdown'));
    expect(seen.loop).toEqual(['sleep']);
    document.dispatchEvent(new Event('click'));
    expect(seen.loop).toEqual(['sleep']);
    await frame();
    expect(seen.loop).toEqual(['sleep', 'wake']);
    document.dispatchEvent(new Event('keydown'));
    document.dispatchEvent(new Event('keyup'));
    await frame();
    expect(seen.loop).toEqual(['sleep', 'wake', 'sleep', 'wake']);
    stage.destroy();
    document.dispatchEvent(new Event('pointerdown'));
    expect(seen.loop).toEqual(['sleep', 'wake', 'sleep', 'wake']);
  });

  it('hands the idle tour to the scene, and says when it is ready', async () => {
    const parent = { dataset: {} } as HTMLElement;
    const stage = await boot(source(at('street')), parent);
    expect(parent.dataset.ready).toBe('true');
    stage.attract(true);
    stage.attract(false);
    expect(seen.calls.slice(1)).toEqual(['attract:true', 'attract:false']);
  });
});
