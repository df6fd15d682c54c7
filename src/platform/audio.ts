// The game's sound, synthesised with Web Audio: a bed of noise, hum and small events for each
// place, and the four cues the story can call. No files, nothing fetched; the caller makes the
// AudioContext from inside a user gesture. Imports only scene and sound ids.

import type { SceneId, SoundId } from '../narrative/tags';

export interface Sound {
  /** Plays one of the story's cues now. */
  cue(id: SoundId): void;
  /** Crossfades to a place's bed; null falls silent (the title screen). */
  ambience(place: SceneId | null): void;
  /** Volume 0 to 100, and mute. */
  level(volume: number, muted: boolean): void;
  close(): void;
}

type Colour = 'white' | 'pink' | 'brown';
type Happening = 'car' | 'tick' | 'chime' | 'chirp' | 'keys' | 'sizzle' | 'call' | 'jet';

interface Layer {
  noise: Colour;
  filter: BiquadFilterType;
  frequency: number;
  q?: number;
  gain: number;
  /** A slow swell, in Hz. */
  swell?: number;
}

interface Bed {
  layers: Layer[];
  /** Low tones: a fridge, fluorescent tubes, an idling engine. */
  hum?: { frequency: number; gain: number; type?: OscillatorType }[];
  happenings?: { kind: Happening; every: [number, number]; gain: number }[];
}

const CITY: Layer = { noise: 'brown', filter: 'lowpass', frequency: 420, gain: 0.45 };
const traffic = (gain: number, every: [number, number]) => ({ kind: 'car' as const, every, gain });

/** What each place sounds like: quiet rooms, busy streets, a courtyard with birds. */
export const BEDS: Record<SceneId, Bed> = {
  home: {
    layers: [{ ...CITY, frequency: 260, gain: 0.22 }],
    hum: [
      { frequency: 50, gain: 0.03 },
      { frequency: 100, gain: 0.012 },
    ],
    happenings: [traffic(0.12, [9, 18])],
  },
  street: {
    layers: [CITY, { noise: 'pink', filter: 'bandpass', frequency: 1200, q: 0.7, gain: 0.07, swell: 0.2 }],
    happenings: [traffic(0.45, [3, 7])],
  },
  crossing: {
    layers: [CITY],
    happenings: [traffic(0.5, [2.5, 6]), { kind: 'tick', every: [1, 1], gain: 0.12 }],
  },
  bus: {
    layers: [{ ...CITY, frequency: 320, gain: 0.5 }],
    hum: [{ frequency: 46, gain: 0.05, type: 'sawtooth' }],
    happenings: [traffic(0.4, [4, 8])],
  },
  office: {
    layers: [{ noise: 'pink', filter: 'lowpass', frequency: 1800, gain: 0.05 }],
    hum: [{ frequency: 120, gain: 0.008 }],
    happenings: [{ kind: 'keys', every: [2, 5], gain: 0.07 }],
  },
  bank: {
    layers: [
      { noise: 'pink', filter: 'lowpass', frequency: 900, gain: 0.08 },
      { ...CITY, gain: 0.2 },
    ],
    happenings: [{ kind: 'call', every: [10, 20], gain: 0.08 }],
  },
  station: {
    layers: [
      { noise: 'pink', filter: 'bandpass', frequency: 600, q: 0.6, gain: 0.16, swell: 0.1 },
      { ...CITY, frequency: 200, gain: 0.3 },
    ],
    happenings: [{ kind: 'chime', every: [14, 26], gain: 0.16 }],
  },
  market: {
    layers: [
      { noise: 'pink', filter: 'bandpass', frequency: 900, q: 0.6, gain: 0.18, swell: 0.3 },
      { ...CITY, gain: 0.2 },
    ],
    happenings: [traffic(0.15, [8, 14])],
  },
  clinic: {
    layers: [{ noise: 'pink', filter: 'lowpass', frequency: 1400, gain: 0.05 }],
    hum: [{ frequency: 100, gain: 0.008 }],
    happenings: [{ kind: 'call', every: [6, 12], gain: 0.08 }],
  },
  community_office: {
    layers: [{ noise: 'pink', filter: 'lowpass', frequency: 1200, gain: 0.06 }],
    hum: [{ frequency: 100, gain: 0.008 }],
    happenings: [{ kind: 'call', every: [8, 14], gain: 0.08 }],
  },
  place_of_worship: {
    layers: [
      { ...CITY, frequency: 240, gain: 0.12 },
      { noise: 'pink', filter: 'bandpass', frequency: 420, q: 0.5, gain: 0.04, swell: 0.06 },
    ],
    happenings: [{ kind: 'chirp', every: [4, 9], gain: 0.06 }],
  },
  noodle_shop: {
    layers: [
      { ...CITY, gain: 0.28 },
      { noise: 'white', filter: 'highpass', frequency: 3200, gain: 0.012, swell: 0.7 },
      { noise: 'pink', filter: 'bandpass', frequency: 700, q: 0.7, gain: 0.06 },
    ],
    happenings: [{ kind: 'sizzle', every: [3, 6], gain: 0.05 }, traffic(0.2, [6, 12])],
  },
  school: {
    layers: [
      { ...CITY, gain: 0.3 },
      { noise: 'pink', filter: 'bandpass', frequency: 1500, q: 0.8, gain: 0.06, swell: 0.4 },
    ],
    happenings: [{ kind: 'chirp', every: [5, 10], gain: 0.05 }, traffic(0.25, [6, 12])],
  },
  courthouse: {
    layers: [
      { ...CITY, gain: 0.35 },
      { noise: 'pink', filter: 'lowpass', frequency: 800, gain: 0.04 },
    ],
    happenings: [traffic(0.35, [4, 9])],
  },
  airport: {
    layers: [
      { ...CITY, frequency: 180, gain: 0.45 },
      { noise: 'pink', filter: 'bandpass', frequency: 500, q: 0.6, gain: 0.08 },
    ],
    happenings: [
      { kind: 'chime', every: [16, 28], gain: 0.14 },
      { kind: 'jet', every: [20, 40], gain: 0.25 },
    ],
  },
};

/** The player's volume as a gain: a gentle curve, so the slider's middle is not loud. */
export function gainFor(volume: number, muted: boolean): number {
  if (muted) return 0;
  const level = Math.min(100, Math.max(0, volume)) / 100;
  return level * level;
}

function noiseBuffer(context: AudioContext, colour: Colour): AudioBuffer {
  const length = Math.floor(context.sampleRate * 3);
  const buffer = context.createBuffer(1, length, context.sampleRate);
  const data = buffer.getChannelData(0);
  let [b0, b1, b2, last] = [0, 0, 0, 0];
  for (let i = 0; i < length; i += 1) {
    const white = Math.random() * 2 - 1;
    if (colour === 'white') data[i] = white * 0.5;
    else if (colour === 'pink') {
      b0 = 0.99765 * b0 + white * 0.099046;
      b1 = 0.963 * b1 + white * 0.2965164;
      b2 = 0.57 * b2 + white * 1.0526913;
      data[i] = (b0 + b1 + b2 + white * 0.1848) * 0.12;
    } else {
      last = (last + 0.02 * white) / 1.02;
      data[i] = last * 3.2;
    }
  }
  return buffer;
}

/** The few ways every sound here is made: enveloped tones and bursts of filtered noise. */
interface Voices {
  context: AudioContext;
  now(): number;
  noise(colour: Colour): AudioBuffer;
  tone(
    out: AudioNode,
    at: number,
    frequency: number,
    length: number,
    gain: number,
    type?: OscillatorType,
    glideTo?: number,
  ): void;
  burst(
    out: AudioNode,
    at: number,
    colour: Colour,
    filter: BiquadFilterType,
    frequency: number,
    attack: number,
    length: number,
    gain: number,
    pan?: number,
  ): void;
}

function createVoices(context: AudioContext): Voices {
  // Noise is made once per colour and shared by every bed and cue.
  const buffers = new Map<Colour, AudioBuffer>();
  const noise = (colour: Colour) => {
    let buffer = buffers.get(colour);
    if (!buffer) {
      buffer = noiseBuffer(context, colour);
      buffers.set(colour, buffer);
    }
    return buffer;
  };
  return {
    context,
    now: () => context.currentTime,
    noise,
    tone(out, at, frequency, length, gain, type = 'sine', glideTo) {
      const osc = context.createOscillator();
      const env = context.createGain();
      osc.type = type;
      osc.frequency.setValueAtTime(frequency, at);
      if (glideTo) osc.frequency.exponentialRampToValueAtTime(glideTo, at + length);
      env.gain.setValueAtTime(0.0001, at);
      env.gain.exponentialRampToValueAtTime(gain, at + 0.008);
      env.gain.exponentialRampToValueAtTime(0.0001, at + length);
      osc.connect(env).connect(out);
      osc.start(at);
      osc.stop(at + length + 0.05);
    },
    burst(out, at, colour, filter, frequency, attack, length, gain, pan = 0) {
      const source = context.createBufferSource();
      source.buffer = noise(colour);
      const shape = context.createBiquadFilter();
      shape.type = filter;
      shape.frequency.value = frequency;
      const env = context.createGain();
      env.gain.setValueAtTime(0.0001, at);
      env.gain.exponentialRampToValueAtTime(gain, at + attack);
      env.gain.exponentialRampToValueAtTime(0.0001, at + length);
      const panner = context.createStereoPanner();
      panner.pan.setValueAtTime(pan, at);
      if (length > 1) panner.pan.linearRampToValueAtTime(-pan, at + length);
      source.connect(shape).connect(env).connect(panner).connect(out);
      source.start(at, Math.random() * 2);
      source.stop(at + length + 0.05);
    },
  };
}

/** The small events of a place's bed: a passing car, a crossing's tick, a call to the counter. */
function happenings({ now, tone, burst }: Voices): Record<Happening, (out: AudioNode, gain: number) => void> {
  return {
    car: (out, gain) => burst(out, now(), 'brown', 'lowpass', 700, 1.4, 3.2, gain, Math.random() < 0.5 ? -0.8 : 0.8),
    tick: (out, gain) => burst(out, now(), 'white', 'bandpass', 2200, 0.002, 0.04, gain),
    chime: (out, gain) => {
      const at = now();
      [659.3, 523.3, 587.3, 392].forEach((f, i) => tone(out, at + i * 0.45, f, 1.2, gain));
    },
    chirp: (out, gain) => {
      const at = now();
      for (let i = 0; i < 2 + Math.floor(Math.random() * 3); i += 1) {
        tone(out, at + i * 0.13, 2800 + Math.random() * 900, 0.08, gain, 'sine', 4200);
      }
    },
    keys: (out, gain) => {
      const at = now();
      for (let i = 0; i < 4 + Math.floor(Math.random() * 8); i += 1) {
        burst(out, at + i * (0.08 + Math.random() * 0.1), 'white', 'highpass', 3000, 0.002, 0.03, gain);
      }
    },
    sizzle: (out, gain) => burst(out, now(), 'white', 'highpass', 4000, 0.05, 1.6, gain),
    call: (out, gain) => {
      const at = now();
      tone(out, at, 880, 0.6, gain);
      tone(out, at + 0.3, 698.5, 0.8, gain);
    },
    jet: (out, gain) => burst(out, now(), 'brown', 'lowpass', 500, 3, 7, gain, 0.6),
  };
}

/** The four cues the story can call, into the cue bus. */
function cues({ context, now, tone, burst }: Voices, bus: AudioNode): Record<SoundId, () => void> {
  return {
    camera_shutter: () => {
      const at = now();
      burst(bus, at, 'white', 'bandpass', 2600, 0.002, 0.05, 0.7);
      burst(bus, at + 0.09, 'white', 'bandpass', 1800, 0.002, 0.07, 0.55);
      tone(bus, at, 150, 0.04, 0.4);
    },
    approval_chime: () => {
      const at = now();
      tone(bus, at, 880, 0.9, 0.28);
      tone(bus, at + 0.12, 1318.5, 1.1, 0.24);
      tone(bus, at + 0.12, 2637, 0.6, 0.05, 'triangle');
    },
    denial_tone: () => {
      const at = now();
      const low = context.createBiquadFilter();
      low.type = 'lowpass';
      low.frequency.value = 900;
      low.connect(bus);
      tone(low, at, 196, 0.18, 0.25, 'square');
      tone(low, at, 185, 0.18, 0.2, 'square');
      tone(low, at + 0.24, 174.6, 0.3, 0.25, 'square');
      tone(low, at + 0.24, 164.8, 0.3, 0.2, 'square');
      setTimeout(() => low.disconnect(), 1000);
    },
    notification: () => {
      const at = now();
      tone(bus, at, 1046.5, 0.12, 0.18, 'triangle');
      tone(bus, at + 0.09, 1568, 0.22, 0.16, 'triangle');
    },
  };
}

/** A bed's looping layers and hums into `out`; the sources to stop with it. */
function soundLayers({ context, now, noise }: Voices, bed: Bed, out: AudioNode): AudioScheduledSourceNode[] {
  const sources: AudioScheduledSourceNode[] = [];
  for (const layer of bed.layers) {
    const source = context.createBufferSource();
    source.buffer = noise(layer.noise);
    source.loop = true;
    const filter = context.createBiquadFilter();
    filter.type = layer.filter;
    filter.frequency.value = layer.frequency;
    if (layer.q) filter.Q.value = layer.q;
    const gain = context.createGain();
    gain.gain.value = layer.gain;
    source.connect(filter).connect(gain).connect(out);
    if (layer.swell) {
      const lfo = context.createOscillator();
      const depth = context.createGain();
      lfo.frequency.value = layer.swell;
      depth.gain.value = layer.gain * 0.6;
      lfo.connect(depth).connect(gain.gain);
      lfo.start();
      sources.push(lfo);
    }
    source.start(now(), Math.random() * 2);
    sources.push(source);
  }
  const hums = context.createBiquadFilter();
  hums.type = 'lowpass';
  hums.frequency.value = 260;
  hums.connect(out);
  for (const hum of bed.hum ?? []) {
    const osc = context.createOscillator();
    osc.type = hum.type ?? 'sine';
    osc.frequency.value = hum.frequency;
    const gain = context.createGain();
    gain.gain.value = hum.gain;
    osc.connect(gain).connect(hums);
    osc.start();
    sources.push(osc);
  }
  return sources;
}

/** Fades a place's bed in on `bus`, with its happenings at random intervals, until stopped. */
function startBed(voices: Voices, events: ReturnType<typeof happenings>, bed: Bed, bus: AudioNode): { stop(): void } {
  const { context, now } = voices;
  const out = context.createGain();
  out.gain.setValueAtTime(0.0001, now());
  out.gain.exponentialRampToValueAtTime(1, now() + 1.5);
  out.connect(bus);
  const sources = soundLayers(voices, bed, out);
  const timers: ReturnType<typeof setTimeout>[] = [];
  for (const happening of bed.happenings ?? []) {
    const [low, high] = happening.every;
    const next = () => {
      timers.push(
        setTimeout(
          () => {
            events[happening.kind](out, happening.gain);
            next();
          },
          (low + Math.random() * (high - low)) * 1000,
        ),
      );
    };
    next();
  }
  return {
    stop() {
      for (const timer of timers) clearTimeout(timer);
      const at = now();
      out.gain.cancelScheduledValues(at);
      out.gain.setValueAtTime(Math.max(0.0001, out.gain.value), at);
      out.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
      for (const source of sources) source.stop(at + 1.3);
      setTimeout(() => out.disconnect(), 1500);
    },
  };
}

export function createSound(context: AudioContext): Sound {
  const master = context.createGain();
  master.gain.value = 0;
  master.connect(context.destination);
  const bedBus = context.createGain();
  bedBus.gain.value = 0.55;
  bedBus.connect(master);
  const cueBus = context.createGain();
  cueBus.gain.value = 0.9;
  cueBus.connect(master);
  const voices = createVoices(context);
  const events = happenings(voices);
  const CUES = cues(voices, cueBus);

  let playing: { stop(): void } | null = null;
  let playingPlace: SceneId | null = null;
  return {
    cue(id) {
      if (context.state === 'suspended') void context.resume();
      CUES[id]();
    },
    ambience(place) {
      if (place === playingPlace) return;
      playingPlace = place;
      playing?.stop();
      playing = place ? startBed(voices, events, BEDS[place], bedBus) : null;
    },
    level(volume, muted) {
      master.gain.setTargetAtTime(gainFor(volume, muted), voices.now(), 0.08);
    },
    close() {
      playing?.stop();
      playing = null;
      void context.close();
    },
  };
}
