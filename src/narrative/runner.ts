// The story runner: wraps one inkjs Story, binds the score model to the EXTERNAL functions,
// and turns ink output into beats. No DOM, no Phaser. Imports inkjs, the model and tags.

import { Story } from 'inkjs';
import { isEventId, isGateId, type GateId } from '../model/catalogue.ts';
import type { Regime } from '../model/regime.ts';
import { checkGate, recordEvent, startScore, tierOf, type ScoreState } from '../model/score.ts';
import { emptyBeat, type Beat, type ChoiceView, type Paragraph } from './beat.ts';
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
}

/** More lines than this without a choice is a loop, not a chapter. */
const MAX_LINES_PER_BEAT = 5000;

export class StoryError extends Error {
  override name = 'StoryError';
}

export interface RunnerOptions {
  story: string;
  regime: Regime;
  seed: number;
  /** Ink variables to set before the story starts, such as `length: "short"`. They must be declared in the ink. */
  variables?: Readonly<Record<string, string | number | boolean>>;
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

  const where = () => story.state.currentPathString ?? story.state.previousPathString ?? 'start';
  const fail = (message: string): never => {
    throw new StoryError(`${message} (at ${where()})`);
  };

  story.BindExternalFunction(
    'record',
    (id: string) => {
      if (!isEventId(id)) fail(`unknown event "${id}"`);
      score = recordEvent(regime, score, id as Parameters<typeof recordEvent>[2], chapter);
    },
    false,
  );
  const gateOpen = (id: string) => {
    if (!isGateId(id)) fail(`unknown gate "${id}"`);
    return checkGate(regime, score, id as GateId).open;
  };
  story.BindExternalFunction('gate', gateOpen, true);
  // The tier a door needs under the rules in force, so the story's signs agree with its gates.
  story.BindExternalFunction(
    'needs',
    (id: string) => {
      if (!isGateId(id)) fail(`unknown gate "${id}"`);
      return regime.gates[id as GateId].tier;
    },
    true,
  );
  story.BindExternalFunction('score', () => score.score, true);
  story.BindExternalFunction('tier', () => tierOf(regime, score.score), true);

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

  const choose = (index: number): Beat => {
    const choice = beat.choices.find((c) => c.index === index);
    if (!choice) fail(`there is no choice ${index} here`);
    if (choice?.locked) fail(`choice ${index} is locked`);
    story.ChooseChoiceIndex(index);
    choices.push(index);
    beat = advance();
    return beat;
  };

  const restart: Runner['restart'] = (nextSeed, start = {}) => {
    if (!fresh) story.ResetState();
    fresh = false;
    seed = nextSeed;
    regime = start.regime ?? regime;
    variables = start.variables ? { ...start.variables } : variables;
    score = startScore(regime);
    chapter = 1;
    scene = undefined;
    choices = [];
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
      return { seed, ink: story.state.ToJson(), score, beat, choices: [...choices], variables: { ...variables } };
    },
  };
}
