// A class playing together on the projector: the projector reads the story; at each choice the teacher
// opens a vote the students answer on their phones, closes it (or the time runs out), breaks a tie,
// shows the split, and the story takes the majority's choice. Views never hold the runner: the story
// comes as a TogetherPlay. Imports beat types, i18n, DOM helpers and wire types.

import type { ClassState, Round } from '../class/wire';
import { format, type Messages } from '../i18n/messages';
import type { Beat } from '../narrative/beat';
import type { Playthrough } from '../debrief/replay';
import type { TeacherLink } from '../platform/class-server';
import { button, el } from './dom';
import { describeReason } from './text';

export const DEFAULT_VOTE_SECONDS = 30;
const EXTEND_SECONDS = 15;

/** What the class voted at each key decision: poll → option source → votes. */
export type ClassVotes = Record<string, Record<string, number>>;

/** The story as the projector plays it: its first beat, a choice taken, and the playthrough so far. */
export interface TogetherPlay {
  readonly beat: Beat;
  choose(index: number): Beat;
  playthrough(): Playthrough;
}

type Phase =
  | { step: 'reading' }
  | { step: 'voting'; round: number; deadline: number }
  | { step: 'tied'; round: Round; leaders: number[] }
  | { step: 'shown'; round: Round };

/** The share of each choice, and the line "62% chose …" for the one taken. */
function split(m: Messages, round: Round): HTMLElement[] {
  const votes = round.votes ?? round.choices.map(() => 0);
  const total = votes.reduce((sum, n) => sum + n, 0);
  const percent = (n: number) => (total > 0 ? Math.round((n / total) * 100) : 0);
  const taken = round.taken ?? -1;
  const shares = el(
    'ul',
    { class: 'together-shares' },
    ...round.choices.map((choice, index) => {
      const bar = el('span', { class: 'share-bar', 'aria-hidden': 'true' });
      bar.style.inlineSize = `${percent(votes[index])}%`;
      return el(
        'li',
        { class: index === taken ? 'taken' : undefined },
        el('bdi', {}, choice.text),
        ' ',
        el(
          'span',
          { class: 'share' },
          bar,
          el('span', {}, format(m, m.teacher.share, { percent: percent(votes[index]), count: votes[index] })),
        ),
      );
    }),
  );
  if (taken < 0) return [shares];
  const line = el(
    'p',
    { class: 'together-split', 'data-testid': 'together-split' },
    format(m, m.live.split_line, { percent: percent(votes[taken]), choice: round.choices[taken].text }),
  );
  return [line, shares];
}

/** The open choices with the most votes: more than one is a tie for the teacher to break. */
function leadersOf(counted: Round): number[] {
  const votes = counted.votes ?? [];
  const open = counted.choices.flatMap((choice, index) => (choice.locked ? [] : [index]));
  const most = Math.max(...open.map((index) => votes[index] ?? 0));
  return open.filter((index) => (votes[index] ?? 0) === most);
}

/** The beat's choices as the class reads them, a locked one with the model's reason. */
function renderChoices(m: Messages, beat: Beat): HTMLElement {
  return el(
    'ol',
    { class: 'together-choices' },
    ...beat.choices.map((choice) =>
      el(
        'li',
        { class: choice.locked ? 'locked' : undefined },
        el('bdi', {}, choice.text),
        choice.locked ? ` (${format(m, m.live.choice_locked, { reason: describeReason(m, choice.locked) })})` : '',
      ),
    ),
  );
}

/** While the class reads: the choices, how long the vote will run, and the button that opens it. */
function renderReading(
  m: Messages,
  beat: Beat,
  seconds: number,
  openVote: (seconds: number) => void,
): (Node | string)[] {
  const input = el('input', {
    id: 'vote-seconds',
    type: 'number',
    min: '5',
    max: '600',
    value: String(seconds),
    'data-testid': 'vote-seconds',
  });
  return [
    renderChoices(m, beat),
    el('label', { for: 'vote-seconds' }, m.live.vote_seconds),
    ' ',
    input,
    ' ',
    button({ class: 'primary', 'data-testid': 'open-vote' }, m.live.open_vote, () =>
      openVote(Math.min(600, Math.max(5, Math.round(Number(input.value)) || DEFAULT_VOTE_SECONDS))),
    ),
  ];
}

/** While the vote is open: close it now, or give it more time. */
function renderVoteActions(m: Messages, vote: { close(): void; extend(): void }): HTMLElement {
  return el(
    'div',
    { class: 'title-actions' },
    button({ class: 'primary', 'data-testid': 'close-vote' }, m.live.close_vote, vote.close),
    button(
      { class: 'secondary', 'data-testid': 'extend-vote' },
      format(m, m.live.extend_vote, { seconds: EXTEND_SECONDS }),
      vote.extend,
    ),
  );
}

/** A tie: the count, and a button for each leading choice for the teacher to take. */
function renderTie(m: Messages, round: Round, leaders: number[], take: (index: number) => void): HTMLElement[] {
  return [
    ...split(m, round),
    el(
      'div',
      { class: 'title-actions' },
      ...leaders.map((index) =>
        button({ class: 'primary', 'data-testid': 'tie-break' }, round.choices[index].text, () => take(index)),
      ),
    ),
  ];
}

/** How far the class has played: kept in the teacher's browser, so a refreshed projector carries on. */
export interface TogetherProgress {
  play: Playthrough;
  votes: ClassVotes;
}

/**
 * Mounts the story in `slot` and drives it by the class's votes. `heard` takes each dashboard reading
 * (for the votes coming in); `progress` is told after each choice taken; `ended` gets the playthrough
 * and the class's votes once an ending is reached. `votes` are those of the choices already played.
 */
export function mountTogether(
  slot: HTMLElement,
  m: Messages,
  play: TogetherPlay,
  link: TeacherLink,
  on: { progress(progress: TogetherProgress): void; ended(progress: TogetherProgress): void },
  votes: ClassVotes = {},
): { heard(state: ClassState): void; stop(): void } {
  const l = m.live;
  let beat = play.beat;
  let phase: Phase = { step: 'reading' };
  let latest: Round | null = null;
  let seconds = DEFAULT_VOTE_SECONDS;
  const status = el('p', { role: 'status', class: 'together-status', 'data-testid': 'together-status' });
  const panel = el('div', { class: 'together-panel', 'data-testid': 'together-panel' });
  const passage = el('div', { class: 'passage together-passage', 'data-testid': 'together-passage' });
  const timer = setInterval(() => tick(), 1000);

  const fail = (error: unknown) => {
    status.textContent = format(m, l.join_failed, { problem: error instanceof Error ? error.message : String(error) });
  };

  function draw() {
    passage.replaceChildren(...beat.paragraphs.map((paragraph) => el('p', {}, paragraph.text)));
    if (beat.ending) {
      status.textContent = '';
      panel.replaceChildren(
        button({ class: 'primary', 'data-testid': 'together-debrief' }, l.to_debrief, () => {
          stop();
          on.ended({ play: play.playthrough(), votes });
        }),
      );
      return;
    }
    if (phase.step === 'reading') {
      panel.replaceChildren(
        ...renderReading(m, beat, seconds, (chosen) => {
          seconds = chosen;
          void open();
        }),
      );
    } else if (phase.step === 'voting') {
      const round = phase.round;
      panel.replaceChildren(
        ...(latest?.number === round ? split(m, latest) : [renderChoices(m, beat)]),
        renderVoteActions(m, {
          close: () => void close(round),
          extend: () => void extend(round),
        }),
      );
      tick();
    } else if (phase.step === 'tied') {
      const round = phase.round;
      status.textContent = l.tied;
      panel.replaceChildren(...renderTie(m, round, phase.leaders, (index) => void close(round.number, index)));
    } else {
      const round = phase.round;
      status.textContent = '';
      panel.replaceChildren(
        ...split(m, round),
        button({ class: 'primary', 'data-testid': 'go-on' }, l.go_on, () => goOn(round)),
      );
    }
  }

  function tick() {
    if (phase.step !== 'voting') return;
    const left = Math.max(0, Math.ceil((phase.deadline - Date.now()) / 1000));
    const cast = latest?.number === phase.round ? (latest.votes ?? []).reduce((sum, n) => sum + n, 0) : 0;
    status.textContent = `${format(m, l.time_left, { seconds: left })} · ${format(m, l.votes_in, { count: cast })}`;
    if (left === 0) void close(phase.round);
  }

  async function open() {
    try {
      const round = await link.openRound(
        beat.choices.map((choice) => ({ text: choice.text, locked: Boolean(choice.locked) })),
        seconds,
      );
      latest = round;
      phase = { step: 'voting', round: round.number, deadline: Date.now() + seconds * 1000 };
      draw();
    } catch (error) {
      fail(error);
    }
  }

  async function extend(round: number) {
    if (phase.step !== 'voting' || phase.round !== round) return;
    phase = { ...phase, deadline: Math.max(phase.deadline, Date.now()) + EXTEND_SECONDS * 1000 };
    tick();
    await link.extendRound(round, EXTEND_SECONDS).catch(fail);
  }

  let closing = false;
  /**
   * Closes the vote, or, when the count read just before is tied, asks the teacher to pick first (the
   * server would refuse a tie without a pick; it still does if a late vote ties it, and that is asked too).
   */
  async function close(round: number, tieBreak?: number) {
    if (closing) return;
    closing = true;
    const tied = async () => {
      const counted = (await link.dashboard()).round;
      const leaders = counted && counted.number === round ? leadersOf(counted) : [];
      return leaders.length > 1 && counted ? ({ step: 'tied', round: counted, leaders } as const) : null;
    };
    try {
      phase = (tieBreak === undefined && (await tied())) || {
        step: 'shown',
        round: await link.closeRound(round, tieBreak),
      };
    } catch (error) {
      const tie = await tied().catch(() => null);
      if (tie) phase = tie;
      else fail(error);
    } finally {
      closing = false;
    }
    draw();
  }

  function goOn(round: Round) {
    const taken = round.taken ?? 0;
    if (beat.poll) {
      const counts: Record<string, number> = {};
      beat.choices.forEach((choice, index) => (counts[choice.source] = round.votes?.[index] ?? 0));
      votes[beat.poll] = counts;
    }
    beat = play.choose(beat.choices[taken].index);
    on.progress({ play: play.playthrough(), votes });
    phase = { step: 'reading' };
    latest = null;
    draw();
    passage.focus();
  }

  function stop() {
    clearInterval(timer);
  }

  slot.replaceChildren(
    el(
      'section',
      { class: 'together', 'data-testid': 'together', 'aria-label': l.mode_together },
      passage,
      status,
      panel,
    ),
  );
  passage.setAttribute('tabindex', '-1');
  draw();
  return {
    heard(state) {
      if (!state.round || phase.step !== 'voting' || state.round.number !== phase.round) return;
      latest = state.round;
      draw();
    },
    stop,
  };
}
