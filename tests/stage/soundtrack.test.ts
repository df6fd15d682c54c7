import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../src/app/session';
import type { View } from '../../src/app/view';
import { defaultSettings } from '../../src/app/settings';
import type { Beat } from '../../src/narrative/beat';
import type { Sound } from '../../src/platform/audio';
import { followWithSound } from '../../src/stage/soundtrack';

const settings = defaultSettings(false);
const hud = { score: 1000, tier: 'A' as const, lists: [], changes: [] };
const beat = (scene: Beat['scene'], sounds: ('camera_shutter' | 'notification')[]): Beat => ({
  paragraphs: [{ text: 'A line.' }],
  sounds,
  choices: [],
  changes: [],
  chapter: 1,
  scene,
});
/** Each beat gets its id once, as the session gives it; a settings-only refresh re-shows it under the same. */
const ids = new Map<Beat, number>();
const idOf = (b: Beat) => {
  if (!ids.has(b)) ids.set(b, ids.size + 1);
  return ids.get(b) ?? 0;
};
const story = (b: Beat, patch: Partial<View['settings']> = {}): View => ({
  screen: 'story',
  id: idOf(b),
  beat: b,
  hud,
  notices: [],
  settings: { ...settings, ...patch },
  canTakeBack: false,
});
const title: View = { screen: 'title', resume: null, notices: [], settings, canTakeBack: false };

function fakeSession(first: View) {
  let listener: ((view: View) => void) | null = null;
  const session = {
    view: first,
    subscribe(l: (view: View) => void) {
      listener = l;
      return () => (listener = null);
    },
  };
  return {
    session: session as Pick<Session, 'view' | 'subscribe'>,
    show(view: View) {
      session.view = view;
      listener?.(view);
    },
  };
}

function fakeSound() {
  const heard: string[] = [];
  const sound: Sound = {
    cue: (id) => heard.push(`cue:${id}`),
    ambience: (place) => heard.push(`bed:${place}`),
    level: (volume, muted) => heard.push(`level:${volume}${muted ? ':muted' : ''}`),
    close: () => heard.push('closed'),
  };
  return { sound, heard };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Views are heard as soon as they are shown: the page's "after the paint" is tested on its own below. */
const atOnce = { clock: () => performance.now(), later: (work: () => void) => work() };

describe('the soundtrack', () => {
  it('makes no sound, and opens nothing, until the player’s first gesture', async () => {
    const { session, show } = fakeSession(title);
    const open = vi.fn(() => fakeSound().sound);
    followWithSound(session, open, atOnce);
    show(story(beat('street', ['notification'])));
    await settle();
    expect(open).not.toHaveBeenCalled();
  });

  it('plays each beat’s cues once, follows the place, and ignores a settings-only refresh', async () => {
    const { session, show } = fakeSession(title);
    const { sound, heard } = fakeSound();
    const soundtrack = followWithSound(session, () => sound, atOnce);
    soundtrack.unlock();
    await settle();
    const shutter = beat('crossing', ['camera_shutter']);
    show(story(shutter));
    show(story(shutter, { volume: 40 }));
    show(story(beat('bank', [])));
    show(title);
    expect(heard).toEqual([
      'level:70',
      'bed:null',
      'level:70',
      'bed:crossing',
      'cue:camera_shutter',
      'level:40',
      'bed:crossing',
      'level:70',
      'bed:bank',
      'level:70',
      'bed:null',
    ]);
  });

  it('still plays the cue of the beat that the unlocking click itself produced', async () => {
    const { session, show } = fakeSession(title);
    const { sound, heard } = fakeSound();
    const soundtrack = followWithSound(session, () => sound, atOnce);
    show(story(beat('home', ['notification'])));
    soundtrack.unlock();
    await settle();
    expect(heard).toContain('cue:notification');
    expect(heard).toContain('bed:home');
  });

  it('keeps cues quiet when muted, and passes the mute on', async () => {
    const { session, show } = fakeSession(title);
    const { sound, heard } = fakeSound();
    const soundtrack = followWithSound(session, () => sound, atOnce);
    soundtrack.unlock();
    await settle();
    show(story(beat('street', ['notification']), { muted: true }));
    expect(heard).not.toContain('cue:notification');
    expect(heard).toContain('level:70:muted');
  });

  it('makes a new beat’s sound only when the scheduler says the words are painted, in the order shown', async () => {
    const { session, show } = fakeSession(title);
    const { sound, heard } = fakeSound();
    const waiting: (() => void)[] = [];
    const soundtrack = followWithSound(session, () => sound, {
      clock: () => 0,
      later: (work) => waiting.push(work),
    });
    soundtrack.unlock();
    await settle();
    heard.length = 0;
    show(story(beat('crossing', ['camera_shutter'])));
    show(story(beat('bank', ['notification'])));
    expect(heard).toEqual([]);
    for (const work of waiting.splice(0)) work();
    expect(heard).toEqual([
      'level:70',
      'bed:crossing',
      'cue:camera_shutter',
      'level:70',
      'bed:bank',
      'cue:notification',
    ]);
  });

  it('plays on in silence when the browser has no sound', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { session } = fakeSession(title);
    const soundtrack = followWithSound(session, () => {
      throw new Error('no AudioContext');
    });
    expect(() => soundtrack.unlock()).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
