import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { PROMPTS } from '../../src/debrief/prompts';
import { DEBRIEF_TEXTS } from '../../src/i18n/debrief-texts';
import { LANGUAGES, preferredLanguage } from '../../src/i18n/languages';
import { formatDelta } from '../../src/i18n/messages';
import { MESSAGE_TABLES } from '../../src/i18n/tables';

/** Every leaf of a table as `path → placeholders`, so two tables can be compared key by key. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    found.set(
      path,
      [...value.matchAll(/\{(\w+)[,}]/g)]
        .map((m) => m[1])
        .sort()
        .join(','),
    );
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = (item as { id?: string })?.id ?? String(index);
      for (const [k, v] of leaves(item, `${path}[${key}]`)) found.set(k, v);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      for (const [k, v] of leaves(item, `${path}.${key}`)) found.set(k, v);
  }
  return found;
}

const IDS = /\.(lang|locale|dir|status|url|title|id)$/;

describe.each(Object.values(MESSAGE_TABLES).filter((table) => table !== en))('the $lang message table', (table) => {
  it('has every English key, the same placeholders in each, and nothing more', () => {
    const want = leaves(en);
    const have = leaves(table);
    expect([...have.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [key, placeholders] of want) expect(have.get(key), key).toBe(placeholders);
  });

  it('translates every message rather than copying the English', () => {
    const english = leaves(en);
    const same = [...leaves(table)].filter(
      ([key]) => !IDS.test(key) && !key.startsWith('.tiers') && english.get(key) !== undefined,
    );
    const untranslated = same.filter(([key]) => {
      const mine = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], table);
      const theirs = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
      return typeof mine === 'string' && mine === theirs && /[a-z]{3}/.test(mine);
    });
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe('languages', () => {
  it('has a message table for every language the game offers', () => {
    expect(Object.keys(MESSAGE_TABLES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('opens in the first of the browser’s languages the game has', () => {
    expect(preferredLanguage(['fr-FR', 'ar-EG', 'en'])).toBe('ar');
    expect(preferredLanguage(['de'])).toBe('en');
  });

  it('keeps a score change’s sign before its number in a right-to-left line', () => {
    expect(formatDelta(MESSAGE_TABLES.ar, -20)).toBe('\u2066\u221220\u2069');
    expect(formatDelta(en, -20)).toBe('\u221220');
  });
});

describe.each(LANGUAGES)('the %s debrief texts', (lang) => {
  it('ask the source document’s two questions and have a prompt for every condition the debrief checks', async () => {
    const { questions } = await DEBRIEF_TEXTS[lang]();
    expect(questions.seed).toHaveLength(2);
    expect(Object.keys(questions.prompts).sort()).toEqual(PROMPTS.map((prompt) => prompt.id).sort());
    expect(Object.values(questions.prompts).every((prompt) => prompt.trim().length > 20)).toBe(true);
  });

  it('set out the same claims as the English appendix, each with its status and sources', async () => {
    const { appendix } = await DEBRIEF_TEXTS[lang]();
    const english = (await DEBRIEF_TEXTS.en()).appendix;
    const outline = (claims: typeof english.claims) =>
      claims.map(({ id, status, sources }) => ({ id, status, sources }));
    expect(outline(appendix.claims)).toEqual(outline(english.claims));
    expect(appendix.claims.every((claim) => claim.game && claim.real && claim.topic)).toBe(true);
  });
});
