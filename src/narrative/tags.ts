// The story's tag vocabulary, in one table: each `#key: value` is parsed and lifted into a named
// field of the beat, its paragraph or its choice, once. An unknown key or a bad value is an error.

import { isGateId, type GateId } from '../model/catalogue.ts';
import { oneOf } from '../model/one-of.ts';
import type { Beat, ChoiceView, Paragraph } from './beat.ts';

/** Places the stage can draw; a `#scene:` tag must name one. */
export const SCENES = [
  'home',
  'street',
  'crossing',
  'bus',
  'office',
  'bank',
  'station',
  'market',
  'clinic',
  'community_office',
  'place_of_worship',
  'noodle_shop',
  'school',
  'courthouse',
  'airport',
] as const;
export type SceneId = (typeof SCENES)[number];

/** Sounds a `#sfx:` tag may ask for. */
export const SOUNDS = ['camera_shutter', 'approval_chime', 'denial_tone', 'notification'] as const;
export type SoundId = (typeof SOUNDS)[number];

/** How a choice stands towards the scheme, for personas in the checks and for the debrief. */
export const STANCES = ['comply', 'conscience', 'refuse'] as const;
export type Stance = (typeof STANCES)[number];

export class TagError extends Error {
  override name = 'TagError';
}

/** What a line's tags write to: the beat being built and the paragraph the line becomes. */
export interface LineTarget {
  beat: Beat;
  paragraph: Paragraph;
}

const SNAKE = /^[a-z][a-z0-9_]*$/;

const snakeId = (key: string) => (value: string) => {
  if (SNAKE.test(value)) return value;
  throw new TagError(`${key} "${value}" is not a snake_case id`);
};

const chapterNumber = (key: string) => (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new TagError(`${key} "${value}" is not a chapter number`);
  return number;
};

const pick = <T extends string>(allowed: readonly T[], key: string) =>
  oneOf(allowed, (value) => new TagError(`unknown ${key} "${value}" (known: ${allowed.join(', ')})`));

const gateId = (value: string): GateId => {
  if (isGateId(value)) return value;
  throw new TagError(`unknown gate "${value}"`);
};

/** A tag's parser and where its value goes: on a line of text, or on a choice. */
type Handler =
  | { on: 'line'; read: (value: string) => unknown; lift: (target: LineTarget, value: unknown) => void }
  | { on: 'choice'; read: (value: string) => unknown; lift: (choice: ChoiceView, value: unknown) => void };
const line = <T>(read: (value: string) => T, lift: (target: LineTarget, value: T) => void): Handler => ({
  on: 'line',
  read,
  lift: lift as (target: LineTarget, value: unknown) => void,
});
const choice = <T>(read: (value: string) => T, lift: (choice: ChoiceView, value: T) => void): Handler => ({
  on: 'choice',
  read,
  lift: lift as (choice: ChoiceView, value: unknown) => void,
});

const TAGS = {
  scene: line(pick(SCENES, 'scene'), ({ beat }, id) => (beat.scene = id)),
  sfx: line(pick(SOUNDS, 'sfx'), ({ beat }, id) => beat.sounds.push(id)),
  chapter: line(chapterNumber('chapter'), ({ beat }, number) => (beat.chapter = beat.opensChapter = number)),
  ledger: line(chapterNumber('ledger'), ({ beat }, number) => (beat.closesChapter = number)),
  poll: line(snakeId('poll'), ({ beat }, id) => (beat.poll = id)),
  ending: line(snakeId('ending'), ({ beat }, id) => (beat.ending = id)),
  speaker: line(snakeId('speaker'), ({ paragraph }, id) => (paragraph.speaker = id)),
  gate: choice(gateId, (view, id) => (view.gate = id)),
  stance: choice(pick(STANCES, 'stance'), (view, stance) => (view.stance = stance)),
} satisfies Record<string, Handler>;
export type TagKey = keyof typeof TAGS;

/** A tag read but not yet applied: its key, its checked value, and whether it belongs on a choice. */
export interface Tag {
  key: TagKey;
  value: unknown;
  on: 'line' | 'choice';
}

export function parseTag(raw: string): Tag {
  const match = /^\s*([a-z_]+)\s*:\s*(\S.*?)\s*$/.exec(raw);
  if (!match) throw new TagError(`tag "#${raw}" is not of the form "#key: value"`);
  const [, key, text] = match;
  if (!Object.hasOwn(TAGS, key)) throw new TagError(`unknown tag "#${key}" (known: ${Object.keys(TAGS).join(', ')})`);
  const entry = TAGS[key as TagKey];
  return { key: key as TagKey, value: entry.read(text), on: entry.on };
}

/** Lifts a line's tags into the beat and the paragraph; a choice's tag there is misplaced. */
export function liftLineTags(raws: readonly string[], target: LineTarget): void {
  for (const raw of raws) {
    const tag = parseTag(raw);
    const entry = TAGS[tag.key];
    if (entry.on !== 'line') throw new TagError(`#${raw.trim()} must sit inside a choice's [brackets]`);
    entry.lift(target, tag.value);
  }
}

/** Lifts a choice's tags into it; only `#gate:` and `#stance:` belong on a choice. */
export function liftChoiceTags(raws: readonly string[], choice: ChoiceView): void {
  for (const raw of raws) {
    const tag = parseTag(raw);
    const entry = TAGS[tag.key];
    if (entry.on !== 'choice') {
      throw new TagError(`choice "${choice.text}" carries #${raw.trim()}; only #gate: and #stance: belong on a choice`);
    }
    entry.lift(choice, tag.value);
  }
}
