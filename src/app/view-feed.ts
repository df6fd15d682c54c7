// What the session shows and who hears of it: the view on screen, its listeners, and the notices
// queued for the next view. Imports app types; knows nothing of runners or saves.

import type { BareView, Common, Notice, View } from './view';

export interface ViewFeed {
  readonly view: View;
  subscribe(listener: (view: View) => void): () => void;
  /** Puts a view on screen, with the notices queued so far and the common parts as they are now. */
  show(next: BareView): void;
  /** The view on screen again, with fresh settings and notices but nothing else changed. */
  refresh(): void;
  /** Queues a notice for the next view, once however often it comes up. */
  tell(notice: Notice): void;
}

/** `common` is read at each view: the settings and what can be taken back may have changed since. */
export function createViewFeed(first: readonly Notice[], common: () => Omit<Common, 'notices'>): ViewFeed {
  const listeners = new Set<(view: View) => void>();
  const pending: Notice[] = [...first];
  let current: BareView | null = null;
  let view: View | null = null;
  const feed: ViewFeed = {
    get view() {
      if (!view) throw new Error('the session has shown nothing yet');
      return view;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(next) {
      current = next;
      const shown = { ...next, ...common(), notices: pending.splice(0) } as View;
      view = shown;
      for (const listener of listeners) listener(shown);
    },
    refresh() {
      if (current) feed.show(current);
    },
    tell(notice) {
      if (!pending.some((p) => JSON.stringify(p) === JSON.stringify(notice))) pending.push(notice);
    },
  };
  return feed;
}
