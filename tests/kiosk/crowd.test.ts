import { describe, expect, it } from 'vitest';
import type { View } from '../../src/app/view';
import { countCrowd } from '../../src/kiosk/crowd';
import { fixtureSession } from '../helpers/sessions';

const crowdOf = (view: View) => (view.screen === 'title' ? undefined : view.crowd);

describe('the kiosk crowd', () => {
  it('counts an answer at a key decision and shows how many others took the same road', () => {
    const counted: string[] = [];
    let visitors = 0;
    const session = countCrowd(fixtureSession(), (poll, source, text) => {
      counted.push(`${poll} ${source.length > 0}: ${text}`);
      visitors += 1;
      return { same: 1, visitors };
    });
    const heard: View[] = [];
    session.subscribe((view) => heard.push(view));
    session.newGame();
    session.choose(1);
    expect(crowdOf(session.view)).toEqual({ same: 1, visitors: 1 });
    // Listeners hear the share with the beat it belongs to, not a moment later.
    expect(crowdOf(heard.at(-1) as View)).toEqual({ same: 1, visitors: 1 });
    session.choose(1);
    // Only the `# poll:` choice point is counted; the bank's choice is not a key decision.
    expect(counted).toEqual(['red_light true: Wait for green']);
    expect(session.view.screen).toBe('ending');
    expect(crowdOf(session.view)).toBeUndefined();
  });

  it('never counts a locked choice the story refuses, and keeps the share off a re-shown beat', () => {
    let calls = 0;
    const session = countCrowd(fixtureSession(), () => {
      calls += 1;
      return { same: 1, visitors: calls };
    });
    session.newGame();
    session.choose(0);
    const before = session.view;
    session.choose(0);
    expect(calls).toBe(1);
    expect(session.view.screen === 'title' ? null : session.view.id).toBe(before.screen === 'title' ? null : before.id);
    session.changeSettings({ textSize: 150 });
    expect(crowdOf(session.view)).toEqual({ same: 1, visitors: 1 });
  });

  it('shows nothing when the kiosk keeps its figures to itself', () => {
    const session = countCrowd(fixtureSession(), () => undefined);
    session.newGame();
    session.choose(1);
    expect(crowdOf(session.view)).toBeUndefined();
  });
});
