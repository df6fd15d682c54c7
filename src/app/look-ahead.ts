// While a beat is on screen, the runner works out where its choices lead, one choice per idle
// moment, so a click is answered without playing the story. Imports the runner's type.

import type { Runner } from '../narrative/runner';

/**
 * Has `runner` work out where the beat on screen's choices lead, one choice per `later`, for as
 * long as `shown` says the beat is still on screen; a story that breaks doing so is `failed`.
 */
export function lookAheadWhileShown(
  runner: Runner,
  shown: () => boolean,
  later: (work: () => void) => void,
  failed: (error: unknown) => void,
): void {
  const step = () => {
    if (!shown()) return;
    try {
      if (runner.lookAhead()) later(step);
    } catch (error) {
      failed(error);
    }
  };
  later(step);
}
