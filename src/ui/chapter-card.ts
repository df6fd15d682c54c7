// The title card that opens a chapter: its words over the city for a moment, then gone. The
// passage's own heading says the same to screen readers, so the card is hidden from them and
// never takes a click or the focus. Imports the message tables and the element builder.

import { format, type Messages } from '../i18n/messages';
import { el } from './dom';

/** How long the card stays, in milliseconds; the style sheet's animation fits inside it. */
export const CARD_MS = 2800;

export interface ChapterCard {
  element: HTMLElement;
  show(chapter: number): void;
}

export function createChapterCard(m: Messages): ChapterCard {
  const element = el('div', { class: 'chapter-card', 'aria-hidden': 'true', 'data-testid': 'chapter-card' });
  element.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    show(chapter) {
      element.replaceChildren(
        el('span', { class: 'card-kicker' }, m.ui.game_title),
        el('span', { class: 'card-title' }, format(m, m.ui.chapter_heading, { number: chapter })),
      );
      element.hidden = false;
      // Restarting a card still playing needs a layout pass in between; a hidden card starts anew
      // without one, and forcing one here held back the first passage by a whole layout.
      if (element.classList.contains('playing')) {
        element.classList.remove('playing');
        void element.offsetWidth;
      }
      element.classList.add('playing');
      clearTimeout(timer);
      timer = setTimeout(() => {
        element.hidden = true;
        element.classList.remove('playing');
      }, CARD_MS);
    },
  };
}
