import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { format, formatDelta, formatNumber } from '../../src/i18n/messages';

describe('numbers in messages', () => {
  it('writes every whole number exactly as Intl.NumberFormat would, without asking it', () => {
    const intl = new Intl.NumberFormat(en.lang);
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatNumber(en, n)).toBe(intl.format(n));
      }),
    );
    for (const n of [0, -0, 7, 999, 1000, -1000, 1_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(formatNumber(en, n)).toBe(intl.format(n));
    }
  });

  it('leaves fractions to Intl', () => {
    expect(formatNumber(en, 1234.5)).toBe(new Intl.NumberFormat(en.lang).format(1234.5));
  });

  it('fills a template with the score and a change the way the HUD shows them', () => {
    expect(format(en, '{n} of {m}, {missing}', { n: 1000, m: 'two' })).toBe('1,000 of two, {missing}');
    expect(formatDelta(en, -25)).toBe('\u221225');
    expect(formatDelta(en, 1200)).toBe('+1,200');
  });
});
