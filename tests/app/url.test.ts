import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/app/url';

describe('links', () => {
  it('starts a new game with a fixed seed from ?start=new&seed=N', () => {
    expect(readLink('?start=new&seed=1234')).toEqual({
      startNew: true,
      seed: 1234,
      length: 'full',
      mode: 'play',
      ignored: [],
    });
  });

  it('picks the museum short path from ?length=short', () => {
    expect(readLink('?length=short&start=new')).toMatchObject({ startNew: true, length: 'short' });
  });

  it('opens on the title when the link says nothing', () => {
    expect(readLink('')).toEqual({ startNew: false, length: 'full', mode: 'play', ignored: [] });
  });

  it('reports parameters it cannot use instead of guessing', () => {
    expect(readLink('?start=later&seed=-4x&length=medium')).toEqual({
      startNew: false,
      length: 'full',
      mode: 'play',
      ignored: [
        { param: 'start', value: 'later' },
        { param: 'seed', value: '-4x' },
        { param: 'length', value: 'medium' },
      ],
    });
  });

  it('reads a class link with its regime and length', () => {
    const known = (id: string) => id === 'strict_mandatory';
    expect(readLink('?mode=class&regime=strict_mandatory&length=short', known)).toMatchObject({
      mode: 'class',
      regime: 'strict_mandatory',
      length: 'short',
      ignored: [],
    });
  });

  it('opens the teacher page from ?mode=teacher and the museum kiosk from ?mode=kiosk', () => {
    expect(readLink('?mode=teacher').mode).toBe('teacher');
    expect(readLink('?mode=kiosk').mode).toBe('kiosk');
  });

  it('opens the rules workshop from ?mode=rules', () => {
    expect(readLink('?mode=rules')).toMatchObject({ mode: 'rules', ignored: [] });
  });

  it('reports a mode or a regime the game does not have, and plays the story’s own rules', () => {
    const link = readLink('?mode=exam&regime=galactic', () => false);
    expect(link.mode).toBe('play');
    expect(link.regime).toBeUndefined();
    expect(link.ignored).toEqual([
      { param: 'mode', value: 'exam' },
      { param: 'regime', value: 'galactic' },
    ]);
  });

  it('opens in the language a link names, and goes straight back into the game with ?start=resume', () => {
    expect(readLink('?lang=ar&start=resume')).toMatchObject({ lang: 'ar', resume: true, startNew: false });
    expect(readLink('?lang=xx').ignored).toEqual([{ param: 'lang', value: 'xx' }]);
  });
});
