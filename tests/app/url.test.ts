import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/app/url';

describe('links', () => {
  it('starts a new game with a fixed seed from ?start=new&seed=N', () => {
    expect(readLink('?start=new&seed=1234')).toEqual({ startNew: true, seed: 1234, ignored: [] });
  });

  it('opens on the title when the link says nothing', () => {
    expect(readLink('')).toEqual({ startNew: false, ignored: [] });
  });

  it('reports parameters it cannot use instead of guessing', () => {
    expect(readLink('?start=later&seed=-4x')).toEqual({
      startNew: false,
      ignored: [
        { param: 'start', value: 'later' },
        { param: 'seed', value: '-4x' },
      ],
    });
  });
});
