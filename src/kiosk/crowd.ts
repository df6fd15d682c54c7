// "What other visitors chose": the kiosk's own decoration of a session, counting each answer at a
// key decision (`# poll:`) once it is taken and adding the share to the view it led to. Imports app types.

import type { Session } from '../app/session';
import type { Share, View } from '../app/view';

/** Counts one answer and says how the visitors so far divide, or nothing if it is not to be shown. */
export type CountAnswer = (poll: string, source: string, text: string) => Share | undefined;

export function countCrowd(session: Session, count: CountAnswer): Session {
  const listeners = new Set<(view: View) => void>();
  /** The key decision being answered, while `choose` runs. */
  let answering: { poll: string; source: string; text: string; from: number } | null = null;
  /** The share to show beside the beat it led to. */
  let counted: { id: number; share: Share } | null = null;

  const decorate = (view: View): View =>
    view.screen !== 'title' && counted?.id === view.id ? { ...view, crowd: counted.share } : view;

  session.subscribe((view) => {
    // Counted once the story has moved on, so a choice it refuses is never counted.
    if (answering && view.screen !== 'title' && view.id !== answering.from) {
      const share = count(answering.poll, answering.source, answering.text);
      counted = share ? { id: view.id, share } : null;
      answering = null;
    }
    const shown = decorate(view);
    for (const listener of listeners) listener(shown);
  });

  return {
    ...session,
    get view() {
      return decorate(session.view);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    choose(index) {
      const before = session.view;
      const choice = before.screen === 'story' ? before.beat.choices.find((c) => c.index === index) : undefined;
      if (before.screen === 'story' && before.beat.poll && choice) {
        answering = { poll: before.beat.poll, source: choice.source, text: choice.text, from: before.id };
      }
      try {
        session.choose(index);
      } finally {
        answering = null;
      }
    },
  };
}
