import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { format, formatDelta, formatNumber, type Messages } from '../../src/i18n/messages';
import { MESSAGE_TABLES } from '../../src/i18n/tables';

describe.each(Object.values(MESSAGE_TABLES))('numbers in the $lang table', (table) => {
  it('writes every whole number exactly as Intl.NumberFormat would, without asking it', () => {
    const intl = new Intl.NumberFormat(table.locale);
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatNumber(table, n)).toBe(intl.format(n));
      }),
    );
    for (const n of [0, -0, 7, 999, 1000, -1000, 1_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(formatNumber(table, n)).toBe(intl.format(n));
    }
  });

  it('leaves fractions to Intl', () => {
    expect(formatNumber(table, 1234.5)).toBe(new Intl.NumberFormat(table.locale).format(1234.5));
  });
});

describe('messages', () => {
  it('fills a template with the score and a change the way the HUD shows them', () => {
    expect(format(en, '{n} of {m}, {missing}', { n: 1000, m: 'two' })).toBe('1,000 of two, {missing}');
    expect(formatDelta(en, -25)).toBe('\u221225');
    expect(formatDelta(en, 1200)).toBe('+1,200');
  });

  it('picks the plural form the language’s rules call for, with # as the number', () => {
    const template = '{count, plural, one {# result} other {# results}} from {name}';
    expect(format(en, template, { count: 1, name: 'a file' })).toBe('1 result from a file');
    expect(format(en, template, { count: 1200, name: 'a file' })).toBe('1,200 results from a file');
  });

  it('tells all six Arabic plural forms apart', () => {
    const ar = { ...en, locale: 'ar-u-nu-latn' } as Messages;
    const template = '{n, plural, zero {z#} one {o#} two {t#} few {f#} many {m#} other {x#}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => format(ar, template, { n }))).toEqual([
      'z0',
      'o1',
      't2',
      'f3',
      'm11',
      'x100',
    ]);
  });
});
