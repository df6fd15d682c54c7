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
import { openPreviewChannel, previewRequest, renderComparison, type PreviewState } from './rules-preview';

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

/** A fresh draft of a preset's rules, named after it. */
function draftOf(m: Messages, preset: Regime): Draft {
  const { id, name, ...rules } = structuredClone(preset);
  const presetName = name ?? m.regimes[id]?.name ?? id;
  return { ...rules, name: format(m, m.workshop.default_name, { preset: presetName }).slice(0, NAME_MAX_LENGTH) };
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
  const presetName = (regime: Regime) => regime.name ?? m.regimes[regime.id]?.name ?? regime.id;

  // The draft's runs are shared over every core; the preset's, played once per preset and length, on one.
  const cores = Math.min(4, navigator.hardwareConcurrency || 1);
  const draftChannel = openPreviewChannel(options.story, cores, options.debounceMs ?? 300);
  const presetChannel = openPreviewChannel(options.story, 1, 0);
  let draftState: PreviewState = { kind: 'waiting' };
  let presetState: PreviewState = { kind: 'waiting' };

  const status = el('p', { class: 'workshop-status', role: 'status', 'data-testid': 'workshop-status' });
  const problems = el('div', { class: 'workshop-problems', 'data-testid': 'workshop-problems' });
  const comparison = el('div', { class: 'preview', 'data-testid': 'preview' });
  const form = createRulesForm(m, () => changed());
  /** The draft in plain words: what differs from the preset it started from. */
  const changes = el('ul', { class: 'workshop-changes', 'data-testid': 'workshop-changes' });

  const drawPreview = () => {
    // For tests and the bench: whether each column's runs are in.
    comparison.dataset.draft = draftState.kind;
    comparison.dataset.preset = presetState.kind;
    comparison.replaceChildren(
      ...renderComparison(m, draftState, presetState, {
        // The class's name, isolated so an English name reads whole in an Arabic line.
        draft: isolateName(checked.ok ? checked.regime.name : draft.name),
        preset: presetName(preset),
      }),
    );
  };
  const askPreset = () =>
    presetChannel.ask(previewRequest(preset, length), (state) => {
      presetState = state;
      drawPreview();
    });
  const askDraft = () => {
    if (!checked.ok) {
      // A draft still playing is dropped, so its figures never stand for rules that no longer hold.
      draftChannel.stop();
      draftState = { kind: 'failed', message: w.preview_needs_fixing };
      drawPreview();
      return;
    }
    draftChannel.ask(previewRequest(checked.regime, length), (state) => {
      draftState = state;
      drawPreview();
    });
  };

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

  const buildForm = () => {
    form.build(draft);
    check();
  };

  const startFrom = (next: Regime) => {
    preset = next;
    draft = draftOf(m, preset);
    buildForm();
    askPreset();
    askDraft();
  };

  const presetSelect = el('select', { id: 'workshop-preset', 'data-testid': 'workshop-preset' });
  for (const regime of options.presets) presetSelect.append(el('option', { value: regime.id }, presetName(regime)));
  presetSelect.value = preset.id;
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

  /** Runs an action on the checked rules, or says why it cannot. */
  const withRules = (action: (regime: NamedRegime) => void) => () => {
    if (checked.ok) action(checked.regime);
    else status.textContent = w.fix_first;
  };
  const picker = el('input', {
    type: 'file',
    accept: '.json,application/json',
    tabindex: '-1',
    'aria-hidden': 'true',
    class: 'visually-hidden',
    'data-testid': 'workshop-file',
  });
  /** Opens rules from a file or a link: all of them, beside the preset they differ least from, or nothing at all. */
  const openRules = (read: RegimeCheck) => {
    if (!read.ok) {
      status.textContent = format(m, w.open_refused, {
        problems: read.problems.map((p) => problemText(m, p)).join(' '),
      });
      return;
    }
    preset = closestPreset(read.regime);
    presetSelect.value = preset.id;
    draft = structuredClone(ruleSetOf(read.regime));
    buildForm();
    askPreset();
    askDraft();
    status.textContent = format(m, w.opened, { name: isolateName(read.regime.name) });
  };
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      picker.value = '';
      openRules(options.readRulesFile(text));
    });
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
          () => (status.textContent = w.share_copied),
          () => (status.textContent = format(m, w.share_manual, { link })),
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
  const shareOut = el('input', {
    type: 'text',
    readonly: '',
    class: 'share-link',
    'aria-label': w.share_link_label,
    'data-testid': 'workshop-link',
    hidden: '',
  });

  root.replaceChildren(
    el(
      'main',
      { class: 'workshop' },
      el('h1', {}, w.heading),
      el('p', {}, w.intro),
      el(
        'div',
        { class: 'workshop-start' },
        el('label', { for: 'workshop-preset' }, w.start_from),
        presetSelect,
        button({ class: 'secondary', 'data-testid': 'workshop-reset' }, w.reset, () => startFrom(preset)),
        el('a', { href: '?mode=teacher', class: 'secondary button-link' }, w.back_to_teacher),
      ),
      actions,
      shareOut,
      status,
      problems,
      el(
        'div',
        { class: 'workshop-columns' },
        form.element,
        el(
          'aside',
          { class: 'workshop-preview', 'aria-labelledby': 'preview-heading' },
          el('h2', { id: 'preview-heading' }, w.preview_heading),
          el('p', { class: 'hint' }, w.preview_hint),
          el('h3', {}, w.changes_heading),
          changes,
          el('label', { for: 'workshop-length' }, w.length_label),
          lengthSelect,
          comparison,
        ),
      ),
    ),
  );
  startFrom(preset);
  if (options.opened) openRules(options.opened);
  return () => {
    draftChannel.dispose();
    presetChannel.dispose();
  };
}
