// The kiosk's own screens: the attract loop's words, the language picker, the "are you still
// there?" warning, the PIN pad and the curator's screen. Words only; the kiosk wires them. Imports app types.

import type { ConfigProblem, KioskConfig } from '../kiosk/config';
import { percentOf, type TallyRow } from '../kiosk/tally';
import { LANGUAGE_NAMES, type Language } from '../i18n/languages';
import { format, type Messages } from '../i18n/messages';
import { button, el, table } from './dom';

/** Each offered language has the attract screen to itself for this long. */
export const ATTRACT_CYCLE_MS = 3500;
/** Holding the attract screen's corner this long asks for the PIN. */
export const ADMIN_HOLD_MS = 3000;

const inLanguage = (m: Messages) => ({ lang: m.lang, dir: m.dir });

const problemText = (m: Messages, problem: ConfigProblem) =>
  problem.key === 'config_field'
    ? format(m, m.kiosk.config_field, { field: problem.field, value: problem.value })
    : m.kiosk[problem.key];

/**
 * The whole screen is one button, touched anywhere to begin; its words turn through the offered
 * languages. Holding the corner for three seconds asks for the PIN instead; a short touch there begins.
 */
export function renderAttract(
  tables: readonly Messages[],
  actions: { begin(): void; admin(): void },
  problems: readonly ConfigProblem[] = [],
): { element: HTMLElement; stop(): void } {
  const words = el('span', { class: 'attract-words' });
  const show = (m: Messages) =>
    words.replaceChildren(
      el(
        'span',
        { class: 'attract-block', ...inLanguage(m) },
        el('span', { class: 'attract-title' }, m.ui.game_title),
        el('span', { class: 'attract-line' }, m.kiosk.attract_line),
        el('span', { class: 'attract-prompt', 'data-testid': 'attract-prompt' }, m.kiosk.touch_to_begin),
      ),
    );
  let turn = 0;
  show(tables[0]);
  const cycling =
    tables.length > 1
      ? setInterval(() => {
          turn = (turn + 1) % tables.length;
          show(tables[turn]);
        }, ATTRACT_CYCLE_MS)
      : undefined;

  const begin = button({ class: 'attract-begin', 'data-testid': 'attract' }, words, actions.begin);
  const corner = el('div', { class: 'admin-corner', 'data-testid': 'admin-corner' });
  let holding: ReturnType<typeof setTimeout> | undefined;
  corner.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    holding = setTimeout(() => {
      holding = undefined;
      actions.admin();
    }, ADMIN_HOLD_MS);
  });
  const release = (begins: boolean) => () => {
    if (holding === undefined) return;
    clearTimeout(holding);
    holding = undefined;
    if (begins) actions.begin();
  };
  corner.addEventListener('pointerup', release(true));
  corner.addEventListener('pointercancel', release(false));
  corner.addEventListener('pointerleave', release(false));

  return {
    element: el(
      'section',
      { class: 'kiosk-attract' },
      begin,
      corner,
      ...problems.map((problem) =>
        el('p', { class: 'attract-problem', 'data-testid': 'config-problem' }, problemText(tables[0], problem)),
      ),
    ),
    stop() {
      clearInterval(cycling);
      clearTimeout(holding);
    },
  };
}

export function renderLanguagePicker(tables: readonly Messages[], choose: (lang: Language) => void): HTMLElement {
  return el(
    'section',
    { class: 'kiosk-languages', 'data-testid': 'language-picker', 'aria-labelledby': 'choose-language' },
    el(
      'h1',
      { id: 'choose-language', tabindex: '-1' },
      ...tables.map((m) => el('span', { class: 'stacked-line', ...inLanguage(m) }, m.kiosk.choose_language)),
    ),
    el(
      'div',
      { class: 'kiosk-language-buttons' },
      ...tables.map((m) =>
        button(
          {
            class: 'primary kiosk-big',
            lang: m.lang,
            dir: LANGUAGE_NAMES[m.lang].dir,
            'data-testid': `kiosk-lang-${m.lang}`,
          },
          LANGUAGE_NAMES[m.lang].name,
          () => choose(m.lang),
        ),
      ),
    ),
  );
}

/** The warning lives in its own modal dialog, above the story and the menu alike. */
export function createIdleWarning(host: HTMLElement): {
  open(m: Messages, seconds: number, stay: () => void): void;
  update(seconds: number): void;
  close(): void;
} {
  let dialog: HTMLDialogElement | null = null;
  let body: HTMLElement | null = null;
  let count: HTMLElement | null = null;
  let messages: Messages | null = null;
  const close = () => {
    dialog?.close();
    dialog?.remove();
    dialog = body = count = messages = null;
  };
  const update = (seconds: number) => {
    if (!messages || !body || !count) return;
    count.textContent = format(messages, '{n}', { n: seconds });
    body.textContent = format(messages, messages.kiosk.still_there_body, { seconds });
  };
  return {
    open(m, seconds, stay) {
      close();
      messages = m;
      body = el('p', { id: 'idle-body' });
      count = el('p', { class: 'idle-count', 'data-testid': 'idle-countdown', 'aria-hidden': 'true' });
      dialog = el(
        'dialog',
        {
          class: 'idle-warning',
          'data-testid': 'idle-warning',
          role: 'alertdialog',
          'aria-labelledby': 'idle-heading',
          'aria-describedby': 'idle-body',
          ...inLanguage(m),
        },
        el('h2', { id: 'idle-heading' }, m.kiosk.still_there_heading),
        count,
        body,
        button({ class: 'primary kiosk-big', 'data-testid': 'still-here' }, m.kiosk.still_here, stay),
      );
      update(seconds);
      host.append(dialog);
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-testid="still-here"]')?.focus();
    },
    update,
    close,
  };
}

export type PinAnswer = 'open' | 'wrong' | 'locked';

export function renderPinPad(m: Messages, actions: { try(pin: string): PinAnswer; cancel(): void }): HTMLElement {
  let pin = '';
  const entered = el('p', { class: 'pin-entered', 'data-testid': 'pin-entered', 'aria-live': 'polite' });
  const problem = el('p', { class: 'notice', role: 'alert', hidden: '' });
  const show = () => {
    entered.textContent = `${'•'.repeat(pin.length)} ${format(m, m.kiosk.pin_entered, { count: pin.length })}`;
  };
  show();
  const digit = (d: number) =>
    button({ class: 'secondary pin-key', 'data-testid': `pin-${d}` }, format(m, '{d}', { d }), () => {
      if (pin.length < 12) pin += String(d);
      show();
    });
  return el(
    'section',
    { class: 'kiosk-pin', 'data-testid': 'pin-pad', 'aria-labelledby': 'pin-heading' },
    el('h1', { id: 'pin-heading', tabindex: '-1' }, m.kiosk.pin_heading),
    entered,
    problem,
    el('div', { class: 'pin-keys', dir: 'ltr' }, ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 0].map(digit)),
    el(
      'div',
      { class: 'title-actions' },
      button({ class: 'primary', 'data-testid': 'pin-open' }, m.kiosk.pin_enter, () => {
        const answer = actions.try(pin);
        pin = '';
        show();
        if (answer === 'open') return;
        problem.hidden = false;
        problem.textContent = answer === 'locked' ? m.kiosk.pin_locked : m.kiosk.pin_wrong;
      }),
      button({ class: 'secondary' }, m.kiosk.pin_clear, () => {
        pin = '';
        show();
      }),
      button({ class: 'secondary', 'data-testid': 'pin-cancel' }, m.kiosk.pin_cancel, actions.cancel),
    ),
  );
}

export interface AdminFacts {
  config: KioskConfig;
  problems: readonly ConfigProblem[];
  rows: readonly TallyRow[];
  /** Whether the counts are kept on the device across restarts. */
  lasting: boolean;
}

/** `said` is a line to show at once, such as what the last action did. */
export function renderAdmin(
  m: Messages,
  facts: AdminFacts,
  actions: { exportCsv(): string; erase(): void; close(): void },
  said?: string,
): HTMLElement {
  const { config } = facts;
  const note = el('div', { role: 'status', 'data-testid': 'admin-note' });
  const tell = (words: string) => note.replaceChildren(el('p', { class: 'notice calm' }, words));
  const totals = new Map<string, number>();
  for (const row of facts.rows) totals.set(row.poll, (totals.get(row.poll) ?? 0) + row.count);
  const rows = [...facts.rows].sort((a, b) => a.poll.localeCompare(b.poll) || b.count - a.count);
  if (said) tell(said);
  let confirming = false;
  const erase = button({ class: 'secondary', 'data-testid': 'erase-counts' }, m.kiosk.reset_counts, () => {
    if (!confirming) {
      confirming = true;
      erase.textContent = m.kiosk.reset_confirm;
      return;
    }
    actions.erase();
  });
  return el(
    'section',
    { class: 'kiosk-admin', 'data-testid': 'admin', 'aria-labelledby': 'admin-heading' },
    el('h1', { id: 'admin-heading', tabindex: '-1' }, m.kiosk.admin_heading),
    note,
    el('h2', {}, m.kiosk.config_heading),
    el(
      'ul',
      { class: 'admin-facts' },
      el('li', {}, format(m, m.kiosk.config_times, { idle: config.idleSeconds, warning: config.warningSeconds })),
      el(
        'li',
        {},
        format(m, m.kiosk.config_languages, {
          languages: config.languages.map((lang) => LANGUAGE_NAMES[lang].name).join(', '),
        }),
      ),
      el(
        'li',
        {},
        format(m, m.kiosk.config_story, {
          length: m.kiosk[`length_${config.length}`],
          regime: m.regimes[config.regime]?.name ?? config.regime,
        }),
      ),
      el('li', {}, config.showStatistics ? m.kiosk.config_statistics_on : m.kiosk.config_statistics_off),
      ...facts.problems.map((problem) =>
        el('li', { class: 'down', 'data-testid': 'config-problem' }, problemText(m, problem)),
      ),
    ),
    el('h2', {}, m.kiosk.counts_heading),
    !facts.lasting && el('p', { class: 'down' }, m.kiosk.counts_not_kept),
    rows.length === 0
      ? el('p', {}, m.kiosk.counts_empty)
      : table(
          null,
          [m.kiosk.col_poll, m.kiosk.col_option, m.kiosk.col_visitors, m.kiosk.col_share],
          rows.map((row) => ({
            cells: [
              m.polls[row.poll] ?? row.poll,
              row.text,
              format(m, '{n}', { n: row.count }),
              `${format(m, '{n}', { n: percentOf({ same: row.count, visitors: totals.get(row.poll) ?? 0 }) })}%`,
            ],
          })),
        ),
    el(
      'div',
      { class: 'title-actions' },
      button({ class: 'primary', 'data-testid': 'export-csv' }, m.kiosk.export_csv, () => {
        tell(format(m, m.kiosk.exported, { name: actions.exportCsv() }));
      }),
      erase,
      button({ class: 'secondary', 'data-testid': 'close-admin' }, m.kiosk.close_admin, actions.close),
    ),
  );
}
