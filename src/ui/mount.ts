// Puts the session's current view on the page and turns clicks and keys into intents.
// The live regions (passage, score changes) are built once and refilled, so screen readers hear
// each new beat. The only UI module main.ts needs. Imports app types and the screens.

import type { Session, View } from '../app/session';
import type { Messages } from '../i18n/messages';
import { el } from './dom';
import { renderChanges, renderStanding } from './hud';
import { renderEnding, renderNotice, renderTitle } from './screens';
import { choiceForKey, renderChoices, renderPassage } from './story-screen';

export function mountUi(root: HTMLElement, session: Session, m: Messages): () => void {
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = m.ui.game_title;

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
  root.replaceChildren(notices, title, hud, story);

  let echo: string | undefined;
  const actions = {
    newGame: () => {
      echo = undefined;
      session.newGame();
    },
    resume: () => {
      echo = undefined;
      session.resume();
    },
    toTitle: () => session.toTitle(),
    choose: (index: number) => {
      const view = session.view;
      echo = view.screen === 'story' ? view.beat.choices.find((c) => c.index === index)?.text : undefined;
      session.choose(index);
    },
  };

  const render = (view: View) => {
    root.dataset.screen = view.screen;
    notices.replaceChildren(...view.notices.map((notice) => renderNotice(m, notice)));
    const playing = view.screen !== 'title';
    title.hidden = playing;
    hud.hidden = !playing;
    story.hidden = !playing;
    if (view.screen === 'title') {
      title.replaceChildren(renderTitle(m, view, actions));
      passage.replaceChildren();
      below.replaceChildren();
      return;
    }
    title.replaceChildren();
    standing.replaceChildren(...renderStanding(m, view.hud));
    changes.replaceChildren(...renderChanges(m, view.hud));
    passage.replaceChildren(...renderPassage(m, view.beat, echo, view.screen === 'story' ? view.summary : undefined));
    below.replaceChildren(
      view.screen === 'story' ? renderChoices(m, view.beat, actions) : renderEnding(m, view, actions),
    );
    window.scrollTo({ top: 0 });
    passage.focus({ preventScroll: true });
  };

  const onKey = (event: KeyboardEvent) => {
    const view = session.view;
    if (view.screen !== 'story' || event.altKey || event.ctrlKey || event.metaKey) return;
    const choice = choiceForKey(view.beat, event.key);
    if (choice) {
      event.preventDefault();
      actions.choose(choice.index);
    }
  };

  document.addEventListener('keydown', onKey);
  const unsubscribe = session.subscribe(render);
  render(session.view);
  return () => {
    unsubscribe();
    document.removeEventListener('keydown', onKey);
  };
}
