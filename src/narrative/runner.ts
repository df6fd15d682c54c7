// The story runner: wraps one inkjs Story, binds the score model to the EXTERNAL functions,
// and turns ink output into beats. No DOM, no Phaser. Imports inkjs, the model, tags and the story error.

import { Story } from 'inkjs';
import type { Regime } from '../model/regime.ts';
import { checkGate, startScore, type ScoreState } from '../model/score.ts';
import { emptyBeat, type Beat, type ChoiceView, type Paragraph } from './beat.ts';
import { bindExternals, type ExternalCall, type ExternalsOptions } from './externals.ts';
import { StoryError } from './story-error.ts';
import { liftChoiceTags, liftLineTags, TagError, type SceneId } from './tags.ts';

/** Everything needed to carry a playthrough across a reload, as plain data. */
export interface RunnerSnapshot {
  seed: number;
  ink: string;
  score: ScoreState;
  /** The beat on screen when the snapshot was taken; its choices keep their gate ids. */
  beat: Beat;
  /** Every choice index taken since the start, in order. */
  choices: number[];
  /** The ink variables the playthrough started with, so taking a choice back replays it faithfully. */
  variables?: Record<string, string | number | boolean>;
}

export interface Runner {
  readonly beat: Beat;
  readonly score: ScoreState;
  readonly choices: readonly number[];
  choose(index: number): Beat;
  snapshot(): RunnerSnapshot;
  /**
   * Begins a new playthrough on the same compiled story: what "play again", the checks and the
   * debrief's replays use. Building a Story is the costly part; a restart under other rules or with
   * other starting variables reuses it.
   */
  restart(seed: number, start?: { regime?: Regime; variables?: RunnerOptions['variables'] }): Beat;
  /** Carries on from a snapshot on the same compiled story, as restoreRunner does with a new one. */
  load(snapshot: RunnerSnapshot): Beat;
  /** Takes back the last choice, leaving text, score and ledger exactly as they were before it. */
  takeBack(): Beat;
  /**
   * Works out where one more open choice of the beat on screen leads, and leaves the story where it
   * is, so that taking that choice later costs no story time: the game does this while the reader
   * reads. False once every open choice is worked out, or at an ending.
   */
  lookAhead(): boolean;
}

/** More lines than this without a choice is a loop, not a chapter. */
const MAX_LINES_PER_BEAT = 5000;

export interface RunnerOptions {
  story: string;
  regime: Regime;
  seed: number;
  /** Ink variables to set before the story starts, such as `length: "short"`. They must be declared in the ink. */
  variables?: Readonly<Record<string, string | number | boolean>>;
  /** Told of every call the story makes to the model, in order: for the regime-true check. */
  trace?: ExternalsOptions['trace'];
}

/** Where the story is: the ink state and the runner's own part of it. */
interface Place {
  ink: string;
  score: ScoreState;
  chapter: number;
  scene: SceneId | undefined;
  beat: Beat;
  /** The calls to the model that led here from the beat before, told to `trace` when the place is taken. */
  calls: ExternalCall[];
}

export function startRunner(options: RunnerOptions): Runner {
  const runner = openRunner(options);
  runner.restart(options.seed);
  return runner;
}

export function restoreRunner(options: Omit<RunnerOptions, 'seed' | 'variables'>, snapshot: RunnerSnapshot): Runner {
  const runner = openRunner({ ...options, seed: snapshot.seed, variables: snapshot.variables });
  runner.load(snapshot);
  return runner;
}

/**
 * Plays a snapshot's choices again from its seed on a story of the same structure: how a save made
 * in one language opens in another, with every word of the current beat in the new language.
 */
export function replayRunner(
  options: Omit<RunnerOptions, 'seed' | 'variables'>,
  played: Pick<RunnerSnapshot, 'seed' | 'choices' | 'variables'>,
): Runner {
  const runner = openRunner({ ...options, seed: played.seed, variables: played.variables });
  runner.restart(played.seed);
  for (const index of played.choices) runner.choose(index);
  return runner;
}

/**
 * inkjs reads a JSON string through a reviver that keeps a literal `1.0` a float, which costs tens
 * of milliseconds in a browser before the first word. A story with no such number is parsed plainly.
 */
const FLOAT_LITERAL = /[[,:]\s*-?\d+\.0+\s*[\],}]/;
const readStory = (json: string): string | object => (FLOAT_LITERAL.test(json) ? json : (JSON.parse(json) as object));

function openRunner({
  story: json,
  regime: firstRegime,
  seed: firstSeed,
  variables: startVariables = {},
  trace,
}: RunnerOptions): Runner {
  const story = new Story(readStory(json) as string);
  /** A new Story has just reset its state; the first restart need not do it again. */
  let fresh = true;
  const problems: string[] = [];
  story.onError = (message) => problems.push(message);

  let seed = firstSeed;
  let regime = firstRegime;
  let variables = { ...startVariables };
  let score = startScore(regime);
  let chapter = 1;
  let scene: SceneId | undefined;
  let choices: number[] = [];
  /** Where open choices of the beat on screen lead, worked out by lookAhead; null where the story failed. */
  let ahead = new Map<number, Place | null>();
  /** The model calls made while looking ahead, kept for the place they lead to rather than told. */
  let foreseen: ExternalCall[] | null = null;
  /**
   * The ink state the Story is to be in, when it is not yet: a place worked out ahead is taken at
   * once, and its state read back into the Story only when the Story is next asked to play.
   */
  let behind: string | null = null;
  const inkState = () => {
    if (behind !== null) story.state.LoadJson(behind);
    behind = null;
    return story.state;
  };

  const where = () => inkState().currentPathString ?? story.state.previousPathString ?? 'start';
  const fail = (message: string): never => {
    throw new StoryError(`${message} (at ${where()})`);
  };

  bindExternals(story, {
    regime: () => regime,
    read: () => score,
    write: (next) => {
      score = next;
    },
    chapter: () => chapter,
    fail,
    trace: trace && ((call) => (foreseen ? foreseen.push(call) : trace(call))),
  });

  const lockChoices = (list: ChoiceView[]): ChoiceView[] =>
    list.map((choice) => {
      if (!choice.gate) return choice;
      const door = checkGate(regime, score, choice.gate);
      const view = { ...choice };
      delete view.locked;
      if (!door.open) view.locked = door.reason;
      return view;
    });

  const raise = () => {
    if (problems.length > 0) fail(problems.splice(0).join('; '));
  };

  /** Tag errors name the place in the story where they were met. */
  const tagged = (work: () => void) => {
    try {
      work();
    } catch (error) {
      if (error instanceof TagError) fail(error.message);
      throw error;
    }
  };

  const advance = (): Beat => {
    const ledgerBefore = score.ledger.length;
    const next = emptyBeat(chapter, scene);
    for (let lines = 0; story.canContinue; lines += 1) {
      if (lines > MAX_LINES_PER_BEAT) fail(`a runaway loop: ${MAX_LINES_PER_BEAT} lines without a choice`);
      const text = (story.Continue() ?? '').trim();
      raise();
      const paragraph: Paragraph = { text };
      tagged(() => liftLineTags(story.currentTags ?? [], { beat: next, paragraph }));
      if (text) next.paragraphs.push(paragraph);
      // Events recorded on the next lines belong to the chapter this one may have opened.
      chapter = next.chapter;
      scene = next.scene;
    }
    next.choices = lockChoices(
      story.currentChoices.map((choice) => {
        const view: ChoiceView = { index: choice.index, text: choice.text, source: choice.sourcePath };
        tagged(() => liftChoiceTags(choice.tags ?? [], view));
        return view;
      }),
    );
    next.changes = score.ledger.slice(ledgerBefore);
    if (next.choices.length === 0 && !next.ending) fail('the story ran out without an #ending: tag');
    if (next.choices.length > 0 && next.ending) fail(`#ending: ${next.ending} came before a choice point`);
    if (next.choices.length > 0 && next.choices.every((c) => c.locked)) fail('every choice here is locked');
    return next;
  };

  let beat: Beat = emptyBeat(chapter);

  const here = (calls: ExternalCall[] = []): Place => ({
    ink: behind ?? story.state.ToJson(),
    score,
    chapter,
    scene,
    beat,
    calls,
  });
  const goTo = (place: Place) => {
    behind = place.ink;
    ({ score, chapter, scene, beat } = place);
  };

  const choose = (index: number): Beat => {
    const choice = beat.choices.find((c) => c.index === index);
    if (!choice) fail(`there is no choice ${index} here`);
    if (choice?.locked) fail(`choice ${index} is locked`);
    const known = ahead.get(index);
    ahead = new Map();
    choices.push(index);
    if (known) {
      // The story's own state after this choice, worked out earlier from exactly this one.
      goTo(known);
      if (trace) known.calls.forEach(trace);
      return beat;
    }
    inkState();
    story.ChooseChoiceIndex(index);
    beat = advance();
    return beat;
  };

  const lookAhead = (): boolean => {
    const unknown = () => beat.choices.filter((c) => !c.locked && !ahead.has(c.index));
    const next = unknown()[0];
    if (!next || beat.ending) return false;
    const from = here();
    const taken = choices.length;
    const known = ahead;
    foreseen = [];
    try {
      choose(next.index);
      known.set(next.index, here(foreseen));
    } catch {
      // A story that fails here fails when the reader takes the choice, where it is reported.
      known.set(next.index, null);
    } finally {
      foreseen = null;
      problems.length = 0;
      goTo(from);
      choices.length = taken;
      ahead = known;
    }
    return unknown().length > 0;
  };

  const restart: Runner['restart'] = (nextSeed, start = {}) => {
    behind = null;
    if (!fresh) story.ResetState();
    fresh = false;
    seed = nextSeed;
    regime = start.regime ?? regime;
    variables = start.variables ? { ...start.variables } : variables;
    score = startScore(regime);
    chapter = 1;
    scene = undefined;
    choices = [];
    ahead = new Map();
    story.state.storySeed = seed;
    for (const [name, value] of Object.entries(variables)) {
      if (story.variablesState.$(name) == null) fail(`the story declares no VAR ${name}`);
      story.variablesState.$(name, value);
    }
    beat = advance();
    return beat;
  };

  return {
    get beat() {
      return beat;
    },
    get score() {
      return score;
    },
    get choices() {
      return choices;
    },
    choose,
    restart,
    lookAhead,
    takeBack() {
      // A playthrough is its seed and its choices, so replaying all but the last restores the
      // text, score and ledger exactly, however long ago the save was made.
      const kept = choices.slice(0, -1);
      restart(seed);
      for (const index of kept) choose(index);
      return beat;
    },
    load(snapshot) {
      fresh = false;
      ahead = new Map();
      behind = null;
      story.state.LoadJson(snapshot.ink);
      seed = snapshot.seed;
      score = snapshot.score;
      chapter = snapshot.beat.chapter;
      scene = snapshot.beat.scene;
      choices = [...snapshot.choices];
      variables = { ...snapshot.variables };
      beat = { ...snapshot.beat, changes: [], choices: lockChoices(snapshot.beat.choices) };
      return beat;
    },
    snapshot() {
      return { seed, ink: here().ink, score, beat, choices: [...choices], variables: { ...variables } };
    },
  };
}
