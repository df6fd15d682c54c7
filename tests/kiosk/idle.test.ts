import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleClock, type IdleEvents } from '../../src/kiosk/idle';

const timers = {
  now: () => Date.now(),
  setTimeout: (work: () => void, ms: number) => setTimeout(work, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function start(idleMs = 90_000, warningMs = 30_000) {
  const seen: string[] = [];
  const events: IdleEvents = {
    warn: (s) => seen.push(`warn ${s}`),
    tick: (s) => seen.push(`tick ${s}`),
    dismiss: () => seen.push('dismiss'),
    reset: () => seen.push('reset'),
  };
  return { clock: createIdleClock({ idleMs, warningMs }, events, timers), seen };
}

describe('idle clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns after the idle time, counts down every second, then resets once', () => {
    const { clock, seen } = start(90_000, 30_000);
    clock.watch();
    vi.advanceTimersByTime(89_999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['warn 30']);
    expect(clock.state).toBe('warning');
    vi.advanceTimersByTime(30_000);
    expect(seen.filter((s) => s.startsWith('tick'))).toHaveLength(29);
    expect(seen.at(-2)).toBe('tick 1');
    expect(seen.at(-1)).toBe('reset');
    expect(clock.state).toBe('paused');
    vi.advanceTimersByTime(600_000);
    expect(seen.filter((s) => s === 'reset')).toHaveLength(1);
  });

  it('starts over on every touch, so a visitor who is acting is never reset', () => {
    const { clock, seen } = start(90_000, 30_000);
    clock.watch();
    for (let minute = 0; minute < 60; minute += 1) {
      vi.advanceTimersByTime(60_000);
      clock.touch();
    }
    expect(seen).toEqual([]);
  });

  it('dismisses the warning on a touch and waits the whole idle time again', () => {
    const { clock, seen } = start(90_000, 30_000);
    clock.watch();
    vi.advanceTimersByTime(100_000);
    clock.touch();
    expect(seen.at(-1)).toBe('dismiss');
    expect(clock.state).toBe('watching');
    vi.advanceTimersByTime(89_000);
    expect(seen.filter((s) => s.startsWith('warn'))).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(seen.filter((s) => s.startsWith('warn'))).toHaveLength(2);
  });

  it('does nothing while paused, whatever is touched', () => {
    const { clock, seen } = start(1_000, 20_000);
    clock.touch();
    vi.advanceTimersByTime(60_000);
    clock.watch();
    clock.pause();
    clock.touch();
    vi.advanceTimersByTime(60_000);
    expect(seen).toEqual([]);
    expect(clock.state).toBe('paused');
  });

  it('resets on time even when the page was asleep through the countdown', () => {
    const { clock, seen } = start(1_000, 20_000);
    clock.watch();
    vi.advanceTimersByTime(1_000);
    // A frozen tab fires its overdue timer late: the clock reads the time, not the ticks it saw.
    vi.setSystemTime(Date.now() + 25_000);
    vi.advanceTimersByTime(1_000);
    expect(seen.at(-1)).toBe('reset');
  });
});
