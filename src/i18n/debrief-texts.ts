// The debrief's long texts in each language, the "what is real" appendix and the questions, fetched
// only when a debrief opens so the first script stays small. Imports the text modules lazily.

import type { AppendixText } from './appendix-en';
import type { QuestionsText } from './questions-en';

export interface DebriefTexts {
  appendix: AppendixText;
  questions: QuestionsText;
}

export const DEBRIEF_TEXTS: Readonly<Record<string, () => Promise<DebriefTexts>>> = {
  en: async () => ({
    appendix: (await import('./appendix-en')).appendixEn,
    questions: (await import('./questions-en')).questionsEn,
  }),
  ar: async () => ({
    appendix: (await import('./appendix-ar')).appendixAr,
    questions: (await import('./questions-ar')).questionsAr,
  }),
};
