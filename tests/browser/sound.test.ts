import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENES, SOUNDS } from '../../src/narrative/tags';
import { closeBrowser, openGame, type Watched } from './browser';

afterAll(closeBrowser);

/** What a rendered sound is like, measured rather than heard. */
interface Heard {
  peak: number;
  /** Root mean square over the part that should sound. */
  rms: number;
  /** RMS before the cue starts: a cue must not sound early. */
  before: number;
  /** Seconds the sound stays within 30 dB of its peak. */
  length: number;
  /** Brightness: the spectral centroid in Hz over the loudest 4,096 samples. */
  centroid: number;
}

/**
 * Renders the game's own synthesiser (the built audio chunk) through an OfflineAudioContext in the
 * page, at full volume, and measures the result: the nearest a test can come to listening.
 */
async function listen(page: Page, what: { cue?: string; place?: string }, seconds: number): Promise<Heard> {
  return page.evaluate(
    async ({ what, seconds }) => {
      // An offline context cannot resume before it renders; the synth asks anyway, harmlessly.
      window.addEventListener('unhandledrejection', (event) => event.preventDefault());
      const { createSound } = window as unknown as {
        createSound: (context: BaseAudioContext) => {
          cue(id: string): void;
          ambience(place: string | null): void;
          level(volume: number, muted: boolean): void;
        };
      };
      const rate = 22050;
      const context = new OfflineAudioContext(1, Math.round(rate * seconds), rate);
      const sound = createSound(context);
      sound.level(100, false);
      const start = 0.5;
      void context.suspend(start).then(() => {
        // Rendering offline runs far ahead of the page, so the synth's own "resume if suspended"
        // would race its scheduling; resume only once the cue is laid out, as a live context is.
        const resume = context.resume.bind(context);
        context.resume = () => Promise.resolve();
        if (what.cue) sound.cue(what.cue);
        if (what.place) sound.ambience(what.place);
        void resume();
      });
      const data = (await context.startRendering()).getChannelData(0);
      const from = Math.round(start * rate);
      const rms = (a: number, b: number) => {
        let sum = 0;
        for (let i = a; i < b; i += 1) sum += data[i] * data[i];
        return Math.sqrt(sum / Math.max(1, b - a));
      };
      let peak = 0;
      let loudest = from;
      for (let i = from; i < data.length; i += 1) {
        if (Math.abs(data[i]) > peak) {
          peak = Math.abs(data[i]);
          loudest = i;
        }
      }
      let last = from;
      for (let i = from; i < data.length; i += 1) if (Math.abs(data[i]) > peak * 0.0316) last = i;
      const size = 4096;
      const at = Math.min(Math.max(from, loudest - size / 2), data.length - size);
      let weighted = 0;
      let total = 0;
      for (let k = 1; k < size / 2; k += 4) {
        let re = 0;
        let im = 0;
        for (let n = 0; n < size; n += 1) {
          const angle = (2 * Math.PI * k * n) / size;
          re += data[at + n] * Math.cos(angle);
          im -= data[at + n] * Math.sin(angle);
        }
        const magnitude = Math.hypot(re, im);
        weighted += magnitude * ((k * rate) / size);
        total += magnitude;
      }
      return {
        peak,
        rms: rms(from, data.length),
        before: rms(0, from),
        length: (last - from) / rate,
        centroid: total ? weighted / total : 0,
      };
    },
    { what, seconds },
  );
}

/** Keeps the measurements beside the screenshots, for whoever reviews the sound. */
function record(name: string, heard: Record<string, Heard>) {
  mkdirSync('test-results', { recursive: true });
  const rows = Object.entries(heard).map(([id, h]) =>
    [id, h.peak.toFixed(3), h.rms.toFixed(4), h.length.toFixed(2), Math.round(h.centroid)].join('\t'),
  );
  writeFileSync(`test-results/sound-${name}.tsv`, `sound\tpeak\trms\tseconds\tcentroid_hz\n${rows.join('\n')}\n`);
}

describe('the synthesised sound, rendered and measured', () => {
  // The teacher's page: the same origin and policy as the game, without the stage.
  let game: Watched;
  beforeAll(async () => {
    game = await openGame('?mode=teacher');
    const chunk = readdirSync('dist/assets').find((name) => /^audio-.*\.js$/.test(name));
    if (!chunk) throw new Error('the build has no audio chunk');
    // The game's own synthesiser module, fetched as the game fetches it. Written as text, since the
    // test runner rewrites a dynamic import in this file's own code.
    await game.page.evaluate(`import('./assets/${chunk}').then((m) => { window.createSound = m.createSound; })`);
  });
  afterAll(async () => {
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('plays each cue at once, audibly, without clipping, and then falls silent', async () => {
    const heard: Record<string, Heard> = {};
    for (const id of SOUNDS) {
      heard[id] = await listen(game.page, { cue: id }, 2.5);
      const sound = heard[id];
      expect(sound.before, id).toBeLessThan(1e-4);
      expect(sound.peak, id).toBeGreaterThan(0.02);
      expect(sound.peak, id).toBeLessThanOrEqual(1);
      expect(sound.length, id).toBeGreaterThan(0.02);
      expect(sound.length, id).toBeLessThan(1.6);
    }
    record('cues', heard);
    // The approval rises above the denial, as the words do: a listener can tell them apart.
    expect(heard.approval_chime.centroid).toBeGreaterThan(heard.denial_tone.centroid * 1.3);
    const signatures = SOUNDS.map(
      (id) => `${Math.round(heard[id].centroid / 150)}:${Math.round(heard[id].length * 10)}`,
    );
    expect(new Set(signatures).size).toBe(SOUNDS.length);
  });

  it('gives every place a bed of its own, steady, quieter than the cues and never clipping', async () => {
    const beds: string[] = [];
    const heard: Record<string, Heard> = {};
    for (const place of SCENES) {
      const bed = await listen(game.page, { place }, 3.5);
      heard[place] = bed;
      expect(bed.before, place).toBeLessThan(1e-4);
      expect(bed.rms, place).toBeGreaterThan(0.001);
      expect(bed.peak, place).toBeLessThan(0.9);
      beds.push(`${bed.rms.toFixed(4)}:${Math.round(bed.centroid)}`);
    }
    record('beds', heard);
    expect(new Set(beds).size).toBe(SCENES.length);
  });
});
