// "After the words are painted": work that can wait (the autosave, the stage, the debrief) must never
// stand between a click and the new text, nor between that text and the screen. Imports nothing.

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
