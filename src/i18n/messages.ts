// The shape every language's table must have, and the one way to fill a message's {placeholders}.
// Imports the English table as the reference shape.

import { en } from './en';
import type { Language } from './languages';

type Widen<T> = T extends Language ? Language : T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** Every table has exactly the English keys; only the words differ. */
export type Messages = Widen<typeof en> & { dir: 'ltr' | 'rtl' };

export type Params = Record<string, string | number>;

/**
 * How a language writes whole numbers, where that is known without asking Intl: a page's first
 * Intl.NumberFormat spends 20–60 ms setting up ICU in Chromium, longer than inkjs takes to print the
 * whole first passage (see `npm run bench`). Each entry is the text Intl gives for the table's
 * locale (tests/i18n checks it); other locales, and fractions, go to Intl.
 */
const WHOLE_NUMBERS: Record<string, { group: string; minus: string }> = {
  en: { group: ',', minus: '-' },
  // Arabic with Western digits: a left-to-right mark keeps the minus sign with its number.
  'ar-u-nu-latn': { group: ',', minus: '\u200e-' },
};

/** A number the language's way; the same text Intl.NumberFormat gives. */
export function formatNumber(messages: Messages, value: number): string {
  const style = WHOLE_NUMBERS[messages.locale];
  if (!style || !Number.isSafeInteger(value)) return new Intl.NumberFormat(messages.locale).format(value);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, style.group);
  return value < 0 || Object.is(value, -0) ? `${style.minus}${digits}` : digits;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks `{n, plural, one {…} other {…}}`'s form for n in the language (Arabic has six), `#` being n. */
function pluralOf(messages: Messages, value: number, forms: string): string {
  let rules = pluralRules.get(messages.locale);
  if (!rules) {
    rules = new Intl.PluralRules(messages.locale);
    pluralRules.set(messages.locale, rules);
  }
  const options = new Map(
    [...forms.matchAll(/(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g)].map((m) => [m[1], m[2]]),
  );
  const form = options.get(`=${value}`) ?? options.get(rules.select(value)) ?? options.get('other') ?? '';
  return form.replace(/#/g, formatNumber(messages, value));
}

/**
 * Fills `{name}` placeholders and `{name, plural, one {# thing} other {# things}}` choices;
 * numbers are written the language's way. A missing one is left visible.
 */
export function format(messages: Messages, template: string, params: Params = {}): string {
  return template.replace(
    /\{(\w+)(?:,\s*plural,((?:[^{}]|\{[^{}]*\})*))?\}/g,
    (whole, name: string, forms?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (forms !== undefined && typeof value === 'number') return pluralOf(messages, value, forms);
      return typeof value === 'number' ? formatNumber(messages, value) : value;
    },
  );
}

/** A score change as the HUD shows it: a real minus sign or a plus, always. */
export function formatDelta(messages: Messages, delta: number): string {
  const text = `${delta < 0 ? '\u2212' : '+'}${formatNumber(messages, Math.abs(delta))}`;
  // In a right-to-left line a leading sign would land after the number; an isolate keeps it first.
  return messages.dir === 'rtl' ? `\u2066${text}\u2069` : text;
}
