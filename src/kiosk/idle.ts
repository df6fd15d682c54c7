// The kiosk's two-stage inactivity clock: quiet for `idleMs`, then a warning counting down
// `warningMs`, then a reset; any touch or key starts it over. Paused while nobody is playing. Pure.

export interface IdleClock {
  /** A touch or a key: the visitor is here; a warning on screen is dismissed. */
  touch(): void;
  /** Starts watching, from now (a visit begins). */
  watch(): void;
  /** Stops watching (the attract loop, the admin's own screen while it is busy). */
  pause(): void;
  readonly state: 'paused' | 'watching' | 'warning';
}

export interface IdleEvents {
  /** The warning appears, with whole seconds left. */
  warn(secondsLeft: number): void;
  /** Once a second while warning. */
  tick(secondsLeft: number): void;
  /** The visitor answered the warning. */
  dismiss(): void;
  /** Nobody answered: reset the kiosk. The clock is paused when this is called. */
  reset(): void;
}

export interface Timers {
  now(): number;
  setTimeout(work: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function createIdleClock(
  options: { idleMs: number; warningMs: number },
  events: IdleEvents,
  timers: Timers,
): IdleClock {
  let state: IdleClock['state'] = 'paused';
  let handle: unknown = null;
  let deadline = 0;

  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  const secondsLeft = () => Math.max(0, Math.ceil((deadline - timers.now()) / 1000));

  // Each tick is scheduled for the next whole second left, so a slow frame never skips the reset.
  const countDown = () => {
    const left = deadline - timers.now();
    if (left <= 0) {
      state = 'paused';
      handle = null;
      events.reset();
      return;
    }
    events.tick(secondsLeft());
    handle = timers.setTimeout(countDown, left % 1000 || 1000);
  };

  const warn = () => {
    state = 'warning';
    deadline = timers.now() + options.warningMs;
    events.warn(secondsLeft());
    handle = timers.setTimeout(countDown, options.warningMs % 1000 || 1000);
  };

  const watch = () => {
    cancel();
    if (state === 'warning') events.dismiss();
    state = 'watching';
    handle = timers.setTimeout(warn, options.idleMs);
  };

  return {
    get state() {
      return state;
    },
    touch() {
      if (state !== 'paused') watch();
    },
    watch,
    pause() {
      cancel();
      if (state === 'warning') events.dismiss();
      state = 'paused';
    },
  };
}
