// "After the words are painted": the next frame, then a task of its own, so work that can wait
// (the autosave, the stage, the debrief) never stands between a click and the new text. Imports nothing.

export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** The same, as a promise. */
export const painted = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));
