// "After the words are painted": work that can wait (the autosave, the stage, the story engine, the
// debrief) must never stand between a click and the new text, nor between that text and the screen. Imports nothing.

/** The next frame, then a task of its own: for work the reader should see soon after the words. */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** The same, as a promise. */
export const painted = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));

/**
 * After the paint, once the page is idle (or after `withinMs` at the latest): for work nobody
 * watches for, such as the autosave, so a click's frame is never followed at once by it.
 */
export function afterIdle(work: () => void, withinMs = 1000): void {
  if (typeof requestIdleCallback === 'function')
    afterPaint(() => requestIdleCallback(() => work(), { timeout: withinMs }));
  else afterPaint(work);
}

/**
 * Resolves once nobody has pressed, tapped or typed for `ms`. A large script (Phaser's, the story
 * engine's) runs as one long task that no answer can interrupt, so it waits for a still moment
 * rather than meet an eager first tap.
 */
export function whenStill(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('pointerdown', restart, true);
      window.removeEventListener('keydown', restart, true);
      resolve();
    };
    let timer = setTimeout(done, ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    };
    window.addEventListener('pointerdown', restart, true);
    window.addEventListener('keydown', restart, true);
  });
}
