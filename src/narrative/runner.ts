// The story runner: wraps one inkjs Story, binds the score model to the EXTERNAL functions,
// and turns ink output into beats. No DOM, no Phaser. Imports inkjs, the model and tags.

import { Story } from 'inkjs';
import { isEventId, isGateId, type GateId } from '../model/catalogue';
import type { Regime } from '../model/regime';
import { checkGate, recordEvent, startScore, tierOf, type ScoreState } from '../model/score';
import type { Beat, ChoiceView, Cue } from './beat';
import { parseTag, TagError } from './tags';

/** Everything needed to carry a playthrough across a reload, as plain data. */
export interface RunnerSnapshot {
  seed: number;
  ink: string;
  score: ScoreState;
  /** The beat on screen when the snapshot was taken; its choices keep their gate ids. */
  beat: Beat;
  /** Every choice index taken since the start, in order. */
  choices: number[];
}

export interface Runner {
  readonly beat: Beat;
  readonly score: ScoreState;
  readonly choices: readonly number[];
  choose(index: number): Beat;
  snapshot(): RunnerSnapshot;
  /** How many times a knot or `knot.stitch` has been entered so far. */
  visits(path: string): number;
}

export class StoryError extends Error {
  override name = 'StoryError';
}

export interface RunnerOptions {
  story: string;
  regime: Regime;
  seed: number;
}

export function startRunner(options: RunnerOptions): Runner {
  return openRunner(options, null);
}

export function restoreRunner(options: Omit<RunnerOptions, 'seed'>, snapshot: RunnerSnapshot): Runner {
  return openRunner({ ...options, seed: snapshot.seed }, snapshot);
}

function openRunner({ story: json, regime, seed }: RunnerOptions, from: RunnerSnapshot | null): Runner {
  const story = new Story(json);
  const problems: string[] = [];
  story.onError = (message) => problems.push(message);

  let score = from?.score ?? startScore(regime);
  let chapter = from?.beat.chapter ?? 1;
  let scene = from?.beat.scene;
  const choices = [...(from?.choices ?? [])];

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
  story.BindExternalFunction('score', () => score.score, true);
  story.BindExternalFunction('tier', () => tierOf(regime, score.score), true);

  const lockChoices = (list: ChoiceView[]): ChoiceView[] =>
    list.map(({ index, text, gate }) => {
      if (!gate) return { index, text };
      const door = checkGate(regime, score, gate);
      return door.open ? { index, text, gate } : { index, text, gate, locked: door.reason };
    });

  const raise = () => {
    if (problems.length > 0) fail(problems.splice(0).join('; '));
  };

  const advance = (): Beat => {
    const ledgerBefore = score.ledger.length;
    const beat: Beat = { paragraphs: [], cues: [], choices: [], changes: [], chapter, scene };
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      raise();
      let speaker: string | undefined;
      for (const raw of story.currentTags ?? []) {
        const tag = parseTagAt(raw);
        if (tag.kind === 'speaker') speaker = tag.id;
        else if (tag.kind === 'ending') beat.ending = tag.id;
        else if (tag.kind === 'gate') fail(`#gate: ${tag.id} must sit inside a choice's [brackets]`);
        else {
          if (tag.kind === 'chapter') chapter = beat.chapter = tag.number;
          if (tag.kind === 'scene') scene = beat.scene = tag.id;
          beat.cues.push(tag as Cue);
        }
      }
      if (text) beat.paragraphs.push(speaker ? { text, speaker } : { text });
    }
    beat.choices = lockChoices(
      story.currentChoices.map((choice) => {
        let gate: GateId | undefined;
        for (const raw of choice.tags ?? []) {
          const tag = parseTagAt(raw);
          if (tag.kind !== 'gate') fail(`choice "${choice.text}" carries #${raw}; only #gate: belongs on a choice`);
          else gate = tag.id;
        }
        return gate ? { index: choice.index, text: choice.text, gate } : { index: choice.index, text: choice.text };
      }),
    );
    beat.changes = score.ledger.slice(ledgerBefore);
    if (beat.choices.length === 0 && !beat.ending) fail('the story ran out without an #ending: tag');
    if (beat.choices.length > 0 && beat.ending) fail(`#ending: ${beat.ending} came before a choice point`);
    if (beat.choices.length > 0 && beat.choices.every((c) => c.locked)) fail('every choice here is locked');
    return beat;
  };

  const parseTagAt = (raw: string) => {
    try {
      return parseTag(raw);
    } catch (error) {
      if (error instanceof TagError) return fail(error.message);
      throw error;
    }
  };

  let beat: Beat;
  if (from) {
    story.state.LoadJson(from.ink);
    beat = { ...from.beat, changes: [], choices: lockChoices(from.beat.choices) };
  } else {
    story.state.storySeed = seed;
    beat = advance();
  }

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
    choose(index) {
      const choice = beat.choices.find((c) => c.index === index);
      if (!choice) fail(`there is no choice ${index} here`);
      if (choice?.locked) fail(`choice ${index} is locked`);
      story.ChooseChoiceIndex(index);
      choices.push(index);
      beat = advance();
      return beat;
    },
    visits(path) {
      return story.state.VisitCountAtPathString(path) ?? 0;
    },
    snapshot() {
      return { seed, ink: story.state.ToJson(), score, beat, choices: [...choices] };
    },
  };
}
