import { describe, expect, it } from 'vitest';
import { awaitEngine } from '../../src/app/engine-arrival';
import { createPlayhead } from '../../src/app/playhead';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { idleKeeper } from '../helpers/sessions';
import { engineFor, fixture } from '../helpers/stories';

/** A playhead on the gates fixture, its looking ahead queued rather than run; autosaves never run. */
function playhead() {
  const reading: (() => void)[] = [];
  const keeper = idleKeeper();
  const head = createPlayhead({
    regime: DEFAULT_REGIME,
    keeper,
    engine: awaitEngine(engineFor(fixture('gates'))),
    whileReading: (work) => reading.push(work),
    failed: () => {},
  });
  const runner = startRunner({ story: fixture('gates').json, regime: DEFAULT_REGIME, seed: 1 });
  return { head, runner, reading };
}

describe('the playhead', () => {
  it('gives each beat it shows the next id, and carries the choice that led to it', () => {
    const { head, runner } = playhead();
    const first = head.play(runner);
    const open = runner.beat.choices.find((choice) => !choice.locked);
    if (!open) throw new Error('the fixture offers no open choice');
    runner.choose(open.index);
    const second = head.play(runner, { chosen: open.text });
    expect(first.screen === 'title' ? null : first.id).toBe(1);
    expect(second).toMatchObject({ id: 2, chosen: open.text });
    expect(head.runner).toBe(runner);
  });

  it('shows score changes only when play moved on to the beat, not when a beat is shown again', () => {
    const { head, runner } = playhead();
    const open = runner.beat.choices.find((choice) => !choice.locked);
    if (!open) throw new Error('the fixture offers no open choice');
    runner.choose(open.index);
    const moved = head.play(runner, { chosen: open.text });
    const again = head.play(runner);
    if (moved.screen === 'title' || again.screen === 'title') throw new Error('no beat on screen');
    expect(moved.hud.changes).toEqual(runner.beat.changes);
    expect(again.hud.changes).toEqual([]);
  });

  it('says a mark is stale once another beat is shown or play stops', () => {
    const { head, runner } = playhead();
    head.play(runner);
    const onFirst = head.mark();
    expect(onFirst()).toBe(true);
    head.play(runner);
    expect(onFirst()).toBe(false);
    const onSecond = head.mark();
    head.stop();
    expect(onSecond()).toBe(false);
    expect(head.runner).toBeNull();
  });

  it('looks ahead while the beat it showed is on screen, and stops when another is shown', () => {
    const { head, runner, reading } = playhead();
    head.play(runner);
    expect(reading).toHaveLength(1);
    head.play(runner);
    reading.shift()?.();
    expect(reading).toHaveLength(1);
  });
});
