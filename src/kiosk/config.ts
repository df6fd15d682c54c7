// What a curator can set for a kiosk in `kiosk.json` next to the build, with the defaults and how a
// file is read field by field: a bad value costs only itself, and is reported. Pure; imports i18n ids.

import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import type { RegimeId } from '../model/regime';
import { isStoryLength, type StoryLength } from '../narrative/opening';

export interface KioskConfig {
  /** Seconds without a touch or a key before the "are you still there?" warning. */
  idleSeconds: number;
  /** Seconds the warning counts down before the kiosk resets; WCAG 2.2.1 asks for at least 20. */
  warningSeconds: number;
  /** Languages offered to visitors, in the order shown; the first also names the admin screen. */
  languages: Language[];
  length: StoryLength;
  /** A regime id the game ships. */
  regime: RegimeId;
  /** Whether visitors see what other visitors chose after a key decision. */
  showStatistics: boolean;
  /** Digits that open the admin screen; empty keeps it shut. */
  adminPin: string;
}

export type ConfigProblem =
  { key: 'config_missing' } | { key: 'config_unreadable' } | { key: 'config_field'; field: string; value: string };

export const MIN_WARNING_SECONDS = 20;
export const MIN_IDLE_SECONDS = 15;

export function defaultKioskConfig(regime: RegimeId): KioskConfig {
  return {
    idleSeconds: 90,
    warningSeconds: 30,
    languages: [...LANGUAGES],
    length: 'short',
    regime,
    showStatistics: true,
    adminPin: '',
  };
}

const wholeAtLeast = (least: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= least && value <= 24 * 3600;

/** Each field's test; a field that fails keeps its default. */
const CHECKS: { [K in keyof KioskConfig]: (value: unknown, knownRegime: (id: string) => boolean) => boolean } = {
  idleSeconds: wholeAtLeast(MIN_IDLE_SECONDS),
  warningSeconds: wholeAtLeast(MIN_WARNING_SECONDS),
  languages: (value) =>
    Array.isArray(value) && value.length > 0 && value.every(isLanguage) && new Set(value).size === value.length,
  length: isStoryLength,
  regime: (value, knownRegime) => typeof value === 'string' && knownRegime(value),
  showStatistics: (value) => typeof value === 'boolean',
  adminPin: (value) => typeof value === 'string' && /^(\d{4,12})?$/.test(value),
};

/**
 * The config a kiosk runs with: every valid field from `text`, defaults for the rest, and a problem
 * for each field that was present but unusable (null text means there was no file).
 */
export function readKioskConfig(
  text: string | null,
  defaults: KioskConfig,
  knownRegime: (id: string) => boolean,
): { config: KioskConfig; problems: ConfigProblem[] } {
  if (text === null) return { config: defaults, problems: [{ key: 'config_missing' }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { config: defaults, problems: [{ key: 'config_unreadable' }] };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { config: defaults, problems: [{ key: 'config_unreadable' }] };
  const record = parsed as Record<string, unknown>;
  const config = { ...defaults, languages: [...defaults.languages] };
  const problems: ConfigProblem[] = [];
  for (const [field, value] of Object.entries(record)) {
    const check = Object.hasOwn(CHECKS, field) ? CHECKS[field as keyof KioskConfig] : undefined;
    if (check?.(value, knownRegime)) Object.assign(config, { [field]: value });
    // A key starting with an underscore is the curator's own note, as in the shipped file.
    else if (!field.startsWith('_'))
      problems.push({ key: 'config_field', field, value: JSON.stringify(value)?.slice(0, 80) ?? 'undefined' });
  }
  return { config, problems };
}
