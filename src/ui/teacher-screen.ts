// The teacher's page (?mode=teacher): takes students' results files by drop, picker or paste, checks
// each, and shows what the class chose. Holds them in memory only; nothing is stored or sent.
// Imports the results reader, i18n and DOM helpers.

import { isolateName } from '../app/rules-words';
import { parseResultsText, tallyClass, type ClassView, type ReadFile, type Results } from '../debrief/results';
import { format, formatNumber, type Messages } from '../i18n/messages';
import { button, el, table } from './dom';

function share(m: Messages, count: number, total: number): HTMLElement {
  const percent = total > 0 ? Math.round((count / total) * 100) : 0;
  const bar = el('span', { class: 'share-bar', 'aria-hidden': 'true' });
  // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
  bar.style.inlineSize = `${percent}%`;
  return el('span', { class: 'share' }, bar, el('span', {}, format(m, m.teacher.share, { percent, count })));
}

function renderClass(m: Messages, view: ClassView): HTMLElement[] {
  const t = m.teacher;
  if (view.students === 0) return [el('p', {}, t.empty)];
  const regimeName = (id: string) =>
    Object.hasOwn(view.rulesNames, id) ? isolateName(view.rulesNames[id]) : (m.regimes[id]?.name ?? id);
  return [
    el('p', { class: 'students', 'data-testid': 'students' }, format(m, t.students, { count: view.students })),
    el('h2', {}, t.endings_heading),
    table(
      null,
      [m.debrief.col_ending, t.col_count],
      Object.entries(view.endings).map(([id, count]) => ({
        cells: [m.endings[id] ?? id, share(m, count, view.students)],
      })),
    ),
    el('h2', {}, t.scores_heading),
    table(
      null,
      [m.debrief.col_regime, t.col_count, t.col_min, t.col_median, t.col_max],
      view.scores.map((row) => ({
        cells: [
          regimeName(row.regime),
          formatNumber(m, view.regimes[row.regime] ?? 0),
          formatNumber(m, row.min),
          formatNumber(m, row.median),
          formatNumber(m, row.max),
        ],
      })),
    ),
    el('h2', {}, t.polls_heading),
    ...view.polls.map((poll) =>
      el(
        'section',
        { class: 'poll', 'data-poll': poll.poll },
        table(
          m.polls[poll.poll] ?? poll.poll,
          [t.col_option, t.col_share],
          poll.options.map((option) => ({ cells: [el('bdi', {}, option.text), share(m, option.count, poll.answers)] })),
        ),
      ),
    ),
  ];
}

export function mountTeacher(root: HTMLElement, m: Messages): void {
  const t = m.teacher;
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = `${t.heading} · ${m.ui.game_title}`;
  root.dataset.screen = 'teacher';
  const collected: Results[] = [];
  let pastes = 0;
  const log = el('ul', { class: 'teacher-log', 'data-testid': 'teacher-log' });
  const summary = el('div', { class: 'class-view', 'data-testid': 'class-view' });

  const show = () => summary.replaceChildren(...renderClass(m, tallyClass(collected)));
  const take = (files: ReadFile[]) => {
    for (const file of files) {
      collected.push(...file.results);
      const line = file.problem
        ? format(m, t.read_problem, { name: file.name, problem: m.results_problems[file.problem] })
        : format(m, t.read_ok, { name: file.name, count: file.results.length });
      log.append(el('li', { class: file.problem ? 'problem' : undefined }, line));
    }
    show();
  };
  const readFiles = async (list: FileList | null) =>
    take(await Promise.all([...(list ?? [])].map(async (file) => parseResultsText(file.name, await file.text()))));

  const picker = el('input', {
    tabindex: '-1',
    'aria-hidden': 'true',
    type: 'file',
    multiple: '',
    accept: '.json,application/json',
    id: 'results-files',
    'data-testid': 'results-files',
  });
  picker.addEventListener('change', () => {
    void readFiles(picker.files).then(() => (picker.value = ''));
  });
  const drop = el(
    'div',
    { class: 'drop-zone', 'data-testid': 'drop-zone' },
    el('p', {}, t.drop),
    button({ class: 'secondary' }, t.choose_files, () => picker.click()),
    picker,
  );
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    void readFiles(event.dataTransfer?.files ?? null);
  });
  const paste = el('textarea', { id: 'results-paste', rows: '5', 'data-testid': 'results-paste' });
  const addPasted = button({ class: 'secondary', 'data-testid': 'add-pasted' }, t.paste_add, () => {
    if (!paste.value.trim()) return;
    pastes += 1;
    take([parseResultsText(format(m, t.pasted, { number: pastes }), paste.value)]);
    paste.value = '';
  });
  const clear = button({ class: 'secondary' }, t.clear, () => {
    collected.length = 0;
    log.replaceChildren();
    show();
  });
  root.replaceChildren(
    el(
      'main',
      { class: 'teacher' },
      el('h1', {}, t.heading),
      el('p', {}, t.intro),
      drop,
      el('label', { for: 'results-paste' }, t.paste_label),
      paste,
      el(
        'div',
        { class: 'title-actions' },
        addPasted,
        clear,
        el('a', { href: '?', class: 'secondary button-link' }, t.back_to_game),
        el('a', { href: `?mode=rules&lang=${m.lang}`, class: 'secondary button-link' }, t.workshop_link),
      ),
      el('div', { role: 'status' }, log),
      summary,
    ),
  );
  show();
}
