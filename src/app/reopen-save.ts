// A saved playthrough back into a runner: loaded as it was, or replayed when it was played in
// another language, so every word of the current beat is in this one. Imports app and narrative types.

import type { Language } from '../i18n/languages';
import type { Regime } from '../model/regime';
import type { Runner } from '../narrative/runner';
import type { StoryEngine } from './engine-arrival';
import type { SaveFile } from './save';

export function reopenSave(engine: StoryEngine, regime: Regime, lang: Language, save: SaveFile): Runner {
  const { story } = engine;
  const snapshot = save.runner;
  if ((save.lang ?? 'en') === lang) {
    const restored = engine.restoreRunner({ story, regime }, snapshot);
    // ink reads some damage (a path to no content) without a word, and fails only when writing the
    // state back: a save that cannot be saved again is damaged, found now rather than at the autosave.
    restored.snapshot();
    return restored;
  }
  const replayed = engine.replayRunner({ story, regime }, snapshot);
  if (replayed.score.score !== snapshot.score.score) throw new Error('the replay did not reach the saved score');
  return replayed;
}
