// The player's comfort settings: what they are, their defaults, and how a stored copy is read
// back field by field, so one bad value never costs the others. Imports the list of languages.

import { isLanguage, type Language } from '../i18n/languages';
import { isOneOf } from '../model/one-of';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const THEMES = ['dark', 'light', 'contrast'] as const;
export const PACINGS = ['all', 'paced'] as const;
export const FONTS = ['serif', 'dyslexic'] as const;

export interface Settings {
  /** Percent of the normal text size. */
  textSize: (typeof TEXT_SIZES)[number];
  theme: (typeof THEMES)[number];
  reducedMotion: boolean;
  /** All of a passage at once, or a paragraph at a time behind a continue button. */
  pacing: (typeof PACINGS)[number];
  font: (typeof FONTS)[number];
  /** 0 to 100. */
  volume: number;
  muted: boolean;
  /** The language of the story and every word around it. */
  lang: Language;
}

export function defaultSettings(prefersReducedMotion: boolean, lang: Language = 'en'): Settings {
  return {
    lang,
    textSize: 100,
    theme: 'dark',
    reducedMotion: prefersReducedMotion,
    pacing: 'all',
    font: 'serif',
    volume: 70,
    muted: false,
  };
}

const CHECKS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  textSize: isOneOf(TEXT_SIZES),
  theme: isOneOf(THEMES),
  reducedMotion: (value): value is boolean => typeof value === 'boolean',
  pacing: isOneOf(PACINGS),
  font: isOneOf(FONTS),
  volume: (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100,
  muted: (value): value is boolean => typeof value === 'boolean',
  lang: isLanguage,
};

/** Keeps every valid stored field and takes the default for the rest. */
export function readSettings(text: string | null, defaults: Settings): Settings {
  let stored: unknown;
  try {
    stored = text ? JSON.parse(text) : {};
  } catch {
    stored = {};
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings = { ...defaults };
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    const value = record[key];
    if (CHECKS[key](value)) Object.assign(settings, { [key]: value });
  }
  return settings;
}

export function isSettingValue<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  return CHECKS[key](value);
}
