import { describe, expect, it } from 'vitest';
import type { View } from '../../src/app/view';
import { defaultSettings } from '../../src/app/settings';
import { createSessionRelay } from '../../src/kiosk/session-relay';

const titleView = (theme: 'dark' | 'light'): View => ({
  screen: 'title',
  resume: null,
  notices: [],
  canTakeBack: false,
  settings: { ...defaultSettings(false), theme },
});

/** A session-like source that counts who listens to it. */
function fakeSession(view: View) {
  const listeners = new Set<(view: View) => void>();
  return {
    view,
    listeners,
    subscribe(listener: (view: View) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(next: View) {
      this.view = next;
      for (const listener of listeners) listener(next);
    },
  };
}

describe('session relay', () => {
  it('shows the resting view between visitors and passes on the current visitor’s views', () => {
    const resting = titleView('dark');
    const relay = createSessionRelay(resting);
    const heard: View[] = [];
    relay.subscribe((view) => heard.push(view));
    expect(relay.view).toBe(resting);

    const visitor = fakeSession(titleView('light'));
    relay.relay(visitor);
    const next = titleView('light');
    visitor.emit(next);
    expect(relay.view).toBe(next);
    relay.relay(null);
    expect(heard).toEqual([visitor.view, next, resting]);
    expect(relay.view).toBe(resting);
  });

  it('lets go of each visitor’s session, so a thousand visits leave no listener behind', () => {
    const relay = createSessionRelay(titleView('dark'));
    relay.subscribe(() => {});
    const visitors = Array.from({ length: 1000 }, () => fakeSession(titleView('light')));
    for (const visitor of visitors) {
      relay.relay(visitor);
      expect(visitor.listeners.size).toBe(1);
      relay.relay(null);
    }
    expect(visitors.every((visitor) => visitor.listeners.size === 0)).toBe(true);
  });

  it('hears nothing more from a visitor who has gone', () => {
    const relay = createSessionRelay(titleView('dark'));
    const heard: View[] = [];
    relay.subscribe((view) => heard.push(view));
    const gone = fakeSession(titleView('light'));
    relay.relay(gone);
    relay.relay(fakeSession(titleView('light')));
    const before = heard.length;
    gone.emit(titleView('dark'));
    expect(heard).toHaveLength(before);
  });
});
