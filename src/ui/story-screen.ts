// The story page: the passage in a polite live region and the choices as buttons (keys 1–9).
// Locked choices stay visible and focusable, with the model's reason linked. Imports app types.

import type { GateId } from '../model/catalogue';
import type { ChapterSummary } from '../model/chapter-summary';
import type { Share } from '../app/view';
import { percentOf } from '../kiosk/tally';
import type { Beat, ChoiceView } from '../narrative/beat';
import { format, type Messages } from '../i18n/messages';
import { button, el } from './dom';
import { renderLedgerItem } from './hud';
import { describeReason, speakerName } from './text';

export interface StoryActions {
  choose(index: number): void;
}

/** The end-of-chapter ledger, in the spirit of Papers, Please's end of day. */
function renderSummary(m: Messages, summary: ChapterSummary): HTMLElement {
  const doors = (gates: GateId[]) => gates.map((gate) => m.gates[gate]).join(', ');
  return el(
    'section',
    { class: 'chapter-ledger', 'data-testid': 'chapter-ledger', 'aria-labelledby': `ledger-${summary.chapter}` },
    el('h3', { id: `ledger-${summary.chapter}` }, format(m, m.ui.summary_heading, { chapter: summary.chapter })),
    el('p', {}, format(m, m.ui.summary_scores, { start: summary.start, end: summary.end })),
    summary.entries.length
      ? el('ul', { class: 'ledger' }, ...summary.entries.map((entry) => renderLedgerItem(m, entry)))
      : el('p', {}, m.ui.summary_nothing),
    summary.opened.length > 0 &&
      el('p', { class: 'up' }, format(m, m.ui.summary_opened, { gates: doors(summary.opened) })),
    summary.closed.length > 0 &&
      el('p', { class: 'down' }, format(m, m.ui.summary_closed, { gates: doors(summary.closed) })),
    !summary.opened.length && !summary.closed.length && el('p', {}, m.ui.summary_no_doors),
  );
}

/** Sounds that carry meaning, written out in one line: heard or not, the player knows. */
function renderCaptions(m: Messages, beat: Beat): HTMLElement | undefined {
  const { sounds } = beat;
  if (sounds.length === 0) return undefined;
  return el(
    'p',
    { class: 'captions', 'data-testid': 'captions' },
    ...sounds.map((sound) => el('span', { class: 'caption', 'data-sound': sound }, m.captions[sound])),
  );
}

/** How the choice just made compares with other visitors', at a kiosk. */
function renderCrowd(m: Messages, crowd: Share): HTMLElement {
  const words =
    crowd.visitors <= 1
      ? m.kiosk.crowd_first
      : format(m, m.kiosk.crowd_share, { percent: percentOf(crowd), visitors: crowd.visitors });
  return el('p', { class: 'crowd', 'data-testid': 'crowd-share' }, words);
}

export interface PassageExtras {
  /** The words of the choice that led here. */
  echo?: string;
  crowd?: Share;
  summary?: ChapterSummary;
}

/** The passage's contents; the passage itself stays on the page so its live region is heard. */
export function renderPassage(m: Messages, beat: Beat, { echo, crowd, summary }: PassageExtras = {}): HTMLElement[] {
  const chapter = beat.opensChapter;
  const parts: (HTMLElement | false | undefined)[] = [
    chapter !== undefined &&
      el('h2', { class: 'chapter-heading' }, format(m, m.ui.chapter_heading, { number: chapter })),
    echo ? el('p', { class: 'echo' }, echo) : undefined,
    crowd && renderCrowd(m, crowd),
    renderCaptions(m, beat),
    ...beat.paragraphs.map((paragraph) =>
      el(
        'p',
        { class: paragraph.speaker ? 'para spoken' : 'para' },
        paragraph.speaker && el('span', { class: 'speaker' }, speakerName(m, paragraph.speaker)),
        paragraph.speaker && ' ',
        paragraph.text,
      ),
    ),
    summary && renderSummary(m, summary),
  ];
  return parts.filter((part): part is HTMLElement => Boolean(part));
}

function renderChoice(m: Messages, choice: ChoiceView, position: number, actions: StoryActions): HTMLElement {
  const key = position < 9 ? String(position + 1) : undefined;
  const reasonId = `lock-reason-${choice.index}`;
  const item = button(
    {
      class: choice.locked ? 'choice locked' : 'choice',
      'data-testid': 'choice',
      'data-index': String(choice.index),
      'aria-disabled': choice.locked ? 'true' : undefined,
      'aria-describedby': choice.locked ? reasonId : undefined,
      'aria-keyshortcuts': key,
    },
    null,
    () => {
      if (!choice.locked) actions.choose(choice.index);
    },
  );
  item.append(
    ...[
      key && el('span', { class: 'choice-key', 'aria-hidden': 'true' }, key),
      el('span', { class: 'choice-text' }, choice.text),
      choice.locked &&
        el(
          'span',
          { class: 'lock-reason', id: reasonId },
          `${m.ui.locked_prefix} · ${describeReason(m, choice.locked)}`,
        ),
    ].filter((node): node is HTMLElement => Boolean(node)),
  );
  return el('li', {}, item);
}

export function renderChoices(m: Messages, beat: Beat, actions: StoryActions): HTMLElement {
  return el(
    'ol',
    { class: 'choices', 'aria-label': m.ui.choices_region },
    ...beat.choices.map((choice, position) => renderChoice(m, choice, position, actions)),
  );
}

/** Keys 1–9 take the matching choice, when it is open. */
export function choiceForKey(beat: Beat, key: string): ChoiceView | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  const choice = beat.choices[Number(key) - 1];
  return choice && !choice.locked ? choice : undefined;
}
