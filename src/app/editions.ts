// Each language's story and words. English ships in the first script, so its first text waits for
// nothing; another language is its own chunk, with its font fetched alongside and never awaited.

import englishStory from '../../story/en/main.ink';
import { en } from '../i18n/en';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/messages';
import type { StoryBundle } from './session';

/** A story as the build ships it: what the first words need, and its compiled ink, fetched to build a Story. */
export interface ShippedStory extends StoryBundle {
  json(): Promise<string>;
}

export interface Edition {
  story: ShippedStory;
  messages: Messages;
}

export const EDITIONS: Record<Language, () => Promise<Edition>> = {
  en: () => Promise.resolve({ story: englishStory, messages: en }),
  ar: async () => {
    void import('@fontsource/noto-naskh-arabic/arabic-400.css');
    void import('@fontsource/noto-naskh-arabic/arabic-600.css');
    const [story, table] = await Promise.all([import('../../story/ar/main.ink'), import('../i18n/ar')]);
    return { story: story.default, messages: table.ar };
  },
};

/** The edition in `lang`, or the English one when it cannot be fetched (offline before it was cached). */
export function openEdition(lang: Language): Promise<Edition> {
  return EDITIONS[lang]().catch((error: unknown) => {
    console.warn(`The ${lang} edition is unavailable; opening in English.`, error);
    return EDITIONS.en();
  });
}
