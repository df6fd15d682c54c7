// When the sound opens, checked under Node: after the words a gesture led to are painted, never inside
// that gesture, and started by the next gesture where a browser made it paused. Imports vitest, app types and behind-text.ts.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { View } from '../../src/app/view';
import { defaultSettings } from '../../src/app/settings';
import { startSound } from '../../src/stage/behind-text';

vi.mock('../../src/platform/audio', () => ({
  createSound: () => ({ cue() {}, ambience() {}, level() {}, close() {} }),
}));

const title: View = {
  screen: 'title',
  resume: null,
  notices: [],
  settings: defaultSettings(false),
  canTakeBack: false,
};
const source = { view: title, subscribe: () => () => {} };

/** Each context the page makes, starting in the state this browser would give it. */
let made: { state: AudioContextState; resumed: number }[] = [];
let startsAs: AudioContextState = 'running';

beforeEach(() => {
  made = [];
  startsAs = 'running';
  vi.useFakeTimers();
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  vi.stubGlobal(
    'AudioContext',
    class {
      readonly made = { state: startsAs, resumed: 0 };
      constructor() {
        made.push(this.made);
      }
      get state() {
        return this.made.state;
      }
      resume() {
        this.made.resumed += 1;
        return Promise.resolve();
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const gesture = (type = 'pointerup') => window.dispatchEvent(new Event(type));

describe('the sound’s opening', () => {
  it('is made after the words the first gesture led to are painted, never inside the gesture', async () => {
    const soundtrack = startSound(source);
    gesture();
    expect(made).toEqual([]);
    await vi.runAllTimersAsync();
    expect(made).toHaveLength(1);
    gesture('keyup');
    await vi.runAllTimersAsync();
    expect(made).toHaveLength(1);
    soundtrack.stop();
  });

  it('is started by the next gesture where the browser made it paused, and only once', async () => {
    startsAs = 'suspended';
    const soundtrack = startSound(source);
    gesture('keyup');
    await vi.runAllTimersAsync();
    expect(made).toEqual([{ state: 'suspended', resumed: 0 }]);
    gesture();
    // Inside that gesture itself, which is what such a browser asks for.
    expect(made[0].resumed).toBe(1);
    made[0].state = 'running';
    gesture();
    gesture();
    await vi.runAllTimersAsync();
    expect(made).toEqual([{ state: 'running', resumed: 1 }]);
    soundtrack.stop();
  });
});
