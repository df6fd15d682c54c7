// The rules workshop (?mode=rules): a class edits a rule set, starting from a preset, in the rules form
// (rules-form.ts), with a live preview beside the preset's, and shares, saves or plays it. User text only
// ever goes in as textContent. Imports the model, i18n, the rules' words, the form, the preview and DOM helpers.

import { checkRegime, ruleSetOf, type RegimeCheck } from '../model/regime-check';
import { NAME_MAX_LENGTH, type NamedRegime, type Regime } from '../model/regime';
import { LENGTH_VARIABLES, type StoryLength } from '../narrative/opening';
import { closestPreset, describeRules, isolateName, problemText, ruleWordText } from '../app/rules-words';
import { format, type Messages } from '../i18n/messages';
import { button, el } from './dom';
import { createRulesForm, type Draft } from './rules-form';
import { createWorkshopPreview } from './rules-preview';

export interface WorkshopOptions {
  /** The compiled story the game plays, for the preview's worker. */
  story: string;
  presets: readonly Regime[];
  /** The preset the page opens on. */
  start: Regime;
  /** Rules the page was opened with (a link's `#rules=…`), edited instead of the preset's when they are good. */
  opened?: RegimeCheck;
  /** The whole link that opens the game under these rules. */
  shareLink: (regime: NamedRegime) => string;
  copy: (text: string) => Promise<void>;
  rulesFile: (regime: NamedRegime) => { name: string; text: string };
  download: (file: { name: string; text: string }) => void;
  readRulesFile: (text: string) => RegimeCheck;
  play: (regime: NamedRegime) => void;
  /** How long the preview waits after the last change before playing (ms). */
  debounceMs?: number;
}

/** A rule set's name as the workshop shows it: its own, or its preset's in this language. */
const presetName = (m: Messages, regime: Regime) => regime.name ?? m.regimes[regime.id]?.name ?? regime.id;

/** A fresh draft of a preset's rules, named after it. */
function draftOf(m: Messages, preset: Regime): Draft {
  const name = format(m, m.workshop.default_name, { preset: presetName(m, preset) }).slice(0, NAME_MAX_LENGTH);
  return structuredClone(ruleSetOf({ ...preset, name }));
}

/** A hidden file input, opened by a button, that hands over the text of the file picked. */
function filePicker(read: (text: string) => void): HTMLInputElement {
  const picker = el('input', {
    type: 'file',
    accept: '.json,application/json',
    tabindex: '-1',
    'aria-hidden': 'true',
    class: 'visually-hidden',
    'data-testid': 'workshop-file',
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      picker.value = '';
      read(text);
    });
  });
  return picker;
}

/** The workshop's buttons: play, share as a link, download or open a rules file. */
function renderActions(
  m: Messages,
  options: WorkshopOptions,
  workshop: { rules(): RegimeCheck; say(text: string): void; openRules(read: RegimeCheck): void },
): { actions: HTMLElement; shareOut: HTMLInputElement } {
  const w = m.workshop;
  /** Runs an action on the checked rules, or says why it cannot. */
  const withRules = (action: (regime: NamedRegime) => void) => () => {
    const checked = workshop.rules();
    if (checked.ok) action(checked.regime);
    else workshop.say(w.fix_first);
  };
  const picker = filePicker((text) => workshop.openRules(options.readRulesFile(text)));
  const shareOut = el('input', {
    type: 'text',
    readonly: '',
    class: 'share-link',
    'aria-label': w.share_link_label,
    'data-testid': 'workshop-link',
    hidden: '',
  });
  const actions = el(
    'div',
    { class: 'title-actions workshop-actions' },
    button({ class: 'primary', 'data-testid': 'workshop-play' }, w.play, withRules(options.play)),
    button(
      { class: 'secondary', 'data-testid': 'workshop-share' },
      w.share,
      withRules((regime) => {
        const link = options.shareLink(regime);
        options.copy(link).then(
          () => workshop.say(w.share_copied),
          () => workshop.say(format(m, w.share_manual, { link })),
        );
        shareOut.value = link;
        shareOut.hidden = false;
      }),
    ),
    button(
      { class: 'secondary', 'data-testid': 'workshop-download' },
      w.download,
      withRules((regime) => options.download(options.rulesFile(regime))),
    ),
    button({ class: 'secondary', 'data-testid': 'workshop-open' }, w.open, () => picker.click()),
    picker,
  );
  return { actions, shareOut };
}

/** Where everything goes: the start row and actions above, the form beside the preview. */
function renderPage(
  m: Messages,
  parts: Record<
    'presetSelect' | 'actions' | 'shareOut' | 'status' | 'problems' | 'form' | 'changes' | 'lengthSelect' | 'preview',
    HTMLElement
  > & { reset(): void },
): HTMLElement {
  const w = m.workshop;
  return el(
    'main',
    { class: 'workshop' },
    el('h1', {}, w.heading),
    el('p', {}, w.intro),
    el(
      'div',
      { class: 'workshop-start' },
      el('label', { for: 'workshop-preset' }, w.start_from),
      parts.presetSelect,
      button({ class: 'secondary', 'data-testid': 'workshop-reset' }, w.reset, parts.reset),
      el('a', { href: '?mode=teacher', class: 'secondary button-link' }, w.back_to_teacher),
    ),
    parts.actions,
    parts.shareOut,
    parts.status,
    parts.problems,
    el(
      'div',
      { class: 'workshop-columns' },
      parts.form,
      el(
        'aside',
        { class: 'workshop-preview', 'aria-labelledby': 'preview-heading' },
        el('h2', { id: 'preview-heading' }, w.preview_heading),
        el('p', { class: 'hint' }, w.preview_hint),
        el('h3', {}, w.changes_heading),
        parts.changes,
        el('label', { for: 'workshop-length' }, w.length_label),
        parts.lengthSelect,
        parts.preview,
      ),
    ),
  );
}

export function mountRulesWorkshop(root: HTMLElement, m: Messages, options: WorkshopOptions): () => void {
  const w = m.workshop;
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = `${w.heading} · ${m.ui.game_title}`;
  root.dataset.screen = 'workshop';

  let preset = options.start;
  let draft = draftOf(m, preset);
  let length: StoryLength = 'short';
  let checked: RegimeCheck = checkRegime(draft);

  const status = el('p', { class: 'workshop-status', role: 'status', 'data-testid': 'workshop-status' });
  const problems = el('div', { class: 'workshop-problems', 'data-testid': 'workshop-problems' });
  const preview = createWorkshopPreview(m, options.story, options.debounceMs ?? 300, () => ({
    // The class's name, isolated so an English name reads whole in an Arabic line.
    draft: isolateName(checked.ok ? checked.regime.name : draft.name),
    preset: presetName(m, preset),
  }));
  const askPreset = () => preview.askPreset(preset, length);
  const askDraft = () => preview.askDraft(checked, length);
  const form = createRulesForm(m, () => changed());
  /** The draft in plain words: what differs from the preset it started from. */
  const changes = el('ul', { class: 'workshop-changes', 'data-testid': 'workshop-changes' });

  /** Checks the draft with the model's validator and puts each problem next to the field it names. */
  const check = () => {
    checked = checkRegime(draft);
    const found = checked.ok ? [] : checked.problems;
    form.show(found);
    problems.replaceChildren(
      ...(found.length
        ? [
            el('p', {}, format(m, w.problems_count, { count: found.length })),
            el('ul', {}, ...found.map((p) => el('li', {}, problemText(m, p)))),
          ]
        : []),
    );
    changes.replaceChildren(
      ...(checked.ok ? describeRules(checked.regime, preset).map((word) => el('li', {}, ruleWordText(m, word))) : []),
    );
  };
  const changed = () => {
    check();
    askDraft();
  };

  /** Starts editing `nextDraft` beside `nextPreset`: a preset picked, reset, or rules opened. */
  const begin = (nextPreset: Regime, nextDraft: Draft) => {
    preset = nextPreset;
    draft = nextDraft;
    presetSelect.value = preset.id;
    form.build(draft);
    check();
    askPreset();
    askDraft();
  };
  const startFrom = (next: Regime) => begin(next, draftOf(m, next));

  const presetSelect = el('select', { id: 'workshop-preset', 'data-testid': 'workshop-preset' });
  for (const regime of options.presets) presetSelect.append(el('option', { value: regime.id }, presetName(m, regime)));
  presetSelect.addEventListener('change', () =>
    startFrom(options.presets.find((r) => r.id === presetSelect.value) ?? preset),
  );

  const lengthSelect = el('select', { id: 'workshop-length', 'data-testid': 'workshop-length' });
  for (const value of Object.keys(LENGTH_VARIABLES) as StoryLength[])
    lengthSelect.append(el('option', { value }, w.lengths[value]));
  lengthSelect.value = length;
  lengthSelect.addEventListener('change', () => {
    length = lengthSelect.value as StoryLength;
    askPreset();
    askDraft();
  });

  /** Opens rules from a file or a link: all of them, beside the preset they differ least from, or nothing at all. */
  const openRules = (read: RegimeCheck) => {
    if (!read.ok) {
      status.textContent = format(m, w.open_refused, {
        problems: read.problems.map((p) => problemText(m, p)).join(' '),
      });
      return;
    }
    begin(closestPreset(read.regime), structuredClone(ruleSetOf(read.regime)));
    status.textContent = format(m, w.opened, { name: isolateName(read.regime.name) });
  };
  const { actions, shareOut } = renderActions(m, options, {
    rules: () => checked,
    say: (text) => (status.textContent = text),
    openRules,
  });

  root.replaceChildren(
    renderPage(m, {
      presetSelect,
      reset: () => startFrom(preset),
      actions,
      shareOut,
      status,
      problems,
      form: form.element,
      changes,
      lengthSelect,
      preview: preview.element,
    }),
  );
  startFrom(preset);
  if (options.opened) openRules(options.opened);
  return () => preview.dispose();
}
