// The rules workshop (?mode=rules): a class edits a rule set, starting from a preset, with plain words
// beside every field, the model's own validator naming what is wrong, and a live preview beside the
// preset. User text only ever goes in as textContent. Imports the model, i18n, the preview and DOM helpers.

import { EVENTS, GATES, LISTS, SOURCES, TOPICS, type EventId, type GateId, type ListId } from '../model/catalogue';
import { checkRegime, ruleSetOf, type RegimeCheck } from '../model/regime-check';
import {
  APPEAL_MODES,
  NAME_MAX_LENGTH,
  PLATFORM_DATA,
  TIERS,
  type NamedRegime,
  type Regime,
  type RuleSet,
} from '../model/regime';
import { LENGTH_VARIABLES, type StoryLength } from '../narrative/opening';
import { closestPreset, describeRules, fieldName, isolateName, problemText, ruleWordText } from '../app/rules-words';
import { format, type Messages } from '../i18n/messages';
import { button, el } from './dom';
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

/** A draft as the form holds it: the rules, possibly with a number the validator will refuse. */
type Draft = RuleSet;

type FloorTier = keyof Regime['tierFloors'];
const FLOOR_TIERS = TIERS.filter((tier): tier is FloorTier => tier !== 'D');

const fieldId = (field: string) => `rule-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

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

  /** Each field's control and the line beside it that says what is wrong, by the validator's path. */
  const fields = new Map<string, { control: HTMLElement; problem: HTMLElement }>();
  /** Plain words that follow the values: refreshed after every change. */
  const words: (() => void)[] = [];

  // The draft's runs are shared over every core; the preset's, played once per preset and length, on one.
  const cores = Math.min(4, navigator.hardwareConcurrency || 1);
  const draftChannel = openPreviewChannel(options.story, cores, options.debounceMs ?? 300);
  const presetChannel = openPreviewChannel(options.story, 1, 0);
  let draftState: PreviewState = { kind: 'waiting' };
  let presetState: PreviewState = { kind: 'waiting' };

  const status = el('p', { class: 'workshop-status', role: 'status', 'data-testid': 'workshop-status' });
  const problems = el('div', { class: 'workshop-problems', 'data-testid': 'workshop-problems' });
  const comparison = el('div', { class: 'preview', 'data-testid': 'preview' });
  const form = el('div', { class: 'workshop-form' });
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
    for (const [field, { control, problem }] of fields) {
      const mine = found.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
      problem.textContent = mine.map((p) => problemText(m, p)).join(' ');
      problem.hidden = mine.length === 0;
      if (mine.length) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    problems.replaceChildren(
      ...(found.length
        ? [
            el('p', {}, format(m, w.problems_count, { count: found.length })),
            el('ul', {}, ...found.map((p) => el('li', {}, problemText(m, p)))),
          ]
        : []),
    );
    for (const refresh of words) refresh();
    changes.replaceChildren(
      ...(checked.ok ? describeRules(checked.regime, preset).map((word) => el('li', {}, ruleWordText(m, word))) : []),
    );
  };
  const changed = () => {
    check();
    askDraft();
  };

  /** Registers a control under the validator's path, with the plain words and problem line beside it. */
  const field = (path: string, control: HTMLElement, say?: () => string): HTMLElement[] => {
    const id = fieldId(path);
    control.id ||= id;
    const problem = el('span', { class: 'field-problem', id: `${id}-problem`, hidden: '' });
    const described = [`${id}-problem`];
    const parts: HTMLElement[] = [];
    if (say) {
      const line = el('span', { class: 'field-words', id: `${id}-words` });
      words.push(() => (line.textContent = say()));
      described.unshift(`${id}-words`);
      parts.push(line);
    }
    control.setAttribute('aria-describedby', described.join(' '));
    fields.set(path, { control, problem });
    parts.push(problem);
    return parts;
  };

  const numberInput = (path: string, read: () => number, write: (value: number) => void, label: string) => {
    const input = el('input', {
      type: 'number',
      inputmode: 'numeric',
      step: '1',
      class: 'number',
      'data-field': path,
      'aria-label': label,
    });
    input.value = String(read());
    input.addEventListener('input', () => {
      // Empty or unreadable text reaches the validator as not-a-number, so it is named, never ignored.
      write(input.value.trim() === '' ? Number.NaN : Number(input.value));
      changed();
    });
    return input;
  };

  const switchInput = (path: string, label: string, read: () => boolean, write: (on: boolean) => void) => {
    const box = el('input', { type: 'checkbox', 'data-field': path });
    box.checked = read();
    box.addEventListener('change', () => {
      write(box.checked);
      changed();
    });
    return el('label', { class: 'option' }, box, el('span', {}, label));
  };

  const choice = <T extends string>(
    path: string,
    legend: string,
    hint: string,
    values: readonly T[],
    labels: Record<T, string>,
    read: () => T,
    write: (value: T) => void,
  ) => {
    const set = el(
      'fieldset',
      { class: 'setting workshop-choice', id: fieldId(path) },
      el('legend', {}, legend),
      el('p', { class: 'hint' }, hint),
      ...values.map((value) => {
        const radio = el('input', { type: 'radio', name: fieldId(path), value, 'data-field': path });
        radio.checked = read() === value;
        radio.addEventListener('change', () => {
          if (!radio.checked) return;
          write(value);
          changed();
        });
        return el('label', { class: 'option' }, radio, el('span', {}, labels[value]));
      }),
    );
    set.append(...field(path, set));
    return set;
  };

  const section = (key: string, legend: string, hint: string, ...body: HTMLElement[]) =>
    el(
      'section',
      { class: 'workshop-section', 'data-section': key, 'aria-labelledby': `section-${key}` },
      el('h2', { id: `section-${key}` }, legend),
      el('p', { class: 'hint' }, hint),
      ...body,
    );

  const pointsWords = (event: EventId) => () => {
    const delta = draft.events[event].delta;
    const { source, topic } = EVENTS[event];
    if (!draft.sources[source]) return w.words_source_off;
    if (!draft.topics[topic]) return w.words_topic_off;
    if (!Number.isInteger(delta)) return '';
    if (delta === 0) return w.words_nothing;
    return format(m, delta > 0 ? w.words_adds : w.words_takes, { points: Math.abs(delta) });
  };

  const buildForm = () => {
    fields.clear();
    words.length = 0;
    const nameInput = el('input', {
      type: 'text',
      maxlength: String(NAME_MAX_LENGTH),
      'data-field': 'name',
      autocomplete: 'off',
    });
    nameInput.value = draft.name;
    nameInput.addEventListener('input', () => {
      draft.name = nameInput.value;
      changed();
    });
    const nameRow = el(
      'div',
      { class: 'workshop-name' },
      el('label', { for: fieldId('name') }, w.name_label),
      nameInput,
      ...field('name', nameInput, () => format(m, w.name_words, { max: NAME_MAX_LENGTH })),
    );

    const counts = section(
      'counts',
      w.counts_heading,
      w.counts_hint,
      el(
        'fieldset',
        { class: 'setting switches', id: fieldId('sources') },
        el('legend', {}, w.sources_legend),
        ...SOURCES.map((source) => {
          const row = switchInput(
            `sources.${source}`,
            m.sources[source],
            () => draft.sources[source],
            (on) => (draft.sources[source] = on),
          );
          const box = row.querySelector('input') as HTMLInputElement;
          row.append(...field(`sources.${source}`, box));
          return row;
        }),
      ),
      el(
        'fieldset',
        { class: 'setting switches', id: fieldId('topics') },
        el('legend', {}, w.topics_legend),
        ...TOPICS.map((topic) => {
          const row = switchInput(
            `topics.${topic}`,
            m.topics[topic],
            () => draft.topics[topic],
            (on) => (draft.topics[topic] = on),
          );
          const box = row.querySelector('input') as HTMLInputElement;
          row.append(...field(`topics.${topic}`, box));
          return row;
        }),
      ),
      choice(
        'platformData',
        w.programmes_legend,
        w.programmes_hint,
        PLATFORM_DATA,
        w.platform_data,
        () => draft.platformData,
        (value) => (draft.platformData = value),
      ),
      choice(
        'appeals',
        w.appeals_legend,
        w.appeals_hint,
        APPEAL_MODES,
        w.appeal_modes,
        () => draft.appeals,
        (value) => (draft.appeals = value),
      ),
    );

    const events = section(
      'events',
      w.events_heading,
      w.events_hint,
      ...TOPICS.map((topic) => {
        const ids = (Object.keys(EVENTS) as EventId[]).filter((event) => EVENTS[event].topic === topic);
        return el(
          'fieldset',
          { class: 'setting event-group', 'data-topic': topic },
          el('legend', {}, m.topics[topic]),
          ...ids.map((event) => {
            const path = `events.${event}.delta`;
            const label = fieldName(m, path);
            const input = numberInput(
              path,
              () => draft.events[event].delta,
              (value) => (draft.events[event].delta = value),
              label,
            );
            return el(
              'div',
              { class: 'event-row', 'data-event': event },
              el(
                'span',
                { class: 'event-name' },
                m.events[event],
                el(
                  'span',
                  { class: 'event-source' },
                  format(m, w.reported_by, { source: m.sources[EVENTS[event].source] }),
                ),
              ),
              input,
              ...field(path, input, pointsWords(event)),
            );
          }),
        );
      }),
    );

    const tierRow = (path: string, read: () => number, write: (value: number) => void, say: () => string) => {
      const label = fieldName(m, path);
      const input = numberInput(path, read, write, label);
      return el(
        'div',
        { class: 'event-row' },
        el('label', { for: fieldId(path) }, label),
        input,
        ...field(path, input, say),
      );
    };
    const tiers = section(
      'tiers',
      w.tiers_edit_heading,
      w.tiers_hint,
      tierRow(
        'base',
        () => draft.base,
        (v) => (draft.base = v),
        () => format(m, w.base_words, { score: draft.base }),
      ),
      tierRow(
        'range.min',
        () => draft.range.min,
        (v) => (draft.range.min = v),
        () => format(m, w.min_words, { score: draft.range.min }),
      ),
      tierRow(
        'range.max',
        () => draft.range.max,
        (v) => (draft.range.max = v),
        () => format(m, w.max_words, { score: draft.range.max }),
      ),
      ...FLOOR_TIERS.map((tier) =>
        tierRow(
          `tierFloors.${tier}`,
          () => draft.tierFloors[tier],
          (v) => (draft.tierFloors[tier] = v),
          () => format(m, w.floor_words, { tier: m.tiers[tier], score: draft.tierFloors[tier] }),
        ),
      ),
      el('p', { class: 'field-words' }, format(m, w.floor_d_words, { tier: m.tiers.D })),
    );

    const doors = section(
      'doors',
      w.doors_edit_heading,
      w.doors_edit_hint,
      ...GATES.map((gate) => {
        const path = `gates.${gate}`;
        const select = el('select', {
          'data-field': `${path}.tier`,
          'aria-label': format(m, w.door_tier_label, { door: m.gates[gate] }),
        });
        for (const tier of TIERS)
          select.append(el('option', { value: tier }, format(m, w.door_tier_option, { tier: m.tiers[tier] })));
        select.value = draft.gates[gate].tier;
        select.addEventListener('change', () => {
          draft.gates[gate].tier = select.value as Regime['gates'][GateId]['tier'];
          changed();
        });
        const blocks = LISTS.map((list) =>
          switchInput(
            `${path}.blockedBy.${list}`,
            format(m, w.door_blocked_by, { list: m.lists[list] }),
            () => draft.gates[gate].blockedBy.includes(list),
            (on) => {
              const rest = draft.gates[gate].blockedBy.filter((other) => other !== list);
              draft.gates[gate].blockedBy = on ? [...rest, list] : rest;
            },
          ),
        );
        const say = () => {
          const { tier, blockedBy } = draft.gates[gate];
          const open = format(m, w.door_words, { tier: m.tiers[tier] });
          return blockedBy.length
            ? `${open} ${format(m, w.door_words_listed, { lists: blockedBy.map((l) => m.lists[l]).join(w.list_joiner) })}`
            : open;
        };
        return el(
          'fieldset',
          { class: 'setting door-row', 'data-gate': gate, id: fieldId(path) },
          el('legend', {}, m.gates[gate]),
          select,
          ...blocks,
          ...field(path, select, say),
        );
      }),
    );

    const lists = section(
      'lists',
      w.lists_heading,
      w.lists_hint,
      ...LISTS.map((list) => {
        const events = Object.keys(EVENTS) as EventId[];
        const group = (key: 'lists' | 'clears', legend: string) =>
          el(
            'details',
            {},
            el('summary', {}, legend),
            el(
              'div',
              { class: 'switches' },
              ...events.map((event) => {
                const row = switchInput(
                  `events.${event}.${key}.${list}`,
                  m.events[event],
                  () => (draft.events[event][key] ?? []).includes(list),
                  (on) => {
                    const rest = (draft.events[event][key] ?? []).filter((other) => other !== list);
                    draft.events[event] = { ...draft.events[event], [key]: on ? [...rest, list] : rest };
                  },
                );
                // What is wrong with an event's lists is said beside its switch.
                row.append(...field(`events.${event}.${key}`, row.querySelector('input') ?? row));
                return row;
              }),
            ),
          );
        const says = el('p', { class: 'field-words', 'data-testid': `list-words-${list}` });
        words.push(() => (says.textContent = listWords(m, draft, list)));
        const box = el(
          'div',
          { class: 'list-block', id: fieldId(`lists.${list}`) },
          el('h3', {}, m.lists[list]),
          says,
          group('lists', w.list_on),
          group('clears', w.list_off),
        );
        return box;
      }),
    );
    form.replaceChildren(nameRow, counts, events, tiers, doors, lists);
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
        form,
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

/** A list in plain words: who puts you on it, how you get off, what it shuts. */
function listWords(m: Messages, draft: Draft, list: ListId): string {
  const w = m.workshop;
  const events = Object.keys(EVENTS) as EventId[];
  const on = events.filter((event) => draft.events[event].lists?.includes(list)).map((event) => m.events[event]);
  const off = events.filter((event) => draft.events[event].clears?.includes(list)).map((event) => m.events[event]);
  const shuts = GATES.filter((gate) => draft.gates[gate].blockedBy.includes(list)).map((gate) => m.gates[gate]);
  const none = w.list_none;
  return format(m, w.list_words, {
    on: on.join(w.list_joiner) || none,
    off: off.join(w.list_joiner) || none,
    shuts: shuts.join(w.list_joiner) || none,
  });
}
