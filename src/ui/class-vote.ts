// A student's phone when the class plays together on the projector: waits for a vote, offers the
// choices (locked ones shown and refused), keeps the student's vote changeable until it closes, then
// shows the split. Imports i18n, DOM helpers and the wire types.

import type { ClassState, Round } from '../class/wire';
import { format, type Messages } from '../i18n/messages';
import { button, el } from './dom';

export interface VoteLink {
  watch(onState: (state: ClassState) => void): () => void;
  vote(round: number, choice: number): Promise<void>;
}

function shares(m: Messages, round: Round): HTMLElement[] {
  const votes = round.votes ?? [];
  const total = votes.reduce((sum, n) => sum + n, 0);
  const percent = (index: number) => (total > 0 ? Math.round(((votes[index] ?? 0) / total) * 100) : 0);
  const taken = round.taken;
  return [
    taken === null
      ? el('p', {}, m.live.vote_closed)
      : el(
          'p',
          { class: 'together-split', 'data-testid': 'vote-split' },
          format(m, m.live.split_line, { percent: percent(taken), choice: round.choices[taken].text }),
        ),
    el(
      'ul',
      { class: 'together-shares' },
      ...round.choices.map((choice, index) =>
        el(
          'li',
          { class: index === taken ? 'taken' : undefined },
          el('bdi', {}, choice.text),
          ' ',
          format(m, m.teacher.share, { percent: percent(index), count: votes[index] ?? 0 }),
        ),
      ),
    ),
  ];
}

export function mountClassVote(root: HTMLElement, m: Messages, link: VoteLink): () => void {
  const l = m.live;
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = `${l.vote_title} · ${m.ui.game_title}`;
  root.dataset.screen = 'vote';
  const body = el('div', { class: 'class-vote', 'data-testid': 'vote' });
  const status = el('p', { role: 'status', 'data-testid': 'vote-status' });
  const clock = el('p', { class: 'vote-clock', 'data-testid': 'vote-clock' });
  /** The student's own pick in each round, kept on this page only. */
  const picked = new Map<number, number>();
  let shown = '';
  let round: Round | null = null;

  const tick = () => {
    if (!round?.open) return void (clock.textContent = '');
    const seconds = Math.max(0, Math.ceil((Date.parse(round.closesAt) - Date.now()) / 1000));
    clock.textContent = format(m, l.time_left, { seconds });
  };
  const timer = setInterval(tick, 1000);

  const draw = (state: ClassState) => {
    round = state.round;
    // Only a change the student can act on redraws the buttons, so a count arriving keeps their focus.
    const key = JSON.stringify([state.ended, round?.number, round?.open, round?.taken, picked.get(round?.number ?? 0)]);
    if (key === shown && round?.open) return tick();
    shown = key;
    if (state.ended && !round?.open) {
      body.replaceChildren(el('p', {}, l.vote_ended), ...(round && !round.open ? shares(m, round) : []));
    } else if (!round || (!round.open && round.taken === null && !round.votes)) {
      body.replaceChildren(el('p', {}, l.vote_wait));
    } else if (round.open) {
      const number = round.number;
      const mine = picked.get(number);
      status.textContent =
        mine === undefined ? l.vote_pick : format(m, l.vote_cast, { choice: round.choices[mine].text });
      body.replaceChildren(
        el('h2', {}, l.vote_now),
        el(
          'ul',
          { class: 'vote-choices' },
          ...round.choices.map((choice, index) =>
            el(
              'li',
              {},
              choice.locked
                ? el(
                    'button',
                    { type: 'button', disabled: '', 'aria-disabled': 'true', class: 'secondary locked' },
                    el('bdi', {}, choice.text),
                    ` (${l.vote_locked})`,
                  )
                : button(
                    {
                      'data-testid': 'vote-choice',
                      'aria-pressed': String(mine === index),
                      class: mine === index ? 'primary' : 'secondary',
                    },
                    el('bdi', {}, choice.text),
                    () => {
                      picked.set(number, index);
                      draw(state);
                      link.vote(number, index).catch(
                        (error: unknown) =>
                          (status.textContent = format(m, l.voting_failed, {
                            problem: error instanceof Error ? error.message : String(error),
                          })),
                      );
                    },
                  ),
            ),
          ),
        ),
        clock,
        status,
      );
      tick();
    } else {
      body.replaceChildren(...shares(m, round));
    }
  };

  root.replaceChildren(el('main', { class: 'teacher join vote-page' }, el('h1', {}, l.vote_title), body));
  body.replaceChildren(el('p', {}, l.vote_wait));
  const stop = link.watch(draw);
  return () => {
    stop();
    clearInterval(timer);
  };
}
