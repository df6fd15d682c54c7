// The title card that opens a chapter: its words over the city for a moment, then gone. The
// passage's own heading says the same to screen readers, so the card is hidden from them and
// never takes a click or the focus. Imports the message tables, the element builder and after-paint.

import { format, type Messages } from '../i18n/messages';
import { afterPaint } from '../platform/after-paint';
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
  /** The last chapter asked for: a card asked for before an earlier one started replaces it. */
  let asked = 0;
  return {
    element,
    show(chapter) {
      const ask = (asked += 1);
      // The card starts once the words it opens are painted: it fades in from nothing, so a frame
      // later looks the same, and starting a full-screen layer in the words' own frame held them
      // back (about 10 ms of style at 4× CPU without a GPU).
      afterPaint(() => {
        if (ask !== asked) return;
        element.replaceChildren(
          el('span', { class: 'card-kicker' }, m.ui.game_title),
          el('span', { class: 'card-title' }, format(m, m.ui.chapter_heading, { number: chapter })),
        );
        element.hidden = false;
        // Restarting a card still playing needs a layout pass in between; a hidden card starts anew without one.
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
      });
    },
  };
}
