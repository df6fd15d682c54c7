import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, autosaveKey, RULE_SET_GAMES_KEPT, SET_ASIDE_PREFIX } from '../../src/app/save-keeper';
import type { StoryEngine } from '../../src/app/engine-arrival';
import { createSession, type StoryBundle } from '../../src/app/session';
import type { View } from '../../src/app/view';
import { defaultSettings } from '../../src/app/settings';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import type { NamedRegime, Regime } from '../../src/model/regime';
import { checkRegime } from '../../src/model/regime-check';
import { findOpenings } from '../../src/narrative/find-openings';
import { LENGTH_VARIABLES } from '../../src/narrative/opening';
import { compileStory, engineFor, fixture } from '../helpers/stories';
import { memoryStore } from '../helpers/memory-store';

/** A story as the build ships it and its compiled ink, which the tests hand the session at once. */
type Compiled = StoryBundle & { json: string };

const open = (store = memoryStore()) => ({
  store,
  session: createSession({
    engine: engineFor(fixture('gates')),
    story: fixture('gates'),
    regime: DEFAULT_REGIME,
    store,
    pickSeed: () => 42,
    now: () => new Date('2026-11-29T12:00:00Z'),
    defaultSettings: defaultSettings(false),
  }),
});

const screen = <S extends View['screen']>(view: View, name: S) => {
  expect(view.screen).toBe(name);
  return view as Extract<View, { screen: S }>;
};

describe('session', () => {
  it('opens on the title with nothing to resume on a first visit', () => {
    const { session } = open();
    expect(session.view).toMatchObject({ screen: 'title', resume: null, notices: [] });
  });

  it('starts a new game on the first beat and autosaves it', () => {
    const { session, store } = open();
    session.newGame();
    const view = screen(session.view, 'story');
    expect(view.hud).toEqual({ score: 1000, tier: 'A', lists: [], changes: [] });
    expect(JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}').runner.seed).toBe(42);
  });

  it('shows each score change in the HUD with the beat that caused it, then clears it', () => {
    const { session } = open();
    session.newGame();
    session.choose(0);
    const after = screen(session.view, 'story');
    expect(after.hud.changes.map((c) => c.event)).toEqual(['crossed_on_red', 'post_flagged_rumour']);
    expect(after.hud.tier).toBe('B');
    session.choose(1);
    expect(screen(session.view, 'ending').hud.changes).toEqual([]);
  });

  it('sums up a chapter at its ledger cue: what was counted and which doors shut', () => {
    const { session } = open();
    session.newGame();
    session.choose(1);
    session.choose(0);
    session.choose(0);
    const view = screen(session.view, 'story');
    expect(view.summary).toMatchObject({ chapter: 1, start: 1000, end: 950 });
    expect(view.summary?.entries.map((e) => e.event)).toEqual(['court_judgment_unpaid']);
    expect(view.summary?.closed).toContain('rail_highspeed');
  });

  it('ignores an intent to take a locked choice', () => {
    const { session } = open();
    session.newGame();
    session.choose(0);
    const before = session.view;
    session.choose(0);
    expect(session.view).toBe(before);
  });

  it('reaches an ending screen with the whole ledger and the starting score', () => {
    const { session } = open();
    session.newGame();
    session.choose(0);
    session.choose(1);
    const view = screen(session.view, 'ending');
    expect(view.ending).toBe('home_again');
    expect(view.start).toBe(1000);
    expect(view.ledger.map((e) => e.delta)).toEqual([-20, -30]);
  });

  it('offers to resume an autosaved game from the title, at the same choice point and score', () => {
    const store = memoryStore();
    const first = open(store).session;
    first.newGame();
    first.choose(0);
    const left = screen(first.view, 'story');

    const second = open(store).session;
    expect(second.view).toMatchObject({ screen: 'title', resume: { chapter: 1, score: 950 }, notices: [] });
    second.resume();
    const back = screen(second.view, 'story');
    expect(back.beat.choices).toEqual(left.beat.choices);
    expect(back.hud.score).toBe(950);
  });

  it('sets an unreadable save aside, untouched, and says so', () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: '{"game":"good-standing","format":1,"runner":' });
    const { session } = open(store);
    expect(session.view).toMatchObject({
      screen: 'title',
      resume: null,
      notices: [{ key: 'save_set_aside', problem: 'not_json' }],
    });
    expect(store.data.get(`${SET_ASIDE_PREFIX}2026-11-29T12:00:00.000Z`)).toBe(
      '{"game":"good-standing","format":1,"runner":',
    );
    expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
  });

  it('shows the title from the autosave without playing it, and sets it aside if it will not play', () => {
    const store = memoryStore();
    const first = open(store).session;
    first.newGame();
    first.choose(1);
    const save = JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}');
    // ink state no Story could load: the title must not need one to say where the game stands.
    save.runner.ink = '{"not":"an ink state"}';
    store.data.set(AUTOSAVE_KEY, JSON.stringify(save));
    const { session } = open(store);
    expect(session.view).toMatchObject({ screen: 'title', resume: { chapter: 1, score: 1000 }, notices: [] });
    session.resume();
    expect(session.view).toMatchObject({
      screen: 'title',
      resume: null,
      notices: [{ key: 'save_set_aside', problem: 'bad_shape' }],
    });
    expect(store.data.get(`${SET_ASIDE_PREFIX}2026-11-29T12:00:00.000Z`)).toBe(JSON.stringify(save));
  });

  it('gives each beat shown a new id, and keeps it when only settings or notices change', () => {
    const { session } = open();
    session.newGame();
    const first = screen(session.view, 'story').id;
    session.changeSettings({ textSize: 150 });
    expect(screen(session.view, 'story').id).toBe(first);
    session.choose(1);
    const second = screen(session.view, 'story').id;
    expect(second).not.toBe(first);
    session.takeBack();
    expect(screen(session.view, 'story').id).not.toBe(second);
  });

  it('sets aside a save from an older story instead of loading it into the wrong place', () => {
    const store = memoryStore();
    const first = open(store).session;
    first.newGame();
    const save = JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}');
    store.data.set(AUTOSAVE_KEY, JSON.stringify({ ...save, story: 'an-older-one' }));
    const { session } = open(store);
    expect(session.view.notices).toEqual([{ key: 'save_set_aside', problem: 'old_story' }]);
  });

  it('never writes over an unreadable save it could not move aside', () => {
    const store = memoryStore({ [AUTOSAVE_KEY]: 'not a save' });
    store.failWrites = true;
    const { session } = open(store);
    session.newGame();
    session.choose(1);
    expect(store.data.get(AUTOSAVE_KEY)).toBe('not a save');
    expect(session.view.screen).toBe('story');
  });

  it('keeps playing and says so when the browser will not store anything', () => {
    const store = memoryStore();
    store.failWrites = true;
    store.failReads = true;
    const { session } = open(store);
    expect(session.view.notices).toEqual([{ key: 'storage_unavailable' }]);
    session.newGame();
    expect(session.view.notices).toEqual([{ key: 'storage_unavailable' }]);
    session.choose(1);
    expect(session.view.screen).toBe('story');
  });

  it('reports a story error on the title and keeps the last good save', () => {
    const store = memoryStore();
    const session = createSession({
      engine: engineFor(fixture('gate-outside')),
      story: fixture('gate-outside'),
      regime: DEFAULT_REGIME,
      store,
      pickSeed: () => 1,
      defaultSettings: defaultSettings(false),
    });
    session.newGame();
    const saved = store.data.get(AUTOSAVE_KEY);
    session.choose(0);
    expect(session.view.screen).toBe('title');
    expect(session.view.notices[0]).toMatchObject({ key: 'story_broken' });
    expect(store.data.get(AUTOSAVE_KEY)).toBe(saved);
  });
});

describe('session saves under other rules', () => {
  it('sets aside a save played under a different regime rather than rescoring it silently', () => {
    const store = memoryStore();
    open(store).session.newGame();
    const save = JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}');
    store.data.set(AUTOSAVE_KEY, JSON.stringify({ ...save, regime: 'strict_mandatory' }));
    expect(open(store).session.view.notices).toEqual([{ key: 'save_set_aside', problem: 'other_rules' }]);
  });

  const classRules = () => {
    const checked = checkRegime({
      ...DEFAULT_REGIME,
      name: 'Year 10',
      topics: { ...DEFAULT_REGIME.topics, traffic: false },
    });
    if (!checked.ok) throw new Error('the rules should pass');
    return checked.regime;
  };
  const openUnder = (
    regime: Regime,
    store = memoryStore(),
    openUnderRules?: (rules: NamedRegime, text: string) => void,
    now?: () => Date,
  ) =>
    createSession({
      engine: engineFor(fixture('gates')),
      story: fixture('gates'),
      regime,
      standardRegime: DEFAULT_REGIME,
      store,
      pickSeed: () => 42,
      now,
      defaultSettings: defaultSettings(false),
      openUnderRules,
    });

  it("plays under a class's rule set, autosaving apart with the rules in the save, and resumes under them", () => {
    const rules = classRules();
    const store = memoryStore();
    const session = openUnder(rules, store);
    session.newGame();
    session.choose(0);
    expect(screen(session.view, 'story').hud.changes.map((change) => change.uncounted)).toEqual(['topic', undefined]);
    expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    const saved = JSON.parse(store.data.get(autosaveKey(rules, DEFAULT_REGIME)) ?? '{}');
    expect(saved).toMatchObject({ regime: rules.id, rules: { name: 'Year 10' } });
    const again = openUnder(rules, store);
    again.resume();
    expect(screen(again.view, 'story').hud.score).toBe(screen(session.view, 'story').hud.score);
  });

  it('keeps the games of the rule sets played most recently, never the player’s own or one it cannot read', () => {
    const store = memoryStore();
    const ruleSet = (k: number) => {
      const checked = checkRegime({ ...DEFAULT_REGIME, name: `Set ${k}`, base: DEFAULT_REGIME.base - 10 * k });
      if (!checked.ok) throw new Error('the rules should pass');
      return checked.regime;
    };
    const play = (regime: Regime, minute: number) =>
      openUnder(regime, store, undefined, () => new Date(Date.UTC(2026, 11, 7, 9, minute))).newGame();
    play(DEFAULT_REGIME, 0);
    const unreadable = `${AUTOSAVE_KEY}:custom:zzz`;
    store.data.set(unreadable, '{"game":"good-standing","format":3,"story":"an older story"}');
    const sets = Array.from({ length: RULE_SET_GAMES_KEPT + 2 }, (_, k) => ruleSet(k + 1));
    sets.forEach((regime, k) => play(regime, k + 1));
    const kept = (regime: Regime) => store.data.has(autosaveKey(regime, DEFAULT_REGIME));
    expect(sets.map(kept)).toEqual(sets.map((_, k) => k >= 2));
    expect(store.data.has(AUTOSAVE_KEY)).toBe(true);
    expect(store.data.has(unreadable)).toBe(true);
    play(sets[2], 30);
    play(sets[0], 31);
    expect(sets.map(kept)).toEqual(sets.map((_, k) => k === 0 || k === 2 || k >= 4));
  });

  it("hands a save made under a class's rule set to be reopened under those rules, and keeps the game on", async () => {
    const played = openUnder(classRules());
    played.newGame();
    const file = await played.exportSave();
    const reopened: [NamedRegime, string][] = [];
    const session = openUnder(DEFAULT_REGIME, memoryStore(), (rules, text) => reopened.push([rules, text]));
    session.newGame();
    const before = session.view;
    session.importSave(file?.text ?? '');
    expect(reopened).toEqual([[classRules(), file?.text]]);
    expect(screen(session.view, 'story').beat).toBe(screen(before, 'story').beat);
    const refusing = openUnder(DEFAULT_REGIME);
    refusing.importSave(file?.text ?? '');
    expect(refusing.view.notices).toEqual([{ key: 'import_failed', problem: 'other_rules' }]);
  });
});

describe('session take-back, settings and save slots', () => {
  it('takes back the last choice, and again, with score and ledger restored exactly', () => {
    const { session } = open();
    session.newGame();
    const first = screen(session.view, 'story');
    expect(first.canTakeBack).toBe(false);
    session.choose(0);
    const second = screen(session.view, 'story');
    session.choose(1);
    session.takeBack();
    const back = screen(session.view, 'story');
    expect(back.beat).toEqual(second.beat);
    expect(back.hud).toEqual({ ...second.hud, changes: [] });
    session.takeBack();
    expect(screen(session.view, 'story').beat).toEqual(first.beat);
    expect(session.view.canTakeBack).toBe(false);
  });

  it('keeps settings across visits, applying only values it knows', () => {
    const store = memoryStore();
    open(store).session.changeSettings({ textSize: 150, theme: 'contrast', pacing: 'weird' as 'all' });
    const again = open(store).session;
    expect(again.view.settings).toMatchObject({ textSize: 150, theme: 'contrast', pacing: 'all' });
  });

  it('saves to a slot with chapter, time and score, and loads it back', () => {
    const { session } = open();
    expect(session.slots()).toEqual([
      { slot: 1, state: 'empty' },
      { slot: 2, state: 'empty' },
      { slot: 3, state: 'empty' },
    ]);
    session.newGame();
    session.choose(0);
    session.saveToSlot(2);
    expect(session.view.notices).toEqual([{ key: 'saved_to_slot', slot: 2 }]);
    expect(session.slots()[1]).toEqual({
      slot: 2,
      state: 'saved',
      chapter: 1,
      score: 950,
      savedAt: '2026-11-29T12:00:00.000Z',
    });
    const saved = screen(session.view, 'story');
    session.choose(1);
    session.loadFromSlot(2);
    expect(screen(session.view, 'story').beat.choices).toEqual(saved.beat.choices);
    expect(session.view.notices).toEqual([{ key: 'loaded_from_slot', slot: 2 }]);
  });

  it('says a slot cannot be read, keeps it, and leaves the game on screen as it was', () => {
    const store = memoryStore({ 'good-standing:slot:3': '{"game":"good-standing"' });
    const { session } = open(store);
    session.newGame();
    const before = screen(session.view, 'story').beat;
    session.loadFromSlot(3);
    expect(session.view.notices).toEqual([{ key: 'slot_unreadable', slot: 3, problem: 'not_json' }]);
    expect(screen(session.view, 'story').beat).toBe(before);
    expect(store.data.get('good-standing:slot:3')).toBe('{"game":"good-standing"');
    expect(session.slots()[2]).toEqual({ slot: 3, state: 'unreadable', problem: 'not_json' });
  });

  it('exports the playthrough as a file that imports back to the same place', async () => {
    const first = open().session;
    first.newGame();
    first.choose(1);
    const file = await first.exportSave();
    expect(file?.name).toBe('good-standing-chapter-1-2026-11-29.json');
    const second = open().session;
    second.importSave(file?.text ?? '');
    expect(second.view.notices).toEqual([{ key: 'imported' }]);
    expect(screen(second.view, 'story').beat).toEqual({ ...screen(first.view, 'story').beat, changes: [] });
  });

  it('refuses an import over 256 KB or from another game, and keeps the current game', () => {
    const { session } = open();
    session.newGame();
    const before = session.view;
    session.importSave('x'.repeat(256 * 1024 + 1));
    expect(session.view.notices).toEqual([{ key: 'import_failed', problem: 'too_large' }]);
    session.importSave('{"game":"another-game"}');
    expect(session.view.notices).toEqual([{ key: 'import_failed', problem: 'wrong_game' }]);
    expect(screen(session.view, 'story').beat).toBe(screen(before, 'story').beat);
  });

  it('refuses a save whose ink state points at content that is not there, and keeps the current game', async () => {
    const { session } = open();
    session.newGame();
    session.choose(1);
    const file = await session.exportSave();
    const save = JSON.parse(file?.text ?? '{}');
    const ink = save.runner.ink as string;
    // A damaged path that ink reads without complaint and only fails to write back.
    save.runner.ink = ink.replace(/("previousContentObject":"[^."]+\.)0\./, '$1 .');
    expect(save.runner.ink).not.toBe(ink);
    const before = session.view;
    session.importSave(JSON.stringify(save));
    expect(session.view.notices).toEqual([{ key: 'import_failed', problem: 'bad_shape' }]);
    expect(screen(session.view, 'story').beat).toBe(screen(before, 'story').beat);
  });

  it('has no debrief or results before an ending, and both once the playthrough has ended', async () => {
    const { session } = open();
    session.newGame();
    expect(await session.debrief()).toBeNull();
    expect(await session.exportResults()).toBeNull();
    session.choose(0);
    session.choose(1);
    const debrief = await session.debrief();
    expect(debrief).toMatchObject({ regime: DEFAULT_REGIME.id, ending: 'home_again', start: 1000 });
    expect(await session.debrief()).toBe(debrief);
    const file = await session.exportResults();
    expect(file?.name).toBe('good-standing-results-2026-11-29.json');
    expect(JSON.parse(file?.text ?? '{}')).toMatchObject({ kind: 'good-standing-results', ending: 'home_again' });
  });

  it('keeps a game under other rules in its own autosave, leaving the one at home untouched', () => {
    const store = memoryStore();
    const home = open(store).session;
    home.newGame();
    const saved = store.data.get(AUTOSAVE_KEY);
    const strict = REGIMES.strict_mandatory;
    const classSession = createSession({
      engine: engineFor(fixture('gates')),
      story: fixture('gates'),
      regime: strict,
      standardRegime: DEFAULT_REGIME,
      store,
      pickSeed: () => 7,
      defaultSettings: defaultSettings(false),
    });
    expect(classSession.view).toMatchObject({ screen: 'title', resume: null, notices: [] });
    classSession.newGame();
    expect(store.data.get(AUTOSAVE_KEY)).toBe(saved);
    expect(JSON.parse(store.data.get(autosaveKey(strict, DEFAULT_REGIME)) ?? '{}').regime).toBe(strict.id);
  });

  it('opens a save made in another language by replaying its choices, at the same point and score', () => {
    const store = memoryStore();
    const english = createSession({
      engine: engineFor(compileStory('story/en/main.ink')),
      story: compileStory('story/en/main.ink'),
      regime: DEFAULT_REGIME,
      store,
      lang: 'en',
      pickSeed: () => 5,
      defaultSettings: defaultSettings(false),
    });
    english.newGame();
    english.choose(screen(english.view, 'story').beat.choices[0].index);
    english.choose(screen(english.view, 'story').beat.choices[0].index);
    const before = screen(english.view, 'story');
    const arabic = createSession({
      engine: engineFor(compileStory('story/ar/main.ink')),
      story: compileStory('story/ar/main.ink'),
      regime: DEFAULT_REGIME,
      store,
      lang: 'ar',
      pickSeed: () => 9,
      defaultSettings: defaultSettings(false),
    });
    expect(arabic.view).toMatchObject({ screen: 'title', notices: [] });
    arabic.resume();
    const after = screen(arabic.view, 'story');
    expect(after.hud.score).toBe(before.hud.score);
    expect(after.beat.choices.map((c) => [c.index, c.source, c.gate])).toEqual(
      before.beat.choices.map((c) => [c.index, c.source, c.gate]),
    );
    expect(after.beat.paragraphs[0].text).not.toBe(before.beat.paragraphs[0].text);
  });

  it('writes a deferred autosave after the words, and before anything reads it', () => {
    const store = memoryStore();
    const later: (() => void)[] = [];
    const session = createSession({
      engine: engineFor(fixture('gates')),
      story: fixture('gates'),
      regime: DEFAULT_REGIME,
      store,
      pickSeed: () => 42,
      defer: (work) => later.push(work),
      defaultSettings: defaultSettings(false),
    });
    session.newGame();
    session.choose(0);
    expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    expect(later).toHaveLength(1);
    later.shift()?.();
    expect(JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}').runner.choices).toEqual([0]);
    session.choose(1);
    session.toTitle();
    expect(JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}').runner.choices).toEqual([0, 1]);
    expect(screen(session.view, 'title').resume).not.toBeNull();
  });

  describe('before the story engine has arrived', () => {
    const dice = fixture('chance-answer');
    const openings = findOpenings(dice.json, [DEFAULT_REGIME], [LENGTH_VARIABLES.full]);
    /** A session whose engine arrives when `arrive` is called, or fails to with `fail`. */
    const waiting = (story: Compiled = { ...dice, openings }, store = memoryStore()) => {
      let arrive = () => {};
      let fail: (error: Error) => void = () => {};
      const later: (() => void)[] = [];
      const hurried: string[] = [];
      const session = createSession({
        story,
        hurryEngine: () => hurried.push(session.view.screen),
        engine: new Promise<StoryEngine>((resolve, reject) => {
          arrive = () => resolve(engineFor(story));
          fail = reject;
        }),
        regime: DEFAULT_REGIME,
        store,
        pickSeed: () => 42,
        defer: (work) => later.push(work),
        defaultSettings: defaultSettings(false),
      });
      /** Lets the promises settle, as the page's next task would. */
      const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
      return { session, store, later, hurried, arrive, fail, settle };
    };

    it('shows a new game’s opening and answers a first choice, asks for the engine after it, and saves once it is here', async () => {
      const { session, store, later, hurried, arrive, settle } = waiting();
      session.newGame();
      expect(screen(session.view, 'story').beat.paragraphs[0].text).toBe('The dice sit in the cup.');
      session.choose(1);
      expect(screen(session.view, 'story').beat.paragraphs[0].text).toBe('You leave them in the cup.');
      expect(hurried).toEqual([]);
      expect(later).toHaveLength(1);
      later.shift()?.();
      expect(hurried).toEqual(['story']);
      await settle();
      expect(later).toEqual([]);
      arrive();
      await settle();
      expect(later).toHaveLength(1);
      later.shift()?.();
      expect(JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}').runner.choices).toEqual([1]);
    });

    it('asks for the engine at once for a choice that needs it, and carries the choice out when it arrives', async () => {
      const { session, hurried, arrive, settle } = waiting();
      session.newGame();
      expect(hurried).toEqual([]);
      session.choose(0);
      expect(hurried).toEqual(['story']);
      expect(screen(session.view, 'story').beat.paragraphs[0].text).toBe('The dice sit in the cup.');
      arrive();
      await settle();
      expect(screen(session.view, 'story').beat.paragraphs[0].text).toMatch(/^They land on/);
      expect(session.view.canTakeBack).toBe(true);
    });

    it('drops an intent the player has moved on from by the time the engine arrives', async () => {
      const { session, arrive, settle } = waiting();
      session.newGame();
      session.choose(0);
      session.choose(1);
      arrive();
      await settle();
      expect(screen(session.view, 'story').beat.paragraphs[0].text).toBe('You leave them in the cup.');
      session.takeBack();
      expect(screen(session.view, 'story').beat.paragraphs[0].text).toBe('The dice sit in the cup.');
    });

    it('resumes a saved game once the engine arrives, at the same place', async () => {
      const { session: first, store } = open();
      first.newGame();
      first.choose(1);
      const { session, arrive, settle } = waiting(fixture('gates'), store);
      session.resume();
      expect(session.view.screen).toBe('title');
      arrive();
      await settle();
      expect(screen(session.view, 'story').beat).toEqual(screen(first.view, 'story').beat);
    });

    it('keeps the game on screen when the page is left before the engine arrives', () => {
      const { session, store } = waiting();
      session.newGame();
      session.flush();
      expect(session.view.screen).toBe('story');
      expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    });

    it('tells the player, and keeps what they had, when the engine cannot be fetched', async () => {
      const { session: first, store } = open();
      first.newGame();
      const { session, fail, settle } = waiting(fixture('gates'), store);
      session.resume();
      fail(new Error('offline'));
      await settle();
      expect(session.view).toMatchObject({ screen: 'title', notices: [{ key: 'story_broken', problem: 'offline' }] });
      expect(store.data.has(AUTOSAVE_KEY)).toBe(true);
    });
  });

  describe('looking ahead while the reader reads', () => {
    const reading = (story: Compiled = fixture('gates')) => {
      const steps: (() => void)[] = [];
      const session = createSession({
        engine: engineFor(story),
        story,
        regime: DEFAULT_REGIME,
        store: memoryStore(),
        pickSeed: () => 42,
        whileReading: (work) => steps.push(work),
        // Saves wait for a flush that never comes here: what breaks is found by looking ahead.
        defer: () => {},
        defaultSettings: defaultSettings(false),
      });
      /** Runs the steps waiting now and any they queue; returns how many ran. */
      const read = () => {
        let ran = 0;
        for (; steps.length > 0; ran += 1) steps.shift()?.();
        return ran;
      };
      return { session, steps, read };
    };

    it('works out each open choice of a beat in a step of its own, then stops until the next beat', () => {
      const { session, steps, read } = reading();
      session.newGame();
      expect(steps).toHaveLength(1);
      expect(read()).toBe(2);
      session.choose(0);
      expect(read()).toBe(1);
      session.choose(1);
      expect(screen(session.view, 'ending').beat.ending).toBeDefined();
      expect(read()).toBe(1);
    });

    it('answers a choice worked out ahead exactly as one played at once', () => {
      const { session, read } = reading();
      const plain = open().session;
      session.newGame();
      plain.newGame();
      for (const index of [0, 1]) {
        read();
        session.choose(index);
        plain.choose(index);
        expect(session.view).toEqual(plain.view);
      }
    });

    it('drops a step left over from a beat that is no longer on screen', () => {
      const { session, steps, read } = reading();
      session.newGame();
      const stale = steps.splice(0);
      session.choose(1);
      stale.forEach((step) => step());
      expect(steps).toHaveLength(1);
      session.toTitle();
      expect(read()).toBe(1);
      expect(session.view.screen).toBe('title');
    });

    it('tells the player and returns to the title when working ahead finds the story is not as its opening says', () => {
      const english = compileStory('story/en/main.ink');
      const [opening] = findOpenings(english.json, [DEFAULT_REGIME], [LENGTH_VARIABLES.full]);
      const altered = { ...opening, answers: opening.answers.map((a) => ({ ...a, score: { ...a.score, score: 1 } })) };
      const { session, read } = reading({ ...english, openings: [altered] });
      session.newGame();
      session.choose(opening.answers[0].index);
      read();
      expect(session.view.screen).toBe('title');
      expect(session.view.notices[0]).toMatchObject({ key: 'story_broken' });
    });
  });

  describe('begun from the opening played at build time', () => {
    const english = compileStory('story/en/main.ink');
    const openings = findOpenings(english.json, [DEFAULT_REGIME], Object.values(LENGTH_VARIABLES));
    const begin = (story: Compiled) => {
      const store = memoryStore();
      const later: (() => void)[] = [];
      const session = createSession({
        engine: engineFor(story),
        story,
        regime: DEFAULT_REGIME,
        store,
        pickSeed: () => 5,
        length: 'short',
        defer: (work) => later.push(work),
        defaultSettings: defaultSettings(false),
      });
      session.newGame();
      return { session, store, later };
    };

    it('shows the first beat at once, and builds the story for its autosave only when the page is left', () => {
      const { session, store, later } = begin({ ...english, openings });
      const shown = screen(session.view, 'story');
      expect(shown.beat).toBe(openings.find((o) => o.variables === '{"length":"short"}')?.beat);
      expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
      expect(later).toEqual([]);
      session.flush();
      const saved = JSON.parse(store.data.get(AUTOSAVE_KEY) ?? '{}');
      expect(saved.runner).toMatchObject({ seed: 5, choices: [], variables: { length: 'short' } });
      const plain = begin(english);
      plain.later.shift()?.();
      expect(saved.runner.ink).toBe(JSON.parse(plain.store.data.get(AUTOSAVE_KEY) ?? '{}').runner.ink);
      session.choose(0);
      plain.session.choose(0);
      expect(session.view).toEqual(plain.session.view);
    });

    it('answers a first choice taken at once, then builds the story for the autosave after the words', () => {
      const { session, store, later } = begin({ ...english, openings });
      const plain = begin(english);
      session.choose(1);
      plain.session.choose(1);
      expect(session.view).toEqual(plain.session.view);
      expect(later).toHaveLength(1);
      later.shift()?.();
      plain.session.flush();
      const saved = (data: Map<string, string>) => JSON.parse(data.get(AUTOSAVE_KEY) ?? '{}').runner;
      expect(saved(store.data)).toEqual(saved(plain.store.data));
      expect(saved(store.data).choices).toEqual([1]);
    });

    it('returns to the title and says so when a save written at once finds the answer it showed is wrong', () => {
      const altered = openings.map((o) => ({
        ...o,
        answers: o.answers.map((a) => ({ ...a, beat: { ...a.beat, paragraphs: [] } })),
      }));
      const session = createSession({
        engine: engineFor(english),
        story: { ...english, openings: altered },
        regime: DEFAULT_REGIME,
        store: memoryStore(),
        pickSeed: () => 5,
        length: 'short',
        defaultSettings: defaultSettings(false),
      });
      session.newGame();
      session.choose(0);
      expect(session.view.screen).toBe('title');
      expect(session.view.notices[0]).toMatchObject({ key: 'story_broken' });
      session.choose(0);
      expect(session.view.screen).toBe('title');
    });

    it('tells the player and returns to the title when the story does not start as its opening says', () => {
      const altered = openings.map((o) => ({ ...o, beat: { ...o.beat, paragraphs: [{ text: 'Another city.' }] } }));
      const { session, store } = begin({ ...english, openings: altered });
      expect(screen(session.view, 'story').beat.paragraphs).toEqual([{ text: 'Another city.' }]);
      session.flush();
      expect(session.view.screen).toBe('title');
      expect(session.view.notices[0]).toMatchObject({ key: 'story_broken' });
      expect(store.data.has(AUTOSAVE_KEY)).toBe(false);
    });
  });
});
