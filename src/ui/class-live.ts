// The teacher's live class session (?mode=live): start a session, then the projector view with the
// join code, link and QR code, the class's numbers as they arrive, reveal controls, end, export and
// delete. Talks to the class server only through the link it is given. Imports i18n, DOM helpers and platform types.

import type { ClassState, RegimeNumbers, Section } from '../class/wire';
import type { NewClassSession, TeacherLink } from '../platform/class-server';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { format, formatNumber, type Messages } from '../i18n/messages';
import type { NamedRegime, Regime } from '../model/regime';
import type { StoryLength } from '../narrative/opening';
import type { StoryOption } from '../narrative/poll-options';
import { mountTogether, type TogetherPlay, type TogetherProgress } from './class-together';
import type { ClassNumbers } from './debrief-view';
import type { Playthrough } from '../debrief/replay';
import { button, el } from './dom';
import { qrCode } from './qr-code';
import { isolateName, problemText } from '../app/rules-words';
import { checkRegime, customRegimeId, ruleSetOf, type RegimeCheck } from '../model/regime-check';

/** What this browser keeps of its session: the key, and how far a class playing together has got. */
export interface KeptSession {
  code: string;
  teacherKey: string;
  together?: TogetherProgress;
}

export interface LiveServer {
  create(wanted: NewClassSession): Promise<{ code: string; teacherKey: string }>;
  teacher(code: string, teacherKey: string): TeacherLink;
  /** The address students open to join. */
  joinLink(code: string): string;
  /** The session this browser started and still holds the key for. */
  kept(): KeptSession | null;
  keep(session: KeptSession | null): void;
  download(name: string, file: Blob): void;
  /** A new story's seed, for a class playing together. */
  pickSeed(): number;
}

/** The story in the projector's language: what together mode plays and the debrief names. */
export interface LiveStory {
  json: string;
  /** Every key decision's options in the story's words, in the order written. */
  options: Record<string, StoryOption[]>;
  regime(id: string): Regime;
  /** The other presets, for the debrief's "the same life under other rules". */
  others(id: string): Regime[];
  /** A playthrough for the class to play together: a new one, or one carried on after `choices`. */
  play(regime: Regime, length: StoryLength, seed: number, choices: readonly number[]): TogetherPlay;
}

const SECTIONS: Section[] = ['polls', 'endings', 'scores'];

function shareBar(m: Messages, count: number, total: number) {
  const percent = total > 0 ? Math.round((count / total) * 100) : 0;
  const bar = el('span', { class: 'share-bar', 'aria-hidden': 'true' });
  bar.style.inlineSize = `${percent}%`;
  return el('span', { class: 'share' }, bar, el('span', {}, format(m, m.teacher.share, { percent, count })));
}

function median(sorted: number[]) {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** A poll's options in the story's order and words, each with its count; one the story no longer has keeps its id. */
export function pollRows(written: StoryOption[] = [], counts: Record<string, number>) {
  const known = written.map(({ source, text }) => ({ source, text, count: counts[source] ?? 0 }));
  const unknown = Object.keys(counts).filter((source) => !written.some((option) => option.source === source));
  return [...known, ...unknown.map((source) => ({ source, text: source, count: counts[source] }))];
}

function sectionBody(
  m: Messages,
  options: Record<string, StoryOption[]>,
  section: Section,
  regime: string,
  numbers: RegimeNumbers,
): HTMLElement[] {
  const l = m.live;
  if (section === 'polls') {
    const polls = Object.entries(numbers.polls);
    if (polls.length === 0) return [el('p', {}, l.no_answers)];
    return polls.map(([poll, choices]) => {
      const total = Object.values(choices).reduce((sum, n) => sum + n, 0);
      return el(
        'div',
        { class: 'live-poll', 'data-poll': poll },
        el('h4', {}, m.polls[poll] ?? poll),
        el(
          'ul',
          {},
          ...pollRows(options[poll], choices).map(({ source, text, count }) =>
            el(
              'li',
              { 'data-choice': source },
              el('span', { class: 'choice-words' }, text),
              ' ',
              shareBar(m, count, total),
            ),
          ),
        ),
      );
    });
  }
  if (section === 'endings') {
    const endings = Object.entries(numbers.endings);
    if (endings.length === 0) return [el('p', {}, l.no_answers)];
    return [
      el(
        'ul',
        {},
        ...endings.map(([id, count]) =>
          el('li', {}, m.endings[id] ?? id, ' ', shareBar(m, count, numbers.finished ?? count)),
        ),
      ),
    ];
  }
  const scores = numbers.scores;
  if (scores.length === 0) return [el('p', {}, l.no_answers)];
  return [
    el(
      'p',
      { 'data-regime': regime },
      format(m, l.scores_line, {
        count: scores.length,
        min: formatNumber(m, scores[0]),
        median: formatNumber(m, median(scores)),
        max: formatNumber(m, scores.at(-1)!),
      }),
    ),
  ];
}

function dashboard(
  m: Messages,
  options: Record<string, StoryOption[]>,
  state: ClassState,
  toggle: (section: Section) => void,
): HTMLElement[] {
  const l = m.live;
  const people = state.people ?? { joined: 0, playing: 0, finished: 0 };
  const regimes = state.regimes ?? Object.keys(state.byRegime);
  const line = el(
    'p',
    { class: 'live-people', 'data-testid': 'live-people', role: 'status' },
    format(m, l.people, {
      joined: formatNumber(m, people.joined),
      playing: formatNumber(m, people.playing),
      finished: formatNumber(m, people.finished),
    }),
  );
  // Played together, the class's numbers are the votes, shown on the story itself.
  if (state.mode === 'together') return [line];
  return [
    line,
    ...SECTIONS.map((section) => {
      const shown = state.revealed.includes(section);
      const control = button(
        { class: 'secondary', 'aria-pressed': String(shown), 'data-testid': `reveal-${section}` },
        shown ? l.hide : l.reveal,
        () => toggle(section),
      );
      const heading = m.live[`section_${section}` as 'section_polls'];
      return el(
        'section',
        { class: 'live-section', 'data-section': section },
        el('h2', {}, heading, ' ', control),
        ...(shown
          ? regimes.map((regime) =>
              el(
                'div',
                { class: 'live-regime' },
                regimes.length > 1
                  ? el('h3', {}, format(m, l.per_rules, { regime: rulesName(m, state, regime) }))
                  : null,
                ...sectionBody(m, options, section, regime, state.byRegime[regime]),
              ),
            )
          : [el('p', { class: 'hidden-note' }, l.hidden)]),
      );
    }),
  ];
}

function creationForm(root: HTMLElement, m: Messages, server: LiveServer, regimes: string[], started: () => void) {
  const l = m.live;
  const radio = (name: string, value: string, label: string, checked: boolean) =>
    el(
      'label',
      { class: 'option' },
      el('input', { type: 'radio', name, value, ...(checked ? { checked: '' } : {}) }),
      ' ',
      label,
    );
  const check = (name: string, value: string, label: string, checked: boolean) =>
    el(
      'label',
      { class: 'option' },
      el('input', { type: 'checkbox', name, value, ...(checked ? { checked: '' } : {}) }),
      ' ',
      label,
    );
  const status = el('p', { role: 'status', 'data-testid': 'live-status' });
  const form = el(
    'form',
    { class: 'live-create', 'data-testid': 'live-create' },
    el(
      'fieldset',
      {},
      el('legend', {}, l.mode_label),
      radio('mode', 'devices', l.mode_devices, true),
      radio('mode', 'together', l.mode_together, false),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, l.length_label),
      radio('length', 'short', l.length_short, true),
      radio('length', 'full', l.length_full, false),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, l.rules_label),
      el('p', { class: 'hint' }, l.split_room),
      ...regimes.map((id, i) => check('regime', id, m.regimes[id]?.name ?? id, i === 0)),
      el(
        'label',
        { class: 'option' },
        m.live.rules_link_label,
        el('input', { type: 'text', name: 'rules_link', 'data-testid': 'live-rules-link', autocomplete: 'off' }),
      ),
    ),
    check('nicknames', 'yes', l.nicknames, false),
    el('button', { type: 'submit', 'data-testid': 'live-start' }, l.create),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const chosen = data.getAll('regime').map(String);
    const pasted = String(data.get('rules_link') ?? '').trim();
    status.textContent = l.creating;
    classRules(pasted)
      .then((own) => {
        if (own && !own.ok) {
          status.textContent = own.problems.map((problem) => problemText(m, problem)).join('; ');
          return;
        }
        const ids = [...(own ? [own.regime.id] : []), ...chosen].slice(0, 3);
        const wanted: NewClassSession = {
          mode: data.get('mode') === 'together' ? 'together' : 'devices',
          length: data.get('length') === 'full' ? 'full' : 'short',
          regimes: ids.length > 0 ? ids : [regimes[0]],
          ...(own ? { rules: [ruleSetOf(own.regime)] } : {}),
          nicknames: data.get('nicknames') === 'yes',
        };
        return server.create(wanted).then((session) => {
          server.keep(session);
          started();
        });
      })
      .catch(() => (status.textContent = l.no_server));
  });
  root.replaceChildren(el('main', { class: 'teacher live' }, el('h1', {}, l.heading), el('p', {}, l.intro), form));
}

/** The class's answers per rule set, as the debrief shows them beside each decision. */
const numbersOf = (state: ClassState): ClassNumbers =>
  (state.regimes ?? Object.keys(state.byRegime)).map((regime) => ({
    regime,
    polls: state.byRegime[regime]?.polls ?? {},
  }));

/** A rule set from the workshop, pasted as its link (or only its `#rules=…` part); none when nothing was pasted. */
async function classRules(pasted: string): Promise<RegimeCheck | undefined> {
  if (pasted === '') return undefined;
  const { decodeRulesFragment } = await import('../app/rules-share');
  const at = pasted.indexOf('#');
  return decodeRulesFragment(at >= 0 ? pasted.slice(at) : `#rules=${pasted}`);
}

/** A class's own rule set in the session, checked here like any rules that come from elsewhere. */
function ownRules(state: ClassState, regime: string): NamedRegime | undefined {
  const rules = state.rules?.find((candidate) => customRegimeId(candidate) === regime);
  const checked = rules && checkRegime(rules);
  return checked?.ok ? checked.regime : undefined;
}

/** A rule set's name on the projector: a preset's from the tables, a class's as the class wrote it. */
function rulesName(m: Messages, state: ClassState, regime: string): string {
  const own = ownRules(state, regime);
  return own ? isolateName(own.name) : (m.regimes[regime]?.name ?? regime);
}

function projector(
  root: HTMLElement,
  m: Messages,
  server: LiveServer,
  story: LiveStory,
  kept: KeptSession,
  again: () => void,
) {
  const l = m.live;
  const link = server.teacher(kept.code, kept.teacherKey);
  const joinLink = server.joinLink(kept.code);
  const board = el('div', { class: 'live-board', 'data-testid': 'live-board', 'aria-live': 'polite' });
  const status = el('p', { role: 'status', 'data-testid': 'live-status' });
  const stage = el('div', { class: 'live-stage' });
  let together: ReturnType<typeof mountTogether> | null = null;
  let latest: ClassState | null = null;
  /**
   * What the teacher last asked to reveal, until the stream shows it: a reading taken before the
   * request reached the server must not undo it, nor a second click build on that older reading.
   */
  let asked: Section[] | null = null;
  const draw = (state: ClassState) => {
    const first = !latest;
    latest = state;
    status.textContent = state.ended ? l.ended : '';
    board.replaceChildren(...dashboard(m, story.options, state, toggle));
    together?.heard(state);
    // A refreshed projector carries on where the class was; a new session waits for the teacher.
    if (first && state.mode === 'together' && kept.together) begin(state, kept.together);
    else if (first && state.mode === 'together') {
      stage.replaceChildren(
        button({ class: 'primary', 'data-testid': 'begin-story' }, l.begin_story, () => begin(state)),
      );
    }
    if (state.ended && state.mode === 'devices' && !stage.hasChildNodes()) {
      stage.replaceChildren(
        button({ class: 'primary', 'data-testid': 'live-debrief' }, l.to_debrief, () => void showClassDecisions()),
      );
    }
  };
  /** Together: the projector plays the story under the session's first rule set, the class voting at each choice. */
  const begin = (state: ClassState, saved?: TogetherProgress) => {
    const first = state.regimes?.[0] ?? '';
    const regime = ownRules(state, first) ?? story.regime(first);
    const seed = saved?.play.seed ?? server.pickSeed();
    together = mountTogether(
      stage,
      m,
      story.play(regime, state.length, seed, saved?.play.choices ?? []),
      link,
      {
        progress: (progress) => server.keep({ code: kept.code, teacherKey: kept.teacherKey, together: progress }),
        ended: ({ play, votes }) => void showDebrief(regime, play, votes),
      },
      saved?.votes,
    );
  };
  const debriefPage = (content: HTMLElement) => {
    stop();
    root.replaceChildren(
      el(
        'main',
        { class: 'teacher live live-debrief', 'data-testid': 'live-debrief-page' },
        el('h1', {}, l.heading),
        controls,
        content,
      ),
    );
  };
  const showDebrief = async (regime: Regime, play: Playthrough, votes: TogetherProgress['votes']) => {
    const [{ buildDebrief }, { renderDebrief }, texts] = await Promise.all([
      import('../debrief/debrief'),
      import('./debrief-view'),
      DEBRIEF_TEXTS[m.lang](),
    ]);
    const debrief = buildDebrief(story.json, regime, play, story.others(regime.id));
    debriefPage(renderDebrief(m, texts, debrief, {}, [{ regime: regime.id, polls: votes }]));
  };
  /** Each on their own device: every key decision the class met, each option with its share per rule set. */
  const showClassDecisions = async () => {
    if (!latest) return;
    const { renderClassDecisions } = await import('./debrief-view');
    const numbers = numbersOf(latest);
    const met = Object.keys(story.options).filter((poll) => numbers.some((n) => poll in n.polls));
    debriefPage(
      renderClassDecisions(
        m,
        l.section_polls,
        l.class_decisions_intro,
        met.map((poll) => ({ poll, options: story.options[poll] })),
        numbers,
      ),
    );
  };
  const heard = (state: ClassState) => {
    const same = asked && asked.length === state.revealed.length && asked.every((s) => state.revealed.includes(s));
    if (same) asked = null;
    draw(asked ? { ...state, revealed: asked } : state);
  };
  /** Shown at once, then sent. */
  function toggle(section: Section) {
    if (!latest) return;
    const current = asked ?? latest.revealed;
    const revealed = current.includes(section) ? current.filter((shown) => shown !== section) : [...current, section];
    asked = revealed;
    draw({ ...latest, revealed });
    void link.reveal(revealed).catch(() => (status.textContent = l.connection_lost));
  }
  const stop = link.watch(heard);
  const download = (format: 'csv' | 'json') => async () =>
    server.download(`good-standing-${kept.code}.${format}`, await link.exportFile(format));
  const controls = el(
    'div',
    { class: 'title-actions live-controls' },
    button(
      { class: 'secondary', 'data-testid': 'live-end' },
      l.end,
      () => void link.end().then(() => latest && draw({ ...latest, ended: true })),
    ),
    button({ class: 'secondary' }, l.export_csv, () => void download('csv')()),
    button({ class: 'secondary' }, l.export_json, () => void download('json')()),
    button({ class: 'secondary danger', 'data-testid': 'live-delete' }, l.delete, () => {
      if (!window.confirm(l.confirm_delete)) return;
      void link.remove().then(() => {
        stop();
        server.keep(null);
        root.replaceChildren(
          el(
            'main',
            { class: 'teacher live' },
            el('p', { role: 'status' }, l.deleted),
            button({}, l.new_session, again),
          ),
        );
      });
    }),
  );
  root.replaceChildren(
    el(
      'main',
      { class: 'teacher live projector' },
      el(
        'section',
        { class: 'live-join', 'data-testid': 'live-join' },
        // An address reads left to right in any language: isolated, its slash stays at its end in Arabic.
        el(
          'h1',
          {},
          format(m, l.join_heading, {
            link: `\u2066${joinLink.replace(/^https?:\/\//, '').replace(/\?.*$/, '')}\u2069`,
          }),
        ),
        el(
          'p',
          { class: 'join-code-line' },
          `${l.code_label}: `,
          el('strong', { class: 'join-code', 'data-testid': 'join-code', dir: 'ltr' }, kept.code),
        ),
        el('p', { class: 'join-link' }, el('bdi', { dir: 'ltr' }, joinLink)),
        qrCode(joinLink, l.qr_label),
        el('p', { class: 'hint' }, l.key_notice),
      ),
      el('section', { class: 'live-numbers' }, status, board, stage, controls),
    ),
  );
}

export function mountLiveTeacher(
  root: HTMLElement,
  m: Messages,
  server: LiveServer,
  story: LiveStory,
  regimes: string[],
): void {
  document.documentElement.lang = m.lang;
  document.documentElement.dir = m.dir;
  document.title = `${m.live.heading} · ${m.ui.game_title}`;
  root.dataset.screen = 'live';
  const show = () => {
    const kept = server.kept();
    if (kept) projector(root, m, server, story, kept, show);
    else creationForm(root, m, server, regimes, show);
  };
  show();
}
