// Composition root: picks the language's edition, wires the story, the score model, storage and
// the views, then lets Phaser arrive after the first text is on screen. The only module that knows them all.

import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/opendyslexic/400.css';
import './ui/style.css';
import englishStory from '../story/en/main.ink';
import { createSession, SETTINGS_KEY, type StoryBundle } from './app/session';
import { defaultSettings, readSettings } from './app/settings';
import { readLink } from './app/url';
import { en } from './i18n/en';
import { preferredLanguage, type Language } from './i18n/languages';
import { format, type Messages } from './i18n/messages';
import { DEFAULT_REGIME, findRegime, REGIMES } from './model/regimes';
import { openLocalStore } from './platform/local-store';
import { keepForOffline } from './platform/offline';
import { followWithSound } from './stage/soundtrack';
import { mountUi } from './ui/mount';

/**
 * Each language's story and words. English ships in the first script, so its first text waits for
 * nothing; another language is its own chunk, and its font is fetched alongside, never awaited.
 */
const EDITIONS: Record<Language, () => Promise<{ story: StoryBundle; messages: Messages }>> = {
  en: () => Promise.resolve({ story: englishStory, messages: en }),
  ar: async () => {
    void import('@fontsource/noto-naskh-arabic/arabic-400.css');
    void import('@fontsource/noto-naskh-arabic/arabic-600.css');
    const [story, table] = await Promise.all([import('../story/ar/main.ink'), import('./i18n/ar')]);
    return { story: story.default, messages: table.ar };
  },
};

const store = openLocalStore();
const link = readLink(window.location.search, (id) => findRegime(id) !== undefined);
const pickSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000_000;
const regime = (link.regime && findRegime(link.regime)) || DEFAULT_REGIME;
const defaults = defaultSettings(
  window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  preferredLanguage(navigator.languages),
);
const stored = (() => {
  try {
    return readSettings(store.read(SETTINGS_KEY), defaults);
  } catch {
    return defaults;
  }
})();
const wanted = link.lang ?? stored.lang;

/** Opens the same game in another language: straight back into the playthrough, if there is one. */
function reopenIn(next: Language, playing: boolean) {
  const params = new URLSearchParams(window.location.search);
  params.delete('seed');
  params.delete('start');
  params.set('lang', next);
  if (playing) params.set('start', 'resume');
  window.location.replace(`${window.location.pathname}?${params.toString()}`);
}

async function start() {
  // An edition that cannot be fetched (offline before it was ever cached) leaves the English one.
  const { story, messages } = await EDITIONS[wanted]().catch((error: unknown) => {
    console.warn(`The ${wanted} edition is unavailable; opening in English.`, error);
    return EDITIONS.en();
  });
  const lang = messages.lang as Language;
  const session = createSession({
    story,
    regime,
    standardRegime: DEFAULT_REGIME,
    otherRegimes: Object.values(REGIMES).filter((other) => other.id !== regime.id),
    lang,
    store,
    pickSeed,
    length: link.length,
    defaultSettings: defaults,
    // The autosave waits until the new words are painted; a hidden or closing page writes it at once.
    defer: (work) => requestAnimationFrame(() => setTimeout(work, 0)),
    notices: link.ignored.map(({ param, value }) => ({ key: 'link_ignored', param, value })),
  });
  window.addEventListener('pagehide', () => session.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.flush();
  });
  // A language named in the link is the player's choice from now on.
  if (session.view.settings.lang !== lang) session.changeSettings({ lang });

  const root = document.getElementById('app');
  const teaching = link.mode === 'teacher';
  if (root && teaching) {
    const { mountTeacher } = await import('./ui/teacher-screen');
    mountTeacher(root, messages);
  } else if (root) {
    // A game from the link starts before mounting, so the first screen drawn is its first passage.
    if (link.startNew) session.newGame(link.seed);
    else if (link.resume) session.resume();
    const banner =
      link.mode === 'class'
        ? format(messages, messages.ui.class_banner, { regime: messages.regimes[regime.id]?.name ?? regime.id })
        : undefined;
    mountUi(root, session, messages, { banner, switchLanguage: reopenIn });
    performance.mark('gs:first-text');
    if (link.mode === 'kiosk') requestAnimationFrame(() => setTimeout(() => void keepForOffline(), 0));
  }

  // Sound opens at the player's first gesture, never before; the synthesiser is its own small chunk.
  const soundtrack = followWithSound(session, () => {
    const context = new AudioContext();
    return import('./platform/audio').then(({ createSound }) => createSound(context));
  });
  const unlock = () => {
    soundtrack.unlock();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);

  // Phaser is a separate chunk, fetched only once the words are up; without it the game is whole.
  const stage = document.getElementById('stage');
  if (stage && root && !teaching) {
    const boot = () =>
      import('./stage/boot')
        .then(({ bootStage }) => bootStage(stage, session, root))
        .catch((error: unknown) => console.warn('The illustrated stage is unavailable; playing as text.', error));
    requestAnimationFrame(() => setTimeout(boot, 0));
  }
}

void start();
