// The story's tag vocabulary, parsed in one place: `#key: value`, lowercase, typed.
// An unknown key or a bad value is an error, never ignored. Imports only the model.

import { isGateId, type GateId } from '../model/catalogue.ts';

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

export type Tag =
  | { kind: 'scene'; id: SceneId }
  | { kind: 'sfx'; id: SoundId }
  | { kind: 'chapter'; number: number }
  | { kind: 'ledger'; chapter: number }
  | { kind: 'poll'; id: string }
  | { kind: 'ending'; id: string }
  | { kind: 'speaker'; id: string }
  | { kind: 'gate'; id: GateId }
  | { kind: 'stance'; stance: Stance }
  /** On a choice: what that road led to in the story, named once for the debrief's roads not taken. */
  | { kind: 'road'; id: string };

export class TagError extends Error {
  override name = 'TagError';
}

const SNAKE = /^[a-z][a-z0-9_]*$/;

function oneOf<T extends string>(allowed: readonly T[], key: string) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new TagError(`unknown ${key} "${value}" (known: ${allowed.join(', ')})`);
  };
}

function snakeId(key: string) {
  return (value: string): string => {
    if (SNAKE.test(value)) return value;
    throw new TagError(`${key} "${value}" is not a snake_case id`);
  };
}

function chapterNumber(key: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new TagError(`${key} "${value}" is not a chapter number`);
  return number;
}

const sceneId = oneOf(SCENES, 'scene');
const soundId = oneOf(SOUNDS, 'sfx');
const stance = oneOf(STANCES, 'stance');

const TAGS = {
  scene: (v: string): Tag => ({ kind: 'scene', id: sceneId(v) }),
  sfx: (v: string): Tag => ({ kind: 'sfx', id: soundId(v) }),
  chapter: (v: string): Tag => ({ kind: 'chapter', number: chapterNumber('chapter', v) }),
  ledger: (v: string): Tag => ({ kind: 'ledger', chapter: chapterNumber('ledger', v) }),
  poll: (v: string): Tag => ({ kind: 'poll', id: snakeId('poll')(v) }),
  ending: (v: string): Tag => ({ kind: 'ending', id: snakeId('ending')(v) }),
  speaker: (v: string): Tag => ({ kind: 'speaker', id: snakeId('speaker')(v) }),
  gate: (v: string): Tag => {
    if (isGateId(v)) return { kind: 'gate', id: v };
    throw new TagError(`unknown gate "${v}"`);
  },
  stance: (v: string): Tag => ({ kind: 'stance', stance: stance(v) }),
  road: (v: string): Tag => ({ kind: 'road', id: snakeId('road')(v) }),
} satisfies Record<string, (value: string) => Tag>;

export function parseTag(raw: string): Tag {
  const match = /^\s*([a-z_]+)\s*:\s*(\S.*?)\s*$/.exec(raw);
  if (!match) throw new TagError(`tag "#${raw}" is not of the form "#key: value"`);
  const [, key, value] = match;
  if (!Object.hasOwn(TAGS, key)) throw new TagError(`unknown tag "#${key}" (known: ${Object.keys(TAGS).join(', ')})`);
  return TAGS[key as keyof typeof TAGS](value);
}
