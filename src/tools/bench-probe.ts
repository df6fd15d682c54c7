// What the benchmark runs inside the page: when the first text was painted, click-to-paint times,
// frame timestamps and headless playthroughs, all on the page's own clock. Sent as source text; imports nothing.

/**
 * One choice click: when the event was created, the next frame after the passage changed, that frame
 * done, and the first ordinary task after it (which waits behind any work the page queued for after its paint).
 */
export interface ClickSample {
  click: number;
  frame: number;
  painted: number;
  settled: number;
}

export interface Probe {
  /** The end of the first frame after the first-text mark, or null until then. */
  firstTextPainted: number | null;
  clicks: ClickSample[];
  /** rAF timestamps for `ms` milliseconds from now. */
  recordFrames(ms: number): Promise<number[]>;
  /** Clicks the first open choice until the ending, without waiting for frames; returns how many. */
  playToEnding(): number;
  /** `games` whole playthroughs in this page: start (or play again), then `playToEnding`. */
  playGames(games: number): Promise<number>;
}

export const OPEN_CHOICE = '[data-testid="choice"]:not([aria-disabled="true"])';
export const FIRST_TEXT_MARK = 'gs:first-text';

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/** Installed before any page script runs. Must stay self-contained: it reaches the page as text. */
function installProbe(openChoice: string, firstTextMark: string): void {
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  // The frame's rendering work follows its rAF callbacks in the same task, so the frame is done when
  // the next task starts. An urgent task is that next one; an ordinary timer would also wait behind
  // tasks the page itself queued for after the paint, which the reader does not wait for.
  const scheduler = (window as { scheduler?: { postTask?(work: () => void, options: object): unknown } }).scheduler;
  const urgently = (work: () => void) => {
    if (typeof scheduler?.postTask === 'function') void scheduler.postTask(work, { priority: 'user-blocking' });
    else setTimeout(work, 0);
  };
  /** Runs `then` when the next frame is done, with the frame's start; `settled` also gets the first ordinary task after it. */
  const afterNextFrame = (then: (frame: number) => void, settled?: () => void) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      urgently(() => then(frame));
      if (settled) setTimeout(settled, 0);
    });

  const probe: Probe = {
    firstTextPainted: null,
    clicks: [],
    async recordFrames(ms) {
      const stamps: number[] = [];
      const until = performance.now() + ms;
      while (performance.now() < until) stamps.push(await nextFrame());
      return stamps;
    },
    playToEnding() {
      let choices = 0;
      for (; choices < 2000 && !document.querySelector('[data-testid="ending"]'); choices += 1) {
        const choice = document.querySelector<HTMLElement>(openChoice);
        if (!choice) throw new Error('no open choice and no ending on screen');
        choice.click();
      }
      return choices;
    },
    async playGames(games) {
      let choices = 0;
      for (let game = 0; game < games; game += 1) {
        const start = document.querySelector<HTMLElement>('[data-testid="start"], [data-testid="play-again"]');
        if (!start) throw new Error('neither a start nor a play-again button is on screen');
        start.click();
        choices += probe.playToEnding();
        // Let the stage draw between games, as it would between players.
        await new Promise<void>((resolve) => afterNextFrame(() => resolve()));
      }
      return choices;
    },
  };
  window.__bench = probe;

  // The page marks its first text in the task that puts it on the page, so the frame that paints it
  // is the next one. A PerformanceObserver hears of the mark in a later task, often after that frame,
  // and would time the frame after; so the probe hears of the mark as it is made.
  const mark = performance.mark.bind(performance);
  let marked = false;
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (name === firstTextMark && !marked) {
      marked = true;
      afterNextFrame(() => (probe.firstTextPainted = performance.now()));
    }
    return entry;
  };

  // From a trusted click on a choice to the first frame after the passage changed, and that frame's end.
  let pending: number | null = null;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-testid="choice"]') : null;
      if (target && event.isTrusted) pending = event.timeStamp;
    },
    true,
  );
  new MutationObserver((mutations) => {
    if (pending === null) return;
    if (!mutations.some((m) => (m.target as Element).closest?.('[data-testid="passage"]'))) return;
    const click = pending;
    pending = null;
    const sample: ClickSample = { click, frame: Number.NaN, painted: Number.NaN, settled: Number.NaN };
    let done = 0;
    const finish = () => (done += 1) === 2 && probe.clicks.push(sample);
    afterNextFrame(
      (frame) => {
        sample.frame = frame;
        sample.painted = performance.now();
        finish();
      },
      () => {
        sample.settled = performance.now();
        finish();
      },
    );
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The probe as a script for `addInitScript`. The shim stands in for the name helper tsx adds to functions. */
export const PROBE_SCRIPT = `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(OPEN_CHOICE)}, ${JSON.stringify(FIRST_TEXT_MARK)});`;
