// The stage and the sound live all day; visitors' sessions come and go. The relay is the one source
// they follow: it passes on the current visitor's views, and a resting view between visitors. Pure.

import type { Session } from '../app/session';
import type { View } from '../app/view';

export type ViewSource = Pick<Session, 'view' | 'subscribe'>;

export interface SessionRelay extends ViewSource {
  /** Follows this visitor's session from now on; null between visitors shows the resting view. */
  relay(session: ViewSource | null): void;
}

export function createSessionRelay(resting: View): SessionRelay {
  const listeners = new Set<(view: View) => void>();
  let source: ViewSource | null = null;
  let stopFollowing = () => {};
  const tell = (view: View) => {
    for (const listener of listeners) listener(view);
  };
  return {
    get view() {
      return source?.view ?? resting;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    relay(next) {
      // The old session is let go entirely: nothing of one visitor may hold on into the next.
      stopFollowing();
      source = next;
      stopFollowing = next ? next.subscribe(tell) : () => {};
      tell(next?.view ?? resting);
    },
  };
}
