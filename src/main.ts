// Composition root: picks the language's edition, wires the story, the score model, storage and
// the views, then lets Phaser arrive after the first text is on screen. The only module that knows them all.

import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/opendyslexic/400.css';
import './ui/style.css';
import { openEdition, type ShippedStory } from './app/editions';
import { fetchEngine, type StoryEngine } from './app/engine-arrival';
import { autosaveKey, SETTINGS_KEY } from './app/save-keeper';
import { createSession } from './app/session';
import { defaultSettings, readSettings } from './app/settings';
import { readLink } from './app/url';
import { preferredLanguage, type Language } from './i18n/languages';
import { format } from './i18n/messages';
import { DEFAULT_REGIME, findRegime, REGIMES } from './model/regimes';
import { afterIdle, painted, whenStill } from './platform/after-paint';
import { linkManifest } from './platform/install';
import { openLocalStore } from './platform/local-store';
import { startSound, startStage } from './stage/behind-text';
import { downloadFile } from './ui/dom';
import { mountUi } from './ui/mount';
import { mountRulesIntro } from './ui/rules-intro';
import { isolateName } from './app/rules-words';
import { reportToClass, type ClassReport } from './app/class-report';
import type { NamedRegime, Regime } from './model/regime';
import { checkRegime, type RegimeCheck } from './model/regime-check';
import { LENGTH_VARIABLES, openingFor, type StoryLength } from './narrative/opening';

/** How long the reader is still before the stage's script may run (a kiosk starts it at once). */
const STAGE_AFTER_STILL_MS = 1000;
/** The same for the story engine, which the first choices after an opening need. */
const ENGINE_AFTER_STILL_MS = 400;

const store = openLocalStore();
const link = readLink(window.location.search, (id) => findRegime(id) !== undefined);
const pickSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000_000;
const linkedRegime = (link.regime && findRegime(link.regime)) || DEFAULT_REGIME;
const defaults = defaultSettings(
  window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  preferredLanguage(navigator.languages),
);
const stored = (() => {
  try {
    return readSettings(store.read(SETTINGS_KEY), defaults);
  } catch {
    return defaults;
  }
})();
const wanted = link.lang ?? stored.lang;

/** Opens the same game in another language: straight back into the playthrough, if there is one. */
function reopenIn(next: Language, playing: boolean) {
  const params = new URLSearchParams(window.location.search);
  params.delete('seed');
  params.delete('start');
  params.set('lang', next);
  if (playing) params.set('start', 'resume');
  window.location.replace(`${window.location.pathname}?${params.toString()}`);
}

/**
 * A rule set a class sent in the link's fragment (`#rules=…`), decoded and checked; undefined when the link
 * carries none. Its code (and fflate) loads only for such a link.
 */
async function readSharedRules(hash: string): Promise<RegimeCheck | undefined> {
  if (!hash.includes('rules=')) return undefined;
  const { decodeRulesFragment } = await import('./app/rules-share');
  return decodeRulesFragment(hash);
}

/** Reopens the game under a class's rule set with a save made under it, as that rule set's game to resume. */
async function reopenUnder(rules: NamedRegime, saveText: string, lang: Language) {
  const { encodeRulesLink } = await import('./app/rules-share');
  store.write(autosaveKey(rules, DEFAULT_REGIME), saveText);
  const params = new URLSearchParams(window.location.search);
  params.delete('seed');
  params.delete('regime');
  params.set('lang', lang);
  params.set('start', 'resume');
  window.location.assign(`${window.location.pathname}?${params.toString()}${encodeRulesLink(rules)}`);
}

/**
 * inkjs, the runner and the compiled story: at once when the first screen needs them; otherwise they
 * arrive when `fetchNow` is called (once the reader is still after the first words, or when something waits).
 */
async function storyEngine(story: ShippedStory, first: boolean) {
  if (first) return { engine: await fetchEngine(story), fetchNow: () => {} };
  let fetchNow = () => {};
  const engine = new Promise<StoryEngine>((resolve, reject) => {
    fetchNow = () => void fetchEngine(story).then(resolve, reject);
  });
  return { engine, fetchNow };
}

/** A student in a live class session plays under the rules and length the server gave them, reporting as they go. */
interface LiveStudent {
  regime: Regime;
  length: StoryLength;
  report: (report: ClassReport) => void;
}

async function start(live?: LiveStudent) {
  const [{ story, messages }, shared] = await Promise.all([
    openEdition(wanted),
    live ? undefined : readSharedRules(window.location.hash),
  ]);
  // A bad rules link is told and set aside: the game goes on under the rules it would otherwise use.
  const regime = live?.regime ?? (shared?.ok ? shared.regime : linkedRegime);
  const refused =
    shared && !shared.ok ? [{ key: 'rules_link_refused' as const, problems: shared.problems, regime: regime.id }] : [];
  const lang = messages.lang;
  linkManifest(lang);
  const length = live?.length ?? link.length;
  // A game resumed, a class's, or one with no opening played at build time needs the engine first.
  const opening = openingFor({ regime, variables: LENGTH_VARIABLES[length] }, story.openings ?? []);
  const first = link.resume || live !== undefined || (link.startNew && !opening);
  const { engine, fetchNow } = await storyEngine(story, first);
  const played = createSession({
    story,
    engine,
    hurryEngine: fetchNow,
    regime,
    standardRegime: DEFAULT_REGIME,
    otherRegimes: Object.values(REGIMES).filter((other) => other.id !== regime.id),
    lang,
    store,
    pickSeed,
    length,
    defaultSettings: defaults,
    // The autosave waits until the new words are painted; a hidden or closing page writes it at once.
    defer: afterIdle,
    whileReading: afterIdle,
    notices: [...link.ignored.map(({ param, value }) => ({ key: 'link_ignored' as const, param, value })), ...refused],
    openUnderRules: (rules, text) => void reopenUnder(rules, text, lang),
  });
  const session = live ? reportToClass(played, live.report) : played;
  window.addEventListener('pagehide', () => session.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.flush();
  });
  // A language named in the link is the player's choice from now on.
  if (session.view.settings.lang !== lang) session.changeSettings({ lang });

  const root = document.getElementById('app');
  const teaching = link.mode === 'teacher';
  if (root && teaching) {
    const { mountTeacher } = await import('./ui/teacher-screen');
    mountTeacher(root, messages);
  } else if (root) {
    // A class's rules from the link are read in plain words before anything is played under them.
    if (shared?.ok && !link.resume)
      await new Promise<void>((play) => mountRulesIntro(root, messages, shared.regime, play));
    // A game from the link starts before mounting, so the first screen drawn is its first passage.
    if (link.startNew) session.newGame(link.seed);
    else if (link.resume) session.resume();
    // A student who joined goes straight into the story, back to their place after a refresh.
    else if (live && session.view.screen === 'title') {
      if (session.view.resume) session.resume();
      else session.newGame();
    }
    const rulesName =
      regime.name !== undefined ? isolateName(regime.name) : (messages.regimes[regime.id]?.name ?? regime.id);
    const banner =
      link.mode === 'class' || live
        ? format(messages, messages.ui.class_banner, { regime: rulesName })
        : regime.name !== undefined
          ? format(messages, messages.ui.custom_banner, { name: rulesName })
          : undefined;
    mountUi(root, session, messages, {
      banner,
      switchLanguage: reopenIn,
      classServer: live ? undefined : classServerUp(),
    });
    performance.mark('gs:first-text');
  }

  if (!teaching) void painted().then(() => whenStill(ENGINE_AFTER_STILL_MS).then(fetchNow));
  startSound(session);
  const stage = document.getElementById('stage');
  // The city arrives once the reader pauses: a tap on a first choice is answered before Phaser runs.
  if (stage && root && !teaching) void startStage(stage, session, root, { stillMs: STAGE_AFTER_STILL_MS });
}

/** The class server is the host that served the game: same origin, under the same path. */
const classBase = `${window.location.origin}${window.location.pathname.replace(/\/[^/]*$/, '')}`;
/**
 * Whether the class server served this page and is up. It marks its responses `Server-Timing:
 * class-server`; only then is it asked, at the same origin: a statically hosted game never asks anyone.
 */
function classServerUp(): Promise<boolean> {
  const [page] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (!page?.serverTiming?.some((entry) => entry.name === 'class-server')) return Promise.resolve(false);
  return fetch(`${classBase}/api/health`)
    .then(async (response) => response.ok && ((await response.json()) as { ok?: unknown }).ok === true)
    .catch(() => false);
}
const MEMBER_KEY = (code: string) => `good-standing:class-member:${code}`;
const TEACHER_KEY = 'good-standing:live-teacher';

async function startLiveTeacher() {
  const edition = await openEdition(wanted);
  const { messages } = edition;
  const [{ mountLiveTeacher }, server, { findPollOptions }, { startRunner }, json] = await Promise.all([
    import('./ui/class-live'),
    import('./platform/class-server'),
    import('./narrative/poll-options'),
    import('./narrative/runner'),
    edition.story.json(),
  ]);
  mountLiveTeacher(
    document.getElementById('app') ?? document.body,
    messages,
    {
      create: (wantedSession) => server.createClassSession(classBase, wantedSession),
      teacher: (code, key) => server.teacherLink(classBase, code, key),
      joinLink: (code) => `${classBase}/?join=${code}`,
      kept: () => {
        try {
          return JSON.parse(store.read(TEACHER_KEY) ?? 'null');
        } catch {
          return null;
        }
      },
      keep: (kept) => (kept ? store.write(TEACHER_KEY, JSON.stringify(kept)) : store.remove(TEACHER_KEY)),
      download: (name, file) => {
        const anchor = document.createElement('a');
        anchor.href = URL.createObjectURL(file);
        anchor.download = name;
        anchor.click();
        setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
      },
      pickSeed,
    },
    {
      json,
      options: findPollOptions(json),
      regime: (id) => findRegime(id) ?? DEFAULT_REGIME,
      others: (id) => Object.values(REGIMES).filter((other) => other.id !== id),
      play: (regime, length, seed, choices) => {
        const variables = LENGTH_VARIABLES[length];
        const runner = startRunner({ story: json, regime, seed, variables });
        try {
          for (const index of choices) runner.choose(index);
        } catch {
          // Kept from another version of the story: the class starts it again.
          runner.restart(seed);
        }
        return {
          get beat() {
            return runner.beat;
          },
          choose: (index) => runner.choose(index),
          playthrough: () => ({ seed, choices: [...runner.choices], variables }),
        };
      },
    },
    Object.keys(REGIMES),
  );
}

async function startJoin(typed: string) {
  const server = await import('./platform/class-server');
  const play = async (
    code: string,
    member: { token: string; regime: string; rules?: unknown; length: StoryLength; mode?: string },
  ) => {
    const link = server.connectStudent(classBase, member.token, await server.openOutbox(code));
    void link.flush();
    // Played together, the story is on the projector: the phone only votes.
    if (member.mode === 'together') {
      const [{ messages }, { mountClassVote }] = await Promise.all([openEdition(wanted), import('./ui/class-vote')]);
      mountClassVote(document.getElementById('app') ?? document.body, messages, link);
      return;
    }
    // A class's own rule set comes whole from the server, and is checked here like any other.
    const own = member.rules === undefined ? undefined : checkRegime(member.rules);
    await start({
      regime: own?.ok && own.regime.id === member.regime ? own.regime : (findRegime(member.regime) ?? DEFAULT_REGIME),
      length: member.length,
      report: (report) => void link.report(report),
    });
  };
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  const kept = code ? store.read(MEMBER_KEY(code)) : null;
  if (kept) return play(code, JSON.parse(kept));
  const { messages } = await openEdition(wanted);
  const { mountClassJoin } = await import('./ui/class-join');
  mountClassJoin(
    document.getElementById('app') ?? document.body,
    messages,
    code,
    async (entered) => {
      const clean = entered.replace(/[\s-]/g, '').toUpperCase();
      const member = await server.joinClassSession(classBase, clean);
      store.write(MEMBER_KEY(clean), JSON.stringify(member));
      await play(clean, member);
    },
    (error) => {
      const status = error instanceof server.ClassServerError ? error.status : 0;
      const l = messages.live;
      return status === 404 || status === 400
        ? l.join_unknown
        : status === 409
          ? l.join_ended
          : status === 429
            ? l.join_too_many
            : l.no_server;
    },
  );
}

/** The rules workshop (?mode=rules): edits a rule set from a preset or a shared link, previews it, shares it, plays it. */
async function startWorkshop() {
  const [{ story, messages }, opened, { mountRulesWorkshop }, share] = await Promise.all([
    openEdition(wanted).then(async (edition) => ({ ...edition, story: await edition.story.json() })),
    readSharedRules(window.location.hash),
    import('./ui/rules-workshop'),
    import('./app/rules-share'),
  ]);
  const gameLink = (regime: NamedRegime) =>
    `${window.location.origin}${window.location.pathname}?lang=${messages.lang}${share.encodeRulesLink(regime)}`;
  mountRulesWorkshop(document.getElementById('app') ?? document.body, messages, {
    story,
    presets: Object.values(REGIMES),
    start: linkedRegime,
    opened,
    shareLink: gameLink,
    copy: (text) => navigator.clipboard.writeText(text),
    // The file is named after the rule set where its name has letters a file name keeps everywhere.
    rulesFile: (regime) => ({
      name: `${
        regime.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'rules'
      }.rules.json`,
      text: share.encodeRulesFile(regime),
    }),
    download: downloadFile,
    readRulesFile: share.decodeRulesFile,
    play: (regime) => window.location.assign(gameLink(regime)),
  });
}

// A kiosk is its own composition: one page all day, a fresh session for each visitor.
if (link.mode === 'live') void startLiveTeacher();
else if (link.mode === 'rules') void startWorkshop();
else if (link.join !== undefined) void startJoin(link.join);
else if (link.mode === 'kiosk') {
  void import('./kiosk/kiosk').then(({ runKiosk }) =>
    runKiosk({
      root: document.getElementById('app') ?? document.body,
      stage: document.getElementById('stage'),
      pickSeed,
      prefersReducedMotion: defaults.reducedMotion,
    }),
  );
} else void start();
