// Puts the session's current view on the page and turns clicks and keys into intents.
// The only UI module main.ts needs. Imports app types and the screens.

import type { Session, View } from '../app/session';
import type { Messages } from '../i18n/messages';
import { el } from './dom';
import { renderHud } from './hud';
import { renderEnding, renderNotice, renderTitle } from './screens';
import { choiceForKey, renderChoices, renderPassage } from './story-screen';

export function mountUi(root: HTMLElement, session: Session, m: Messages): () => void {
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = m.ui.game_title;
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
    const parts: HTMLElement[] = [];
    parts.push(...view.notices.map((notice) => renderNotice(m, notice)));
    let focus: HTMLElement | null = null;
    if (view.screen === 'title') {
      const title = renderTitle(m, view, actions);
      parts.push(title);
    } else {
      parts.push(renderHud(m, view.hud));
      const passage = renderPassage(m, view.beat, echo);
      focus = passage;
      parts.push(
        el(
          'div',
          { class: 'story' },
          passage,
          view.screen === 'story' ? renderChoices(m, view.beat, actions) : renderEnding(m, view, actions),
        ),
      );
    }
    root.replaceChildren(...parts);
    root.dataset.screen = view.screen;
    window.scrollTo({ top: 0 });
    focus?.focus({ preventScroll: true });
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
