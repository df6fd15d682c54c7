// After an ending: the debrief of the playthrough and its class results file, worked out once per
// ending and fetched on first use, so neither the code nor the replays stand before the first words.

import type { Debrief } from '../debrief/debrief';
import type { Regime } from '../model/regime';
import type { StoryLength } from '../narrative/opening';
import type { Runner } from '../narrative/runner';
import type { Language } from '../i18n/languages';

export interface Debriefing {
  /** The debrief of the runner's ended playthrough, or null before an ending. */
  debrief(runner: Runner | null): Promise<Debrief | null>;
  /** The same playthrough's class results, as JSON text, or null before an ending. */
  results(runner: Runner | null): Promise<string | null>;
}

export function createDebriefing(options: {
  /** The compiled story, which arrives with the story engine. */
  story: () => Promise<string>;
  regime: Regime;
  others: readonly Regime[];
  lang: Language;
  length: StoryLength;
}): Debriefing {
  /** The debrief worked out for the runner that has ended, kept until the next playthrough. */
  let kept: { runner: Runner; ending: string; debrief: Promise<Debrief> } | null = null;
  const debrief = async (runner: Runner | null): Promise<Debrief | null> => {
    if (!runner?.beat.ending) return null;
    if (kept?.runner !== runner || kept.ending !== runner.beat.ending) {
      const { seed, choices, variables } = runner.snapshot();
      // Only a finished playthrough needs the debrief, so its code stays out of the first script.
      const made = Promise.all([import('../debrief/debrief'), options.story()]).then(([{ buildDebrief }, story]) =>
        buildDebrief(story, options.regime, { seed, choices, variables }, options.others),
      );
      kept = { runner, ending: runner.beat.ending, debrief: made };
    }
    return kept.debrief;
  };
  return {
    debrief,
    async results(runner) {
      const done = await debrief(runner);
      if (!done) return null;
      const { resultsOf } = await import('../debrief/results');
      return JSON.stringify(resultsOf(done, options.lang, options.length));
    },
  };
}
