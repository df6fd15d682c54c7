// What the benchmark runs inside the page: click-to-paint times, frame timestamps and a headless
// playthrough, measured with the page's own clock. Injected as source text; imports nothing.

/** One choice click: when the event was created, the next frame after the passage changed, that frame done. */
export interface ClickSample {
  click: number;
  frame: number;
  painted: number;
}

export interface Probe {
  clicks: ClickSample[];
  /** rAF timestamps for `ms` milliseconds from now. */
  recordFrames(ms: number): Promise<number[]>;
  /** Plays `games` whole playthroughs by clicking: start or play again, then the first open choice to the ending. */
  playGames(games: number): Promise<number>;
}

export const OPEN_CHOICE = '[data-testid="choice"]:not([aria-disabled="true"])';

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/** Installed before any page script runs. Must stay self-contained: it is sent to the page as text. */
function installProbe(openChoice: string): void {
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const probe: Probe = {
    clicks: [],
    async recordFrames(ms) {
      const stamps: number[] = [];
      const until = performance.now() + ms;
      while (performance.now() < until) stamps.push(await nextFrame());
      return stamps;
    },
    async playGames(games) {
      let choices = 0;
      for (let game = 0; game < games; game += 1) {
        const start = document.querySelector<HTMLElement>('[data-testid="start"], [data-testid="play-again"]');
        if (!start) throw new Error('neither a start nor a play-again button is on screen');
        start.click();
        for (let step = 0; step < 500 && !document.querySelector('[data-testid="ending"]'); step += 1) {
          const choice = document.querySelector<HTMLElement>(openChoice);
          if (!choice) throw new Error('no open choice and no ending');
          choice.click();
          choices += 1;
        }
        // Let the stage draw between games, as it would between players.
        await afterFrame();
      }
      return choices;
    },
  };
  window.__bench = probe;

  // From the click on a choice to the first frame after the passage changed, then that frame's end.
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
    requestAnimationFrame(() => {
      const frame = performance.now();
      setTimeout(() => probe.clicks.push({ click, frame, painted: performance.now() }), 0);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The probe as a script for `addInitScript`. The shim covers the name helper tsx adds to functions. */
export const PROBE_SCRIPT = `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(OPEN_CHOICE)});`;
