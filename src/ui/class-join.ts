// A student joining a live class session (?join=CODE): the code (filled in from the link), one
// button, and a clear word when the code is wrong or the session has ended. No name is asked for.
// Imports i18n and DOM helpers.

import { format, type Messages } from '../i18n/messages';
import { el } from './dom';

export function mountClassJoin(
  root: HTMLElement,
  m: Messages,
  code: string,
  join: (code: string) => Promise<void>,
  problemOf: (error: unknown) => string,
): void {
  const l = m.live;
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = `${l.join_title} · ${m.ui.game_title}`;
  root.dataset.screen = 'join';
  const input = el('input', {
    id: 'join-code',
    name: 'code',
    value: code,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '16',
    dir: 'ltr',
    'data-testid': 'join-code-input',
  });
  const status = el('p', { role: 'status', 'data-testid': 'join-status' });
  const submit = el('button', { type: 'submit', 'data-testid': 'join-button' }, l.join_button);
  const form = el(
    'form',
    { class: 'class-join' },
    el('label', { for: 'join-code' }, l.code_label),
    input,
    submit,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    status.textContent = l.joining;
    join(input.value).catch((error: unknown) => {
      submit.disabled = false;
      status.textContent = format(m, l.join_failed, { problem: problemOf(error) });
    });
  });
  root.replaceChildren(
    el('main', { class: 'teacher join' }, el('h1', {}, l.join_title), el('p', {}, l.join_intro), form),
  );
}
