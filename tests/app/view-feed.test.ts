import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/app/settings';
import type { View } from '../../src/app/view';
import { createViewFeed } from '../../src/app/view-feed';

describe('the view feed', () => {
  const settings = defaultSettings(false);

  it('hands each listener the view it shows, with the notices queued so far, then clears them', () => {
    const feed = createViewFeed([{ key: 'storage_unavailable' }], () => ({ settings, canTakeBack: false }));
    const heard: View[] = [];
    feed.subscribe((view) => heard.push(view));
    feed.tell({ key: 'imported' });
    feed.show({ screen: 'title', resume: null });
    feed.refresh();
    expect(heard.map((view) => view.notices)).toEqual([[{ key: 'storage_unavailable' }, { key: 'imported' }], []]);
    expect(feed.view).toBe(heard[1]);
  });

  it('queues a notice once however often it is told before the next view', () => {
    const feed = createViewFeed([], () => ({ settings, canTakeBack: false }));
    feed.tell({ key: 'saved_to_slot', slot: 2 });
    feed.tell({ key: 'saved_to_slot', slot: 2 });
    feed.tell({ key: 'saved_to_slot', slot: 3 });
    feed.show({ screen: 'title', resume: null });
    expect(feed.view.notices).toEqual([
      { key: 'saved_to_slot', slot: 2 },
      { key: 'saved_to_slot', slot: 3 },
    ]);
  });

  it('reads the settings afresh for each view, so a refresh shows a changed setting on the same screen', () => {
    let current = settings;
    const feed = createViewFeed([], () => ({ settings: current, canTakeBack: false }));
    feed.show({ screen: 'title', resume: { chapter: 2, score: 990 } });
    current = { ...settings, theme: 'contrast' };
    feed.refresh();
    expect(feed.view).toMatchObject({
      screen: 'title',
      resume: { chapter: 2, score: 990 },
      settings: { theme: 'contrast' },
    });
  });

  it('stops telling a listener once it unsubscribes, and says so if read before anything was shown', () => {
    const feed = createViewFeed([], () => ({ settings, canTakeBack: false }));
    expect(() => feed.view).toThrow(/shown nothing/);
    let heard = 0;
    const stop = feed.subscribe(() => (heard += 1));
    feed.show({ screen: 'title', resume: null });
    stop();
    feed.refresh();
    expect(heard).toBe(1);
  });
});
