// The menu, reachable from every screen (button or Escape): settings applied as they change,
// three save slots, export and import, take back a choice, back to the title. At a kiosk only the
// settings and "end my visit": nothing is saved, nothing leaves. Imports app types.

import { MAX_SAVE_BYTES } from '../app/save';
import type { SlotInfo } from '../app/save-keeper';
import type { Session } from '../app/session';
import type { View } from '../app/view';
import { FONTS, PACINGS, TEXT_SIZES, THEMES, type Settings } from '../app/settings';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';
import { format, type Messages } from '../i18n/messages';
import { button, downloadFile, el } from './dom';

export interface Menu {
  /** The button that opens it, for the page's top bar. */
  opener: HTMLButtonElement;
  /** Where the dialog is put once it is first opened. */
  host: HTMLElement;
  isOpen(): boolean;
  /** Where notices go while the menu is open, since the page behind it is inert. */
  notices: HTMLElement;
  update(view: View): void;
  toggle(): void;
}

type Choice<T> = { value: T; label: string | Node };

function radioGroup<K extends keyof Settings>(
  name: K,
  legend: string,
  options: Choice<Settings[K]>[],
  change: (value: Settings[K]) => void,
): { element: HTMLElement; set(value: Settings[K]): void } {
  const inputs = options.map(({ value, label }) => {
    const input = el('input', {
      type: 'radio',
      name: `setting-${name}`,
      value: String(value),
      'data-focus': `${name}-${value}`,
    });
    input.addEventListener('change', () => change(value));
    return { input, value, label: el('label', { class: 'option' }, input, ' ', label) };
  });
  return {
    element: el('fieldset', { class: 'setting' }, el('legend', {}, legend), ...inputs.map((i) => i.label)),
    set: (value) => inputs.forEach((i) => (i.input.checked = i.value === value)),
  };
}

function checkbox(
  name: keyof Settings,
  label: string,
  change: (checked: boolean) => void,
): { element: HTMLElement; set(value: boolean): void } {
  const input = el('input', { type: 'checkbox', name: `setting-${name}`, 'data-focus': name });
  input.addEventListener('change', () => change(input.checked));
  return {
    element: el('label', { class: 'option setting' }, input, ' ', label),
    set: (value) => (input.checked = value),
  };
}

/** A part of the menu: its element, and how it shows the latest view. */
interface MenuSection {
  element: HTMLElement;
  apply(view: View): void;
}

/** The settings, applied as they change; at a kiosk without the language, chosen at the start. */
function settingsSection(m: Messages, session: Session, kiosk: boolean): MenuSection {
  const set = (patch: Partial<Settings>) => session.changeSettings(patch);
  const textSize = radioGroup(
    'textSize',
    m.ui.text_size,
    TEXT_SIZES.map((size) => ({ value: size, label: format(m, m.ui.text_size_value, { size }) })),
    (textSize) => set({ textSize }),
  );
  const theme = radioGroup(
    'theme',
    m.ui.theme,
    THEMES.map((value) => ({ value, label: m.ui[`theme_${value}`] })),
    (value) => set({ theme: value }),
  );
  const pacing = radioGroup(
    'pacing',
    m.ui.pacing,
    PACINGS.map((value) => ({ value, label: m.ui[`pacing_${value}`] })),
    (value) => set({ pacing: value }),
  );
  const font = radioGroup(
    'font',
    m.ui.font,
    FONTS.map((value) => ({ value, label: m.ui[`font_${value}`] })),
    (value) => set({ font: value }),
  );
  const language = radioGroup(
    'lang',
    m.ui.language,
    LANGUAGES.map((value) => ({
      value,
      label: el('span', { lang: value, dir: LANGUAGE_NAMES[value].dir }, LANGUAGE_NAMES[value].name),
    })),
    (value) => set({ lang: value }),
  );
  const motion = checkbox('reducedMotion', m.ui.reduced_motion, (reducedMotion) => set({ reducedMotion }));
  const muted = checkbox('muted', m.ui.muted, (value) => set({ muted: value }));
  const volume = el('input', {
    type: 'range',
    min: '0',
    max: '100',
    step: '10',
    id: 'setting-volume',
    'data-focus': 'volume',
  });
  volume.addEventListener('change', () => set({ volume: Number(volume.value) }));
  return {
    element: el(
      'section',
      { 'aria-labelledby': 'settings-heading' },
      el('h3', { id: 'settings-heading' }, m.ui.settings_heading),
      !kiosk && language.element,
      textSize.element,
      theme.element,
      pacing.element,
      font.element,
      motion.element,
      el('div', { class: 'setting' }, el('label', { class: 'option', for: 'setting-volume' }, m.ui.volume), volume),
      muted.element,
    ),
    apply({ settings }) {
      language.set(settings.lang);
      textSize.set(settings.textSize);
      theme.set(settings.theme);
      pacing.set(settings.pacing);
      font.set(settings.font);
      motion.set(settings.reducedMotion);
      muted.set(settings.muted);
      volume.value = String(settings.volume);
    },
  };
}

/**
 * The three slots, take back, export and import. `leaveOnceOpened` is called just before a load or an
 * import: the menu closes if a game opens from it, now or once the story engine has arrived, and
 * stays open with the reason if it was refused.
 */
function savesSection(
  m: Messages,
  session: Session,
  leaveOnceOpened: () => void,
): MenuSection & { renderSlots(): void } {
  const slots = el('ul', { class: 'slots' });
  const takeBack = button(
    { class: 'secondary', 'data-testid': 'take-back', 'data-focus': 'take-back' },
    m.ui.take_back,
    () => session.takeBack(),
  );
  const exporter = button(
    { class: 'secondary', 'data-testid': 'export', 'data-focus': 'export' },
    m.ui.export_save,
    () => void session.exportSave().then((file) => file && downloadFile(file)),
  );
  const importer = el('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'import-save',
    'data-testid': 'import',
  });
  importer.addEventListener('change', async () => {
    const file = importer.files?.[0];
    importer.value = '';
    if (!file) return;
    // Reading one byte past the limit is enough to know a file is too large.
    const text = await file.slice(0, MAX_SAVE_BYTES + 1).text();
    leaveOnceOpened();
    session.importSave(text);
  });

  const slotText = (info: SlotInfo): string => {
    if (info.state === 'empty') return m.ui.slot_empty;
    if (info.state === 'unreadable') return format(m, m.ui.slot_unreadable, { problem: m.save_problems[info.problem] });
    const time = new Intl.DateTimeFormat(m.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(info.savedAt),
    );
    return format(m, m.ui.slot_saved, { chapter: info.chapter, score: info.score, time });
  };

  let playing = false;
  const renderSlots = () => {
    slots.replaceChildren(
      ...session.slots().map((info) =>
        el(
          'li',
          { class: 'slot', 'data-testid': `slot-${info.slot}` },
          el('span', { class: 'slot-name' }, format(m, m.ui.slot_label, { slot: info.slot })),
          ' ',
          el('span', { class: 'slot-detail' }, slotText(info)),
          el(
            'span',
            { class: 'slot-actions' },
            playing &&
              button({ class: 'secondary', 'data-focus': `save-${info.slot}` }, m.ui.save_here, () =>
                session.saveToSlot(info.slot),
              ),
            info.state === 'saved' &&
              button({ class: 'secondary', 'data-focus': `load-${info.slot}` }, m.ui.load, () => {
                leaveOnceOpened();
                session.loadFromSlot(info.slot);
              }),
          ),
        ),
      ),
    );
  };
  return {
    element: el(
      'section',
      { 'aria-labelledby': 'saves-heading' },
      el('h3', { id: 'saves-heading' }, m.ui.saves_heading),
      slots,
      el('div', { class: 'menu-actions' }, takeBack, exporter),
      el('label', { class: 'option', for: 'import-save' }, m.ui.import_save),
      importer,
    ),
    renderSlots,
    apply(view) {
      playing = view.screen !== 'title';
      takeBack.disabled = !view.canTakeBack;
      exporter.disabled = !playing;
    },
  };
}

export function createMenu(m: Messages, session: Session, kiosk?: { endVisit(): void }): Menu {
  const notices = el('div', { class: 'notices' });
  const host = el('div', { class: 'menu-host' });
  let latest: View | null = null;
  let built: ReturnType<typeof build> | null = null;
  const beatOf = (view: View | null) => (view && view.screen !== 'title' ? view.id : null);
  /** The beat on screen when a load or an import was asked for, until a game opens or a notice says why not. */
  let leavingFrom: { beat: number | null } | null = null;

  // The dialog and its controls are made the first time the menu opens, not before the first words.
  function build() {
    const settings = settingsSection(m, session, Boolean(kiosk));
    const saves = kiosk ? null : savesSection(m, session, () => (leavingFrom = { beat: beatOf(latest) }));
    const toTitle = kiosk
      ? button(
          { class: 'secondary', 'data-focus': 'end-visit', 'data-testid': 'menu-end-visit' },
          m.kiosk.end_visit,
          () => {
            dialog.close();
            kiosk.endVisit();
          },
        )
      : button({ class: 'secondary', 'data-focus': 'to-title' }, m.ui.to_title, () => {
          dialog.close();
          session.toTitle();
        });
    const close = button({ class: 'primary', 'data-focus': 'close' }, m.ui.close, () => dialog.close());
    const dialog = el(
      'dialog',
      { class: 'menu', 'data-testid': 'menu-dialog', 'aria-labelledby': 'menu-heading' },
      el('h2', { id: 'menu-heading' }, m.ui.menu_heading),
      notices,
      settings.element,
      saves?.element,
      el('div', { class: 'menu-actions' }, toTitle, close),
    );
    const renderSlots = () => saves?.renderSlots();
    const apply = (view: View) => {
      settings.apply(view);
      saves?.apply(view);
      if (!dialog.open) return;
      // Re-rendering the slots must not drop the focus the player is on.
      const focused = (document.activeElement as HTMLElement | null)?.dataset.focus;
      renderSlots();
      if (focused) dialog.querySelector<HTMLElement>(`[data-focus="${focused}"]`)?.focus();
    };
    host.append(dialog);
    return { dialog, renderSlots, apply };
  }

  const made = () => {
    if (!built) {
      built = build();
      if (latest) built.apply(latest);
    }
    return built;
  };
  const opener = button(
    { class: 'menu-button', 'data-testid': 'menu', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Escape' },
    m.ui.menu,
    () => toggle(),
  );
  const toggle = () => {
    const { dialog, renderSlots } = made();
    if (dialog.open) return dialog.close();
    renderSlots();
    dialog.showModal();
  };

  return {
    opener,
    host,
    notices,
    toggle,
    isOpen: () => built?.dialog.open ?? false,
    update(view) {
      latest = view;
      built?.apply(view);
      if (!leavingFrom) return;
      const opened = view.screen !== 'title' && view.id !== leavingFrom.beat;
      if (opened) built?.dialog.close();
      if (opened || view.notices.length > 0) leavingFrom = null;
    },
  };
}
