// The museum kiosk: one page left running all day, an attract loop, a fresh session for each
// visitor, an idle warning and a reset that keeps nothing of them. Composition root for ?mode=kiosk.

import { openEdition, type Edition } from '../app/editions';
import { fetchEngine } from '../app/engine-arrival';
import { createSession } from '../app/session';
import type { View } from '../app/view';
import { defaultSettings } from '../app/settings';
import type { Language } from '../i18n/languages';
import { DEFAULT_REGIME, findRegime, REGIMES } from '../model/regimes';
import { openMemoryStore } from '../platform/memory-store';
import { afterIdle, afterPaint } from '../platform/after-paint';
import { keepForOffline } from '../platform/offline';
import { openTallyStore } from '../platform/tally-store';
import { startSound, startStage } from '../stage/behind-text';
import { applySettings } from '../ui/apply-settings';
import { downloadFile, el } from '../ui/dom';
import {
  createIdleWarning,
  renderAdmin,
  renderAttract,
  renderLanguagePicker,
  renderPinPad,
  type PinAnswer,
} from '../ui/kiosk-screens';
import { mountUi } from '../ui/mount';
import { defaultKioskConfig, readKioskConfig, type ConfigProblem, type KioskConfig } from './config';
import { createIdleClock } from './idle';
import { countCrowd } from './crowd';
import { createSessionRelay } from './session-relay';
import { createTally, tallyToCsv } from './tally';

export interface KioskOptions {
  root: HTMLElement;
  stage: HTMLElement | null;
  pickSeed(): number;
  prefersReducedMotion: boolean;
}

/** Wrong PINs in a row before the pad stops listening for a while. */
const PIN_TRIES = 5;
const PIN_LOCK_MS = 60_000;

/** The curator's file next to the build; the network first, so an edited file is seen on the next load. */
async function readConfigFile(): Promise<{ config: KioskConfig; problems: ConfigProblem[] }> {
  const text = await fetch('./kiosk.json', { cache: 'no-cache' })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
  const found = readKioskConfig(text, defaultKioskConfig(DEFAULT_REGIME.id), (id) => findRegime(id) !== undefined);
  for (const problem of found.problems) console.warn('kiosk.json:', JSON.stringify(problem));
  return found;
}

/** Ends the browser's own ways of leaving or distorting the page a visitor may stumble on. */
function holdThePage(): void {
  // The style sheet's `touch-action: pan-y` stops pinch zoom; the viewport stays zoomable for
  // WCAG 1.4.4, and a visitor who needs larger words has the menu's text size, up to 200%.
  document.documentElement.classList.add('kiosk');
  document.addEventListener('contextmenu', (event) => event.preventDefault());
  // Ctrl-wheel zoom; keyboard zoom is the browser's own, and Chromium's kiosk flags stop it.
  document.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
  document.addEventListener('gesturestart', (event) => event.preventDefault());
  document.addEventListener('dragstart', (event) => event.preventDefault());
}

export async function runKiosk({ root, stage: stageHost, pickSeed, prefersReducedMotion }: KioskOptions) {
  holdThePage();
  const { config, problems } = await readConfigFile();
  const regime = findRegime(config.regime) ?? DEFAULT_REGIME;
  // Every offered edition is opened up front: the attract screen speaks them all, and a visitor never waits.
  const editions = new Map<Language, Edition>();
  for (const lang of config.languages) {
    const edition = await openEdition(lang);
    if (edition.messages.lang === lang) editions.set(lang, edition);
  }
  const offered = [...editions.values()];
  if (offered.length === 0) offered.push(await openEdition('en'));
  // The story engine too, for each edition: every visitor's game is played by it, so it is here before the first one.
  const engines = new Map(
    await Promise.all(offered.map(async (edition) => [edition, await fetchEngine(edition.story)] as const)),
  );
  const tables = offered.map((edition) => edition.messages);
  const house = tables[0];

  const tallyStore = await openTallyStore();
  const tally = createTally(await tallyStore.load().catch(() => []), tallyStore);

  // Read standing, at arm's length from a large screen: the kiosk's words start a size up.
  const resting = { ...defaultSettings(prefersReducedMotion, house.lang), textSize: 125 as const };
  const restingView: View = { screen: 'title', resume: null, notices: [], canTakeBack: false, settings: resting };
  const relay = createSessionRelay(restingView);
  startSound(relay);
  const stage = stageHost ? startStage(stageHost, relay, root) : Promise.resolve(null);
  // Dialogs live beside the game's root, which each visit replaces.
  const layer = el('div', { class: 'kiosk-layer' });
  root.after(layer);
  const warning = createIdleWarning(layer);

  /** Undoes whatever the screen on show set up: a visitor's game, the attract loop's timers. */
  let leave = () => {};
  /** Whose words the warning speaks in. */
  let speaking = house;

  const idle = createIdleClock(
    { idleMs: config.idleSeconds * 1000, warningMs: config.warningSeconds * 1000 },
    {
      warn: (seconds) => warning.open(speaking, seconds, () => idle.touch()),
      tick: (seconds) => warning.update(seconds),
      dismiss: () => warning.close(),
      reset: () => showAttract(),
    },
    {
      now: () => performance.now(),
      setTimeout: (work, ms) => setTimeout(work, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  );
  // What only a person does: the page's own scrolling to a new passage must not count as a visitor.
  for (const type of ['pointerdown', 'keydown', 'wheel'] as const)
    window.addEventListener(type, () => idle.touch(), { capture: true, passive: true });

  /** Puts the page back as the first visitor found it: no dialog, focus, selection, scroll or settings. */
  const clearTraces = () => {
    leave();
    leave = () => {};
    warning.close();
    for (const dialog of document.querySelectorAll('dialog')) dialog.close();
    relay.relay(null);
    speaking = house;
    applySettings(document.documentElement, resting);
    document.documentElement.lang = house.lang;
    document.documentElement.dir = house.dir;
    document.title = house.ui.game_title;
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.getSelection()?.removeAllRanges();
    window.scrollTo({ top: 0 });
  };

  const showAttract = () => {
    clearTraces();
    idle.pause();
    void stage.then((control) => control?.attract(true));
    // A file that could not be read sets no PIN, so only the attract screen can tell the curator.
    const unreadable = problems.filter((problem) => problem.key === 'config_unreadable');
    const attract = renderAttract(tables, { begin: chooseLanguage, admin: askForPin }, unreadable);
    leave = attract.stop;
    root.dataset.screen = 'attract';
    root.replaceChildren(attract.element);
  };

  const focusHeading = () => root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });

  const chooseLanguage = () => {
    if (offered.length === 1) return startVisit(offered[0]);
    clearTraces();
    idle.watch();
    root.dataset.screen = 'languages';
    root.replaceChildren(renderLanguagePicker(tables, (lang) => startVisit(editions.get(lang) ?? offered[0])));
    focusHeading();
  };

  const startVisit = (edition: Edition) => {
    const { story, messages } = edition;
    clearTraces();
    void stage.then((control) => control?.attract(false));
    const playing = createSession({
      story,
      regime,
      otherRegimes: Object.values(REGIMES).filter((other) => other.id !== regime.id),
      lang: messages.lang,
      // Nothing of a visitor reaches the disk: their autosave and settings die with the visit.
      store: openMemoryStore(),
      pickSeed,
      length: config.length,
      defaultSettings: { ...resting, lang: messages.lang },
      engine: engines.get(edition) ?? fetchEngine(story),
      // As at home, the autosave and the working ahead wait until the new words are painted.
      defer: afterIdle,
      whileReading: afterIdle,
    });
    const session = countCrowd(playing, (poll, source, text) => {
      const share = tally.count(poll, source, text);
      return config.showStatistics ? share : undefined;
    });
    session.newGame();
    speaking = messages;
    leave = mountUi(root, session, messages, { kiosk: { endVisit: showAttract } });
    relay.relay(session);
    idle.watch();
  };

  let wrongTries = 0;
  let lockedUntil = 0;
  const tryPin = (pin: string): PinAnswer => {
    if (performance.now() < lockedUntil) return 'locked';
    if (config.adminPin && pin === config.adminPin) {
      wrongTries = 0;
      showAdmin();
      return 'open';
    }
    wrongTries += 1;
    if (wrongTries < PIN_TRIES) return 'wrong';
    wrongTries = 0;
    lockedUntil = performance.now() + PIN_LOCK_MS;
    return 'locked';
  };

  // With no PIN set the admin screen stays shut, and holding the corner simply begins.
  const askForPin = () => {
    if (!config.adminPin) return chooseLanguage();
    clearTraces();
    idle.watch();
    root.dataset.screen = 'pin';
    root.replaceChildren(renderPinPad(house, { try: tryPin, cancel: showAttract }));
    focusHeading();
  };

  const showAdmin = (said?: string) => {
    clearTraces();
    idle.watch();
    root.dataset.screen = 'admin';
    root.replaceChildren(
      renderAdmin(
        house,
        { config, problems, rows: tally.rows(), lasting: tallyStore.lasting },
        {
          exportCsv: () => {
            const name = `good-standing-kiosk-counts-${new Date().toISOString().slice(0, 10)}.csv`;
            const text = tallyToCsv(tally.rows(), (poll) => house.polls[poll] ?? poll);
            downloadFile({ name, text, type: 'text/csv' });
            return name;
          },
          erase: () => {
            tally.clear();
            showAdmin(house.kiosk.counts_erased);
          },
          close: showAttract,
        },
        said,
      ),
    );
    focusHeading();
  };

  document.addEventListener('keydown', (event) => {
    // A curator with a keyboard: Ctrl+Alt+A asks for the PIN from anywhere.
    if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 'a') askForPin();
  });

  showAttract();
  performance.mark('gs:first-text');
  afterPaint(() => void keepForOffline(['./kiosk.json']));
}
