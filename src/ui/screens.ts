// The title and ending screens, and the notice banner that reports saves and storage problems.
// Imports app types and the message tables.

import { problemText } from '../app/rules-words';
import type { Notice, View } from '../app/view';
import type { Debrief } from '../debrief/debrief';
import { format, type Messages } from '../i18n/messages';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import type { DebriefActions } from './debrief-view';
import { painted } from '../platform/after-paint';
import { button, el } from './dom';
import { renderLedgerItem } from './hud';

export interface ScreenActions extends DebriefActions {
  /** At a kiosk, the ending offers to make room for the next visitor instead of the title. */
  endVisit?(): void;
  newGame(): void;
  setLanguage(lang: Language): void;
  resume(): void;
  toTitle(): void;
  debrief(): Promise<Debrief | null>;
}

/**
 * The debrief replays the playthrough under every preset, which takes a moment on a slow machine,
 * so the ending paints first and the debrief fills its place on the next turn.
 */
function debriefSlot(m: Messages, actions: ScreenActions): HTMLElement {
  const slot = el(
    'div',
    { class: 'debrief-slot', 'data-testid': 'debrief', 'aria-busy': 'true' },
    el('p', {}, m.debrief.preparing),
  );
  void painted().then(async () => {
    if (!slot.isConnected) return;
    try {
      const [debrief, { renderDebrief }, texts] = await Promise.all([
        actions.debrief(),
        import('./debrief-view'),
        DEBRIEF_TEXTS[m.lang](),
      ]);
      slot.replaceChildren(debrief ? renderDebrief(m, texts, debrief, actions) : '');
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      slot.replaceChildren(el('p', { class: 'notice', role: 'alert' }, format(m, m.debrief.unavailable, { problem })));
    }
    slot.setAttribute('aria-busy', 'false');
    slot.dataset.ready = 'true';
  });
  return slot;
}

/**
 * `classServer` resolves to true when the page came from the class server and it answers: then the
 * title offers a live class session.
 */
export function renderTitle(
  m: Messages,
  view: Extract<View, { screen: 'title' }>,
  actions: ScreenActions,
  classServer?: Promise<boolean>,
): HTMLElement {
  const live = el('div', {});
  void classServer?.then((up) => {
    if (up) {
      live.className = 'title-actions';
      live.append(
        el(
          'a',
          { href: `?mode=live&lang=${m.lang}`, class: 'button-link secondary', 'data-testid': 'run-class' },
          m.live.run_class,
        ),
      );
    }
  });
  const resume =
    view.resume &&
    button(
      { class: 'primary', 'data-testid': 'resume' },
      el(
        'span',
        { class: 'stacked' },
        m.ui.resume,
        el('small', {}, format(m, m.ui.resume_detail, { chapter: view.resume.chapter, score: view.resume.score })),
      ),
      actions.resume,
    );
  return el(
    'section',
    { class: 'title-screen', 'aria-labelledby': 'game-title' },
    el('h1', { id: 'game-title', tabindex: '-1' }, m.ui.game_title),
    el('p', { class: 'tagline' }, m.ui.tagline),
    el('p', { class: 'content-note' }, m.ui.content_note),
    el(
      'div',
      { class: 'title-actions' },
      resume,
      button({ class: resume ? 'secondary' : 'primary', 'data-testid': 'start' }, m.ui.new_game, actions.newGame),
    ),
    live,
    el(
      'nav',
      { class: 'languages', 'aria-label': m.ui.language },
      ...LANGUAGES.map((lang) =>
        button(
          {
            class: 'secondary',
            lang,
            dir: LANGUAGE_NAMES[lang].dir,
            'aria-pressed': String(lang === m.lang),
            'data-testid': `lang-${lang}`,
          },
          LANGUAGE_NAMES[lang].name,
          () => actions.setLanguage(lang),
        ),
      ),
    ),
  );
}

export function renderEnding(
  m: Messages,
  view: Extract<View, { screen: 'ending' }>,
  actions: ScreenActions,
): HTMLElement {
  const ledger = view.ledger;
  return el(
    'section',
    {
      class: 'ending-screen',
      'data-testid': 'ending',
      'data-ending': view.ending,
      'aria-labelledby': 'ending-heading',
    },
    el('h2', { id: 'ending-heading', tabindex: '-1' }, m.ui.ending_heading),
    el(
      'p',
      { class: 'ending-name' },
      el('span', { class: 'hud-label' }, m.ui.ending_names_heading),
      ' ',
      el('strong', {}, m.endings[view.ending] ?? view.ending),
    ),
    el('h3', {}, m.ui.ledger_heading),
    ledger.length === 0
      ? el('p', {}, m.ui.ledger_empty)
      : el('ol', { class: 'ledger' }, ...ledger.map((entry) => renderLedgerItem(m, entry))),
    el(
      'p',
      { class: 'ledger-total' },
      format(m, m.ui.ledger_total, { start: view.start, end: view.hud.score, tier: m.tiers[view.hud.tier] }),
    ),
    el(
      'div',
      { class: 'title-actions' },
      actions.endVisit && button({ class: 'primary', 'data-testid': 'end-visit' }, m.kiosk.finish, actions.endVisit),
      button(
        { class: actions.endVisit ? 'secondary' : 'primary', 'data-testid': 'play-again' },
        m.ui.play_again,
        actions.newGame,
      ),
      !actions.endVisit && button({ class: 'secondary' }, m.ui.to_title, actions.toTitle),
    ),
    debriefSlot(m, actions),
  );
}

/** A hostile link can carry hundreds of problems; the first few say what is wrong. */
const MAX_PROBLEMS_SHOWN = 5;

type NoticeOf<K extends Notice['key']> = Extract<Notice, { key: K }>;

const NOTICE_TEXT: { [K in Notice['key']]: (m: Messages, notice: NoticeOf<K>) => string } = {
  save_set_aside: (m, n) => format(m, m.ui.save_set_aside, { problem: m.save_problems[n.problem] }),
  storage_unavailable: (m) => m.ui.storage_unavailable,
  story_broken: (m, n) => format(m, m.ui.story_broken, { problem: n.problem }),
  link_ignored: (m, n) => format(m, m.ui.link_ignored, { param: n.param, value: n.value }),
  rules_link_refused: (m, n) =>
    format(m, m.ui.rules_link_refused, {
      regime: m.regimes[n.regime]?.name ?? n.regime,
      problems: n.problems
        .slice(0, MAX_PROBLEMS_SHOWN)
        .map((problem) => problemText(m, problem))
        .join('; '),
    }),
  saved_to_slot: (m, n) => format(m, m.ui.saved_to_slot, { slot: n.slot }),
  loaded_from_slot: (m, n) => format(m, m.ui.loaded_from_slot, { slot: n.slot }),
  slot_unreadable: (m, n) => format(m, m.ui.slot_problem, { slot: n.slot, problem: m.save_problems[n.problem] }),
  imported: (m) => m.ui.imported,
  import_failed: (m, n) => format(m, m.ui.import_failed, { problem: m.save_problems[n.problem] }),
};

/** Good news is a status; anything the player must act on is an alert. */
const GOOD_NEWS: ReadonlySet<Notice['key']> = new Set(['saved_to_slot', 'loaded_from_slot', 'imported']);

export function renderNotice(m: Messages, notice: Notice): HTMLElement {
  const text = (NOTICE_TEXT[notice.key] as (m: Messages, n: Notice) => string)(m, notice);
  const calm = GOOD_NEWS.has(notice.key);
  return el(
    'p',
    { class: calm ? 'notice calm' : 'notice', role: calm ? 'status' : 'alert', 'data-testid': 'notice' },
    text,
  );
}
