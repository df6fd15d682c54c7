// The debrief after an ending, as sections a class can read on screen or print one to a page:
// the score over time, the rules, the doors, the roads not taken, other regimes, questions, what is real.
// Imports the debrief's data types, i18n and DOM helpers.

import { isolateName } from '../app/rules-words';
import type { Debrief, Outcome } from '../debrief/debrief';
import type { DebriefTexts } from '../i18n/debrief-texts';
import { format, formatDelta, formatNumber, type Messages } from '../i18n/messages';
import { TIERS } from '../model/regime';
import { button, el, table } from './dom';
import { describeReason } from './text';
import { renderTimelineChart } from './timeline-chart';

/** What the debrief can hand out; a kiosk offers neither, since nothing may leave with a visitor. */
export interface DebriefActions {
  print?(): void;
  /** Saves the results file; resolves to its name and text, or null when there is nothing to save. */
  exportResults?(): Promise<{ name: string; text: string } | null>;
}

function section(id: string, heading: string, ...children: (Node | null | false)[]): HTMLElement {
  return el(
    'section',
    { class: 'debrief-section', id, 'aria-labelledby': `${id}-heading` },
    el('h3', { id: `${id}-heading` }, heading),
    ...children,
  );
}

/** A preset by its name in the tables; a class's rule set by the name the class gave it. */
const regimeName = (m: Messages, id: string, name?: string) =>
  name !== undefined ? isolateName(name) : (m.regimes[id]?.name ?? id);
const regimeSummary = (m: Messages, id: string, name?: string) =>
  name === undefined ? (m.regimes[id]?.summary ?? '') : m.rules_words.custom_summary;
const pollName = (m: Messages, id: string) => m.polls[id] ?? id;

function timeline(m: Messages, d: Debrief): HTMLElement {
  const rows = d.timeline.map((point) => ({
    cells: [
      formatNumber(m, point.step),
      format(m, m.debrief.chapter_short, { chapter: point.chapter }),
      point.entry ? m.sources[point.entry.source] : m.debrief.none,
      point.entry ? m.events[point.entry.event] : m.debrief.start_row,
      point.entry ? formatDelta(m, point.entry.delta) : m.debrief.none,
      formatNumber(m, point.score),
      m.tiers[point.tier],
    ],
    class: point.entry ? (point.entry.delta < 0 ? 'down' : 'up') : undefined,
  }));
  const d1 = m.debrief;
  return section(
    'debrief-timeline',
    d1.timeline_heading,
    el('p', {}, d1.timeline_caption),
    renderTimelineChart(m, d.timeline, d.tierFloors, d.range),
    table(
      d1.timeline_table,
      [d1.col_step, d1.col_chapter, d1.col_source, d1.col_what, d1.col_change, d1.col_score, d1.col_tier],
      rows,
    ),
  );
}

function rules(m: Messages, d: Debrief): HTMLElement {
  const d1 = m.debrief;
  const floors = TIERS.filter((tier) => tier !== 'D')
    .map((tier) => `${m.tiers[tier]} ${formatNumber(m, d.tierFloors[tier as Exclude<typeof tier, 'D'>])}`)
    .join(' · ');
  const listing = (lists: readonly string[], template: string) =>
    lists.map((list) => format(m, template, { list: m.lists[list as keyof Messages['lists']] ?? list }));
  const events = d.events.map((row) => ({
    cells: [
      row.hits > 0 ? d1.touched : '',
      [m.events[row.event], ...listing(row.lists, d1.puts_on), ...listing(row.clears, d1.takes_off)].join('; '),
      m.sources[row.source],
      formatDelta(m, row.delta),
      row.hits > 0 ? formatNumber(m, row.hits) : '',
    ],
    class: row.hits > 0 ? 'touched' : undefined,
  }));
  const gates = d.gates.map((row) => ({
    cells: [
      row.met ? d1.touched : '',
      m.gates[row.gate],
      m.tiers[row.tier],
      row.blockedBy.length ? row.blockedBy.map((list) => m.lists[list]).join(', ') : d1.none,
      row.met ? d1.yes : d1.no,
    ],
    class: row.met ? 'touched' : undefined,
  }));
  return section(
    'debrief-rules',
    d1.rules_heading,
    el('p', {}, format(m, d1.rules_intro, { regime: regimeName(m, d.regime, d.name) })),
    el('p', {}, format(m, d1.rules_tiers, { floors, min: d.range.min, max: d.range.max, base: d.start })),
    table(d1.rules_events, [d1.col_touched, d1.col_rule, d1.col_source, d1.col_points, d1.col_times], events),
    table(d1.rules_gates, [d1.col_touched, d1.col_door, d1.col_needs, d1.col_blocked, d1.col_met], gates),
  );
}

function doors(m: Messages, d: Debrief): HTMLElement {
  const d1 = m.debrief;
  if (d.doors.length === 0) return section('debrief-doors', d1.doors_heading, el('p', {}, d1.doors_none));
  const rows = d.doors.map((door) => ({
    cells: [
      format(m, d1.chapter_short, { chapter: door.chapter }),
      m.gates[door.gate],
      door.open ? d1.door_open : d1.door_shut,
      door.reason ? describeReason(m, door.reason) : d1.none,
      door.taken ? d1.yes : d1.no,
    ],
    class: door.open ? 'up' : 'down',
  }));
  return section(
    'debrief-doors',
    d1.doors_heading,
    el('p', {}, d1.doors_intro),
    table(d1.doors_heading, [d1.col_when, d1.col_door, d1.col_state, d1.col_why, d1.col_taken], rows),
  );
}

/** The class's answers at each key decision, per rule set: poll → option source → count (a live session). */
export type ClassNumbers = { regime: string; polls: Record<string, Record<string, number>> }[];

/** Beside one option: the share of the class that took it, per rule set when the room was split. */
function classShares(m: Messages, numbers: ClassNumbers, poll: string, source: string): HTMLElement[] {
  return numbers.map(({ regime, polls }) => {
    const counts = polls[poll] ?? {};
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const count = counts[source] ?? 0;
    const percent = total > 0 ? Math.round((count / total) * 100) : 0;
    const line =
      numbers.length > 1
        ? format(m, m.debrief.class_share_under, { regime: regimeName(m, regime), percent, count })
        : format(m, m.debrief.class_share, { percent, count });
    return el('span', { class: 'class-share', 'data-testid': 'class-share' }, el('br', {}), line);
  });
}

/** What a road led to in the story, as the story's `#road:` names it; nothing for a road it does not name. */
const ledTo = (m: Messages, road: string | undefined) =>
  road && Object.hasOwn(m.roads, road)
    ? [el('br', {}), el('span', { class: 'led-to' }, `${m.debrief.road_led_to}: ${m.roads[road]}`)]
    : [];

function roads(m: Messages, d: Debrief, numbers: ClassNumbers): HTMLElement {
  const d1 = m.debrief;
  if (d.roads.length === 0) return section('debrief-roads', d1.roads_heading, el('p', {}, d1.roads_none));
  return section(
    'debrief-roads',
    d1.roads_heading,
    el('p', {}, d1.roads_intro),
    el(
      'ol',
      { class: 'roads' },
      ...d.roads.map((road) =>
        el(
          'li',
          { 'data-poll': road.poll },
          el('h4', {}, format(m, d1.poll_in_chapter, { chapter: road.chapter, poll: pollName(m, road.poll) })),
          el(
            'p',
            {},
            el('strong', {}, `${d1.road_chosen}: `),
            el('bdi', {}, road.options[road.chosen]?.text ?? ''),
            ...ledTo(m, road.options[road.chosen]?.road),
            ...classShares(m, numbers, road.poll, road.options[road.chosen]?.source ?? ''),
          ),
          el('p', {}, `${d1.road_others}:`),
          el(
            'ul',
            {},
            ...road.options
              .filter((_, index) => index !== road.chosen)
              .map((option) =>
                el(
                  'li',
                  { class: option.locked ? 'locked' : undefined },
                  el('bdi', {}, option.text),
                  option.locked ? ` ${format(m, d1.road_locked, { reason: describeReason(m, option.locked) })}` : '',
                  ...ledTo(m, option.road),
                  ...classShares(m, numbers, road.poll, option.source),
                ),
              ),
          ),
        ),
      ),
    ),
  );
}

function divergence(m: Messages, outcome: Outcome): string {
  const d1 = m.debrief;
  if (outcome.stopped) return format(m, d1.replay_stopped, { problem: outcome.stopped });
  const at = outcome.divergedAt;
  if (!at) return d1.same_road;
  if (at.reason === 'locked') return format(m, d1.diverged_locked, { chapter: at.chapter, choice: at.wanted });
  return format(m, d1.diverged_absent, { chapter: at.chapter });
}

function compare(m: Messages, d: Debrief): HTMLElement {
  const d1 = m.debrief;
  const rows = d.outcomes.map((outcome, index) => ({
    cells: [
      index === 0
        ? `${regimeName(m, outcome.regime, outcome.name)} ${d1.in_force}`
        : regimeName(m, outcome.regime, outcome.name),
      outcome.ending ? (m.endings[outcome.ending] ?? outcome.ending) : d1.none,
      `${formatNumber(m, outcome.score)} (${m.tiers[outcome.tier]})`,
      `${formatNumber(m, outcome.doorsOpen)} / ${formatNumber(m, outcome.doorsShut)}`,
      divergence(m, outcome),
    ],
    class: index === 0 ? 'touched' : undefined,
  }));
  return section(
    'debrief-compare',
    d1.compare_heading,
    el('p', {}, d1.compare_intro),
    table(d1.compare_heading, [d1.col_regime, d1.col_ending, d1.col_final, d1.col_doors, d1.col_diverged], rows),
    el(
      'dl',
      { class: 'regimes' },
      ...d.outcomes.flatMap((outcome) => [
        el('dt', {}, regimeName(m, outcome.regime, outcome.name)),
        el('dd', {}, regimeSummary(m, outcome.regime, outcome.name)),
      ]),
    ),
  );
}

function questions(m: Messages, texts: DebriefTexts, d: Debrief): HTMLElement {
  const d1 = m.debrief;
  const yours = d.prompts.map((id) => texts.questions.prompts[id]).filter(Boolean);
  return section(
    'debrief-questions',
    d1.questions_heading,
    el('h4', {}, d1.questions_seed),
    el('ol', { class: 'seed-questions' }, ...texts.questions.seed.map((question) => el('li', {}, question))),
    yours.length > 0 && el('h4', {}, d1.questions_yours),
    yours.length > 0 && el('ul', { class: 'prompts' }, ...yours.map((prompt) => el('li', {}, prompt))),
  );
}

function real(m: Messages, texts: DebriefTexts): HTMLElement {
  const d1 = m.debrief;
  const status = (key: string) => (d1 as Record<string, string>)[`status_${key}`] ?? key;
  return section(
    'debrief-real',
    texts.appendix.heading,
    el('p', {}, texts.appendix.intro),
    ...texts.appendix.claims.map((claim) =>
      el(
        'article',
        { class: 'claim', 'data-status': claim.status },
        el('h4', {}, claim.topic, ' ', el('span', { class: `status status-${claim.status}` }, status(claim.status))),
        el('p', {}, el('strong', {}, `${d1.real_game}: `), claim.game),
        el('p', {}, el('strong', {}, `${d1.real_world}: `), claim.real),
        claim.sources.length > 0 &&
          el(
            'p',
            { class: 'sources' },
            `${d1.real_sources}: `,
            ...claim.sources.flatMap((source, index) => [
              index > 0 ? '; ' : '',
              el('cite', {}, source.title),
              // Shown as text to copy, not a link: the game never sends anyone off to another host.
              source.url ? ` (${source.url})` : '',
            ]),
          ),
      ),
    ),
  );
}

/** Saves the results file, and shows the same text to copy, for a phone that cannot hand in a file. */
function exportButton(
  m: Messages,
  note: HTMLElement,
  exportResults: NonNullable<DebriefActions['exportResults']>,
): HTMLElement {
  return button({ class: 'secondary', 'data-testid': 'export-results' }, m.debrief.export_results, async () => {
    const file = await exportResults();
    if (!file) return;
    const text = el('textarea', { id: 'results-text', readonly: '', rows: '4', 'data-testid': 'results-text' });
    text.value = file.text;
    note.replaceChildren(
      el('p', {}, format(m, m.debrief.results_saved, { name: file.name })),
      el('label', { for: 'results-text' }, m.debrief.results_copy),
      text,
    );
  });
}

/**
 * A class that played each on their own device has no one playthrough to debrief: its key decisions,
 * every option in the story's words, with the class's shares beside each, as the debrief lists roads.
 */
export function renderClassDecisions(
  m: Messages,
  heading: string,
  intro: string,
  polls: { poll: string; options: { source: string; text: string }[] }[],
  numbers: ClassNumbers,
): HTMLElement {
  return el(
    'div',
    { class: 'debrief' },
    section(
      'debrief-roads',
      heading,
      el('p', {}, intro),
      el(
        'ol',
        { class: 'roads' },
        ...polls.map(({ poll, options }) =>
          el(
            'li',
            { 'data-poll': poll },
            el('h4', {}, pollName(m, poll)),
            el(
              'ul',
              {},
              ...options.map((option) =>
                el('li', {}, el('bdi', {}, option.text), ...classShares(m, numbers, poll, option.source)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function renderDebrief(
  m: Messages,
  texts: DebriefTexts,
  d: Debrief,
  actions: DebriefActions,
  numbers: ClassNumbers = [],
): HTMLElement {
  const d1 = m.debrief;
  const note = el('div', { class: 'debrief-note', role: 'status' });
  const parts: [string, string][] = [
    ['debrief-timeline', d1.timeline_heading],
    ['debrief-rules', d1.rules_heading],
    ['debrief-doors', d1.doors_heading],
    ['debrief-roads', d1.roads_heading],
    ['debrief-compare', d1.compare_heading],
    ['debrief-questions', d1.questions_heading],
    ['debrief-real', texts.appendix.heading],
  ];
  return el(
    'div',
    { class: 'debrief', 'data-regime': d.regime },
    el('h2', { class: 'debrief-heading' }, d1.heading),
    el('p', {}, d1.intro),
    el('p', { class: 'regime-line' }, format(m, d1.regime_in_force, { regime: regimeName(m, d.regime, d.name) })),
    el(
      'nav',
      { 'aria-label': d1.contents, class: 'debrief-contents' },
      el('ol', {}, ...parts.map(([id, label]) => el('li', {}, el('a', { href: `#${id}` }, label)))),
    ),
    (actions.print || actions.exportResults) &&
      el(
        'div',
        { class: 'title-actions debrief-actions' },
        actions.print && button({ class: 'secondary', 'data-testid': 'print' }, d1.print, actions.print),
        actions.exportResults && exportButton(m, note, actions.exportResults),
      ),
    note,
    timeline(m, d),
    rules(m, d),
    doors(m, d),
    roads(m, d, numbers),
    compare(m, d),
    questions(m, texts, d),
    real(m, texts),
  );
}
