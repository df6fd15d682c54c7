// The rules workshop's form: every field of a rule set, grouped as a teacher reads them, with plain
// words beside each and the validator's problem next to the field it names. User text only ever goes
// in as textContent. Imports the model, i18n, the rules' words and the DOM helpers.

import { EVENTS, GATES, LISTS, SOURCES, TOPICS, type EventId, type GateId, type ListId } from '../model/catalogue';
import type { RegimeProblem } from '../model/regime-check';
import { APPEAL_MODES, NAME_MAX_LENGTH, PLATFORM_DATA, TIERS, type Regime, type RuleSet } from '../model/regime';
import { fieldName, problemText } from '../app/rules-words';
import { format, type Messages } from '../i18n/messages';
import { el } from './dom';

/** A draft as the form holds it: the rules, possibly with a number the validator will refuse. */
export type Draft = RuleSet;

type FloorTier = keyof Regime['tierFloors'];
const FLOOR_TIERS = TIERS.filter((tier): tier is FloorTier => tier !== 'D');

export const fieldId = (field: string) => `rule-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** What every part of the form is built with: the draft, its controls, and the lines beside them. */
interface FormKit {
  m: Messages;
  draft: Draft;
  changed(): void;
  /** Registers a control under the validator's path, with the plain words and problem line beside it. */
  field(path: string, control: HTMLElement, say?: () => string): HTMLElement[];
  /** Plain words refreshed after every change. */
  say(line: HTMLElement, words: () => string): void;
}

export interface RulesForm {
  element: HTMLElement;
  /** Builds the fields afresh for this draft. */
  build(draft: Draft): void;
  /** Puts each problem beside the field it names, and refreshes the plain words. */
  show(problems: readonly RegimeProblem[]): void;
}

export function createRulesForm(m: Messages, changed: () => void): RulesForm {
  const element = el('div', { class: 'workshop-form' });
  const fields = new Map<string, { control: HTMLElement; problem: HTMLElement }>();
  const words: (() => void)[] = [];

  const sayIn = (line: HTMLElement, text: () => string) => words.push(() => (line.textContent = text()));
  const kitFor = (draft: Draft): FormKit => ({
    m,
    draft,
    changed,
    say: sayIn,
    field(path, control, say) {
      const id = fieldId(path);
      control.id ||= id;
      const problem = el('span', { class: 'field-problem', id: `${id}-problem`, hidden: '' });
      const described = [`${id}-problem`];
      const parts: HTMLElement[] = [];
      if (say) {
        const line = el('span', { class: 'field-words', id: `${id}-words` });
        sayIn(line, say);
        described.unshift(`${id}-words`);
        parts.push(line);
      }
      control.setAttribute('aria-describedby', described.join(' '));
      fields.set(path, { control, problem });
      parts.push(problem);
      return parts;
    },
  });

  return {
    element,
    build(draft) {
      fields.clear();
      words.length = 0;
      const kit = kitFor(draft);
      element.replaceChildren(
        nameRow(kit),
        countsSection(kit),
        eventsSection(kit),
        tiersSection(kit),
        doorsSection(kit),
        listsSection(kit),
      );
    },
    show(found) {
      for (const [field, { control, problem }] of fields) {
        const mine = found.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
        problem.textContent = mine.map((p) => problemText(m, p)).join(' ');
        problem.hidden = mine.length === 0;
        if (mine.length) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
      for (const refresh of words) refresh();
    },
  };
}

function numberInput(
  kit: FormKit,
  path: string,
  read: () => number,
  write: (value: number) => void,
  label: string,
): HTMLInputElement {
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
    kit.changed();
  });
  return input;
}

function switchInput(
  kit: FormKit,
  path: string,
  label: string,
  read: () => boolean,
  write: (on: boolean) => void,
): HTMLLabelElement {
  const box = el('input', { type: 'checkbox', 'data-field': path });
  box.checked = read();
  box.addEventListener('change', () => {
    write(box.checked);
    kit.changed();
  });
  return el('label', { class: 'option' }, box, el('span', {}, label));
}

/** A switch whose problems are said beside it. */
function checkedSwitch(kit: FormKit, path: string, label: string, read: () => boolean, write: (on: boolean) => void) {
  const row = switchInput(kit, path, label, read, write);
  row.append(...kit.field(path, row.querySelector('input') ?? row));
  return row;
}

function choice<T extends string>(
  kit: FormKit,
  path: string,
  legend: string,
  hint: string,
  values: readonly T[],
  labels: Record<T, string>,
  read: () => T,
  write: (value: T) => void,
): HTMLFieldSetElement {
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
        kit.changed();
      });
      return el('label', { class: 'option' }, radio, el('span', {}, labels[value]));
    }),
  );
  set.append(...kit.field(path, set));
  return set;
}

const section = (key: string, legend: string, hint: string, ...body: HTMLElement[]) =>
  el(
    'section',
    { class: 'workshop-section', 'data-section': key, 'aria-labelledby': `section-${key}` },
    el('h2', { id: `section-${key}` }, legend),
    el('p', { class: 'hint' }, hint),
    ...body,
  );

function nameRow(kit: FormKit): HTMLElement {
  const { m, draft } = kit;
  const w = m.workshop;
  const input = el('input', {
    type: 'text',
    maxlength: String(NAME_MAX_LENGTH),
    'data-field': 'name',
    autocomplete: 'off',
  });
  input.value = draft.name;
  input.addEventListener('input', () => {
    draft.name = input.value;
    kit.changed();
  });
  return el(
    'div',
    { class: 'workshop-name' },
    el('label', { for: fieldId('name') }, w.name_label),
    input,
    ...kit.field('name', input, () => format(m, w.name_words, { max: NAME_MAX_LENGTH })),
  );
}

/** What the score listens to: reporters, topics, platform data and appeals. */
function countsSection(kit: FormKit): HTMLElement {
  const { m, draft } = kit;
  const w = m.workshop;
  return section(
    'counts',
    w.counts_heading,
    w.counts_hint,
    el(
      'fieldset',
      { class: 'setting switches', id: fieldId('sources') },
      el('legend', {}, w.sources_legend),
      ...SOURCES.map((source) =>
        checkedSwitch(
          kit,
          `sources.${source}`,
          m.sources[source],
          () => draft.sources[source],
          (on) => (draft.sources[source] = on),
        ),
      ),
    ),
    el(
      'fieldset',
      { class: 'setting switches', id: fieldId('topics') },
      el('legend', {}, w.topics_legend),
      ...TOPICS.map((topic) =>
        checkedSwitch(
          kit,
          `topics.${topic}`,
          m.topics[topic],
          () => draft.topics[topic],
          (on) => (draft.topics[topic] = on),
        ),
      ),
    ),
    choice(
      kit,
      'platformData',
      w.programmes_legend,
      w.programmes_hint,
      PLATFORM_DATA,
      w.platform_data,
      () => draft.platformData,
      (value) => (draft.platformData = value),
    ),
    choice(
      kit,
      'appeals',
      w.appeals_legend,
      w.appeals_hint,
      APPEAL_MODES,
      w.appeal_modes,
      () => draft.appeals,
      (value) => (draft.appeals = value),
    ),
  );
}

/** An event's points in plain words, or why the rules do not count it. */
function pointsWords({ m, draft }: FormKit, event: EventId): string {
  const w = m.workshop;
  const delta = draft.events[event].delta;
  const { source, topic } = EVENTS[event];
  if (!draft.sources[source]) return w.words_source_off;
  if (!draft.topics[topic]) return w.words_topic_off;
  if (!Number.isInteger(delta)) return '';
  if (delta === 0) return w.words_nothing;
  return format(m, delta > 0 ? w.words_adds : w.words_takes, { points: Math.abs(delta) });
}

/** Every event's points, grouped by topic, with who reports it. */
function eventsSection(kit: FormKit): HTMLElement {
  const { m, draft } = kit;
  const w = m.workshop;
  const row = (event: EventId) => {
    const path = `events.${event}.delta`;
    const input = numberInput(
      kit,
      path,
      () => draft.events[event].delta,
      (value) => (draft.events[event].delta = value),
      fieldName(m, path),
    );
    return el(
      'div',
      { class: 'event-row', 'data-event': event },
      el(
        'span',
        { class: 'event-name' },
        m.events[event],
        el('span', { class: 'event-source' }, format(m, w.reported_by, { source: m.sources[EVENTS[event].source] })),
      ),
      input,
      ...kit.field(path, input, () => pointsWords(kit, event)),
    );
  };
  return section(
    'events',
    w.events_heading,
    w.events_hint,
    ...TOPICS.map((topic) =>
      el(
        'fieldset',
        { class: 'setting event-group', 'data-topic': topic },
        el('legend', {}, m.topics[topic]),
        ...(Object.keys(EVENTS) as EventId[]).filter((event) => EVENTS[event].topic === topic).map(row),
      ),
    ),
  );
}

/** Where everyone starts, the score's range, and where each tier begins. */
function tiersSection(kit: FormKit): HTMLElement {
  const { m, draft } = kit;
  const w = m.workshop;
  const row = (path: string, read: () => number, write: (value: number) => void, say: () => string) => {
    const label = fieldName(m, path);
    const input = numberInput(kit, path, read, write, label);
    return el(
      'div',
      { class: 'event-row' },
      el('label', { for: fieldId(path) }, label),
      input,
      ...kit.field(path, input, say),
    );
  };
  return section(
    'tiers',
    w.tiers_edit_heading,
    w.tiers_hint,
    row(
      'base',
      () => draft.base,
      (v) => (draft.base = v),
      () => format(m, w.base_words, { score: draft.base }),
    ),
    row(
      'range.min',
      () => draft.range.min,
      (v) => (draft.range.min = v),
      () => format(m, w.min_words, { score: draft.range.min }),
    ),
    row(
      'range.max',
      () => draft.range.max,
      (v) => (draft.range.max = v),
      () => format(m, w.max_words, { score: draft.range.max }),
    ),
    ...FLOOR_TIERS.map((tier) =>
      row(
        `tierFloors.${tier}`,
        () => draft.tierFloors[tier],
        (v) => (draft.tierFloors[tier] = v),
        () => format(m, w.floor_words, { tier: m.tiers[tier], score: draft.tierFloors[tier] }),
      ),
    ),
    el('p', { class: 'field-words' }, format(m, w.floor_d_words, { tier: m.tiers.D })),
  );
}

/** What each door needs: a tier, and the lists that keep it shut. */
function doorsSection(kit: FormKit): HTMLElement {
  const { m, draft } = kit;
  const w = m.workshop;
  const door = (gate: GateId) => {
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
      kit.changed();
    });
    const blocks = LISTS.map((list) =>
      switchInput(
        kit,
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
      ...kit.field(path, select, say),
    );
  };
  return section('doors', w.doors_edit_heading, w.doors_edit_hint, ...GATES.map(door));
}

/** Each list: the events that put a person on it and take them off, in plain words with what it shuts. */
function listsSection(kit: FormKit): HTMLElement {
  const { m, draft } = kit;
  const w = m.workshop;
  const events = Object.keys(EVENTS) as EventId[];
  const group = (list: ListId, key: 'lists' | 'clears', legend: string) =>
    el(
      'details',
      {},
      el('summary', {}, legend),
      el(
        'div',
        { class: 'switches' },
        ...events.map((event) => {
          const row = switchInput(
            kit,
            `events.${event}.${key}.${list}`,
            m.events[event],
            () => (draft.events[event][key] ?? []).includes(list),
            (on) => {
              const rest = (draft.events[event][key] ?? []).filter((other) => other !== list);
              draft.events[event] = { ...draft.events[event], [key]: on ? [...rest, list] : rest };
            },
          );
          // What is wrong with an event's lists is said beside its switch.
          row.append(...kit.field(`events.${event}.${key}`, row.querySelector('input') ?? row));
          return row;
        }),
      ),
    );
  return section(
    'lists',
    w.lists_heading,
    w.lists_hint,
    ...LISTS.map((list) => {
      const says = el('p', { class: 'field-words', 'data-testid': `list-words-${list}` });
      kit.say(says, () => listWords(m, draft, list));
      return el(
        'div',
        { class: 'list-block', id: fieldId(`lists.${list}`) },
        el('h3', {}, m.lists[list]),
        says,
        group(list, 'lists', w.list_on),
        group(list, 'clears', w.list_off),
      );
    }),
  );
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
