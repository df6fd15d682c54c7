import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/app/url';

describe('links', () => {
  it('starts a new game with a fixed seed from ?start=new&seed=N', () => {
    expect(readLink('?start=new&seed=1234')).toEqual({ startNew: true, seed: 1234, length: 'full', ignored: [] });
  });

  it('picks the museum short path from ?length=short', () => {
    expect(readLink('?length=short&start=new')).toMatchObject({ startNew: true, length: 'short' });
  });

  it('opens on the title when the link says nothing', () => {
    expect(readLink('')).toEqual({ startNew: false, length: 'full', ignored: [] });
  });

  it('reports parameters it cannot use instead of guessing', () => {
    expect(readLink('?start=later&seed=-4x&length=medium')).toEqual({
      startNew: false,
      length: 'full',
      ignored: [
        { param: 'start', value: 'later' },
        { param: 'seed', value: '-4x' },
        { param: 'length', value: 'medium' },
      ],
    });
  });
});
