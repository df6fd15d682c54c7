import { describe, expect, it } from 'vitest';
import { SCENES, SOUNDS } from '../../src/narrative/tags';
import { BEDS, createSound, gainFor } from '../../src/platform/audio';

/** A stand-in for Web Audio that accepts every call and counts the nodes made. */
function fakeContext() {
  const made: string[] = [];
  const param = () => ({
    value: 0,
    setValueAtTime() {},
    linearRampToValueAtTime() {},
    exponentialRampToValueAtTime() {},
    setTargetAtTime() {},
    cancelScheduledValues() {},
  });
  const node = (kind: string) => {
    made.push(kind);
    const self: Record<string, unknown> = {
      gain: param(),
      frequency: param(),
      Q: param(),
      pan: param(),
      buffer: null,
      loop: false,
      type: 'sine',
      connect: (next: unknown) => next,
      disconnect() {},
      start() {},
      stop() {},
    };
    return self;
  };
  const context = {
    sampleRate: 8000,
    currentTime: 0,
    state: 'running',
    destination: node('destination'),
    createGain: () => node('gain'),
    createOscillator: () => node('oscillator'),
    createBiquadFilter: () => node('filter'),
    createBufferSource: () => node('source'),
    createStereoPanner: () => node('panner'),
    createBuffer: (_channels: number, length: number) => ({ getChannelData: () => new Float32Array(length) }),
    resume: async () => {},
    close: async () => {},
  };
  return { context: context as unknown as AudioContext, made };
}

describe('the synthesised sound', () => {
  it('has a bed for every place the story can name', () => {
    expect(Object.keys(BEDS).sort()).toEqual([...SCENES].sort());
  });

  it('follows the volume slider on a gentle curve, and mute is silence', () => {
    expect(gainFor(0, false)).toBe(0);
    expect(gainFor(100, false)).toBe(1);
    expect(gainFor(50, false)).toBeLessThan(0.5);
    expect(gainFor(100, true)).toBe(0);
    expect(gainFor(170, false)).toBe(1);
  });

  it('makes every cue and every bed from oscillators and noise, with no file to load', () => {
    const { context, made } = fakeContext();
    const sound = createSound(context);
    sound.level(70, false);
    for (const id of SOUNDS) sound.cue(id);
    for (const place of SCENES) sound.ambience(place);
    sound.ambience(null);
    sound.close();
    expect(made.filter((kind) => kind === 'oscillator').length).toBeGreaterThan(8);
    expect(made.filter((kind) => kind === 'source').length).toBeGreaterThan(SCENES.length);
  });
});
