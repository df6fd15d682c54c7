// Puts the session's current view on the page and turns clicks and keys into intents.
// The live regions (passage, score changes) are built once and refilled, so screen readers hear
// each new beat. The only UI module main.ts needs. Imports app types and the screens.

import type { Session } from '../app/session';
import type { PlayingView, View } from '../app/view';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/messages';
import { applySettings } from './apply-settings';
import { createChapterCard } from './chapter-card';
import { button, downloadFile, el } from './dom';
import { renderChanges, renderStanding } from './hud';
import { createMenu } from './menu';
import { renderEnding, renderNotice, renderTitle } from './screens';
import { choiceForKey, renderChoices, renderPassage } from './story-screen';

export interface MountOptions {
  /** A line shown above everything, such as which rules a class session plays under. */
  banner?: string;
  /** Opens the game in another language; `playing` says whether to go straight back into the game. */
  switchLanguage?: (lang: Language, playing: boolean) => void;
  /** At a museum kiosk: no saves, files or printing, and leaving the game ends the visit. */
  kiosk?: { endVisit(): void };
  /** Resolves to true when the class server served the page and is up: the title offers a live session. */
  classServer?: Promise<boolean>;
}

export function mountUi(root: HTMLElement, session: Session, m: Messages, options: MountOptions = {}): () => void {
  const page = document.documentElement;
  page.lang = m.lang;
  page.dir = m.dir;
  document.title = m.ui.game_title;

  const { kiosk } = options;
  // A kiosk visitor chose their language at the start; another one means starting afresh.
  const switchLanguage = kiosk ? kiosk.endVisit : options.switchLanguage;
  const menu = createMenu(m, session, kiosk);
  const notices = el('div', { class: 'notices' });
  const title = el('div', { class: 'title-slot' });
  const standing = el('div', { class: 'hud-standing' });
  const changes = el('ul', { class: 'hud-changes', 'aria-live': 'polite' });
  const hud = el('aside', { class: 'hud', 'aria-label': m.ui.hud_region }, standing, changes);
  const passage = el('div', {
    class: 'passage',
    'data-testid': 'passage',
    'aria-live': 'polite',
    'aria-label': m.ui.story_region,
    tabindex: '-1',
  });
  const below = el('div', { class: 'below' });
  const story = el('div', { class: 'story' }, passage, below);
  const bar = el('header', { class: 'top-bar' }, menu.opener);
  const card = createChapterCard(m);
  const banner = options.banner
    ? el('p', { class: 'class-banner', 'data-testid': 'class-banner' }, options.banner)
    : null;
  root.replaceChildren(
    bar,
    ...(banner ? [banner] : []),
    notices,
    el('main', {}, title, hud, story),
    card.element,
    menu.host,
  );

  /** The id of the beat on screen (null on the title) and how many of its paragraphs are shown, when paced. */
  let shownId: number | null = null;
  let revealed = 0;

  const exportResults = async () => {
    const file = await session.exportResults();
    if (file) downloadFile(file);
    return file;
  };
  const actions = {
    newGame: () => session.newGame(),
    resume: () => session.resume(),
    toTitle: () => session.toTitle(),
    choose: (index: number) => session.choose(index),
    setLanguage: (lang: Language) => session.changeSettings({ lang }),
    debrief: () => session.debrief(),
    ...(kiosk ? { endVisit: kiosk.endVisit } : { exportResults, print: () => window.print() }),
  };

  const renderBeat = (view: PlayingView, fresh: boolean) => {
    const paced = view.settings.pacing === 'paced';
    const total = view.beat.paragraphs.length;
    if (fresh) revealed = paced ? Math.min(1, total) : total;
    const done = revealed >= total;
    const beat = { ...view.beat, paragraphs: view.beat.paragraphs.slice(0, revealed) };
    const summary = done && view.screen === 'story' ? view.summary : undefined;
    passage.replaceChildren(...renderPassage(m, beat, { echo: view.chosen, crowd: view.crowd, summary }));
    if (!done) {
      const more = button({ class: 'primary continue', 'data-testid': 'continue' }, m.ui.continue, () => {
        revealed += 1;
        renderBeat(view, false);
        below.querySelector<HTMLElement>('[data-testid="continue"]')?.focus();
        if (revealed >= total) passage.focus({ preventScroll: true });
      });
      below.replaceChildren(more);
      return;
    }
    below.replaceChildren(
      view.screen === 'story' ? renderChoices(m, view.beat, actions) : renderEnding(m, view, actions),
    );
  };

  /** A new beat starts at the top, with focus on its text for screen readers. */
  const toTop = () => {
    window.scrollTo({ top: 0 });
    passage.focus({ preventScroll: true });
  };
  let mounting = true;

  const render = (view: View) => {
    if (view.settings.lang !== m.lang && switchLanguage) {
      switchLanguage(view.settings.lang, view.screen !== 'title');
      return;
    }
    applySettings(page, view.settings);
    menu.update(view);
    root.dataset.screen = view.screen;
    const noticeArea = menu.isOpen() ? menu.notices : notices;
    (menu.isOpen() ? notices : menu.notices).replaceChildren();
    noticeArea.replaceChildren(...view.notices.map((notice) => renderNotice(m, notice)));
    const playing = view.screen !== 'title';
    title.hidden = playing;
    hud.hidden = !playing;
    story.hidden = !playing;
    if (view.screen === 'title') {
      shownId = null;
      title.replaceChildren(renderTitle(m, view, actions, options.classServer));
      passage.replaceChildren();
      below.replaceChildren();
      return;
    }
    title.replaceChildren();
    // Settings and notices re-show the same beat: leave the live regions alone, or screen readers
    // would read the passage and the score changes again.
    if (view.id === shownId) return;
    shownId = view.id;
    // Focus moves to the passage before anything is replaced: taking away the focused choice would
    // make the browser lay the page out at once to find where focus goes, and the focus call after
    // the new words would do it again. Moved first, the one layout pass is the next frame's.
    // While mounting, the page is still loading and has no focus to keep in step.
    if (!mounting && !menu.isOpen()) passage.focus({ preventScroll: true });
    standing.replaceChildren(...renderStanding(m, view.hud));
    changes.replaceChildren(...renderChanges(m, view.hud));
    renderBeat(view, true);
    if (view.beat.opensChapter !== undefined) card.show(view.beat.opensChapter);
    if (menu.isOpen()) return;
    // Scrolling forces a layout pass: leave it to the next frame, which lays the page out anyway.
    requestAnimationFrame(mounting ? toTop : () => window.scrollTo({ top: 0 }));
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && !menu.isOpen()) {
      event.preventDefault();
      menu.toggle();
      return;
    }
    const view = session.view;
    if (view.screen !== 'story' || menu.isOpen() || below.querySelector('[data-testid="continue"]')) return;
    const choice = choiceForKey(view.beat, event.key);
    if (choice) {
      event.preventDefault();
      actions.choose(choice.index);
    }
  };

  document.addEventListener('keydown', onKey);
  const unsubscribe = session.subscribe(render);
  render(session.view);
  mounting = false;
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKey);
  };
}
