// Composition root: wires the story, the score model, storage and the views, then lets
// Phaser arrive after the first text is on screen. The only module that knows them all.

import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/opendyslexic/400.css';
import './ui/style.css';
import story from '../story/en/main.ink';
import { createSession } from './app/session';
import { defaultSettings } from './app/settings';
import { readLink } from './app/url';
import { en } from './i18n/en';
import { format, type Messages } from './i18n/messages';
import { DEFAULT_REGIME, findRegime, REGIMES } from './model/regimes';
import { openLocalStore } from './platform/local-store';
import { followWithSound } from './stage/soundtrack';
import { mountUi } from './ui/mount';
import { mountTeacher } from './ui/teacher-screen';

const messages: Messages = en;
const link = readLink(window.location.search, (id) => findRegime(id) !== undefined);
const pickSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000_000;
const regime = (link.regime && findRegime(link.regime)) || DEFAULT_REGIME;

const session = createSession({
  story,
  regime,
  standardRegime: DEFAULT_REGIME,
  otherRegimes: Object.values(REGIMES).filter((other) => other.id !== regime.id),
  lang: messages.lang,
  store: openLocalStore(),
  pickSeed,
  length: link.length,
  defaultSettings: defaultSettings(window.matchMedia('(prefers-reduced-motion: reduce)').matches),
  notices: link.ignored.map(({ param, value }) => ({ key: 'link_ignored', param, value })),
});

const root = document.getElementById('app');
const teaching = link.mode === 'teacher';
if (root && teaching) mountTeacher(root, messages);
else if (root) {
  // A new game from the link starts before mounting, so the first screen drawn is its first passage.
  if (link.startNew) session.newGame(link.seed);
  const banner =
    link.mode === 'class'
      ? format(messages, messages.ui.class_banner, { regime: messages.regimes[regime.id]?.name ?? regime.id })
      : undefined;
  mountUi(root, session, messages, { banner });
  performance.mark('gs:first-text');
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
