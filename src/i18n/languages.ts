// The languages the game is written in, each named in itself for the language picker, which must
// show every one before any table is loaded. Imports only the model's vocabulary guard.

import { isOneOf } from '../model/one-of.ts';

export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words and direction, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, { name: string; dir: 'ltr' | 'rtl' }> = {
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
};

export const isLanguage = isOneOf(LANGUAGES);

/** The first of the browser's preferred languages the game has, or English. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
