// Before play under a link's rule set: the class's name for it and what it changes from the nearest preset, in
// plain words, then a button to play. The name is the class's text, set only as text. Imports app, i18n and ui.

import { closestPreset, describeRules, isolateName, ruleWordText } from '../app/rules-words';
import { format, type Messages } from '../i18n/messages';
import type { NamedRegime } from '../model/regime';
import { button, el } from './dom';

/** Shows a link's rules and calls `play` once the player has read them and chosen to play. */
export function mountRulesIntro(root: HTMLElement, m: Messages, regime: NamedRegime, play: () => void): void {
  const page = document.documentElement;
  page.lang = m.lang;
  page.dir = m.dir;
  document.title = m.ui.game_title;
  const preset = closestPreset(regime);
  const words = describeRules(regime, preset);
  const heading = el('h1', { tabindex: '-1' }, format(m, m.rules_words.heading, { name: isolateName(regime.name) }));
  root.replaceChildren(
    el(
      'main',
      { class: 'teacher rules-intro', 'data-testid': 'rules-intro' },
      heading,
      el('p', {}, m.ui.rules_intro_note),
      el('p', {}, format(m, m.ui.rules_intro_compared, { regime: m.regimes[preset.id]?.name ?? preset.id })),
      el(
        'ul',
        { class: 'rules-words' },
        ...words.map((word) => el('li', { 'data-field': word.field }, ruleWordText(m, word))),
      ),
      button({ class: 'primary' }, m.ui.rules_intro_play, play),
    ),
  );
  heading.focus();
}
