// The shape of every request body the class API accepts, as JSON Schema: unknown fields and wrong
// types are refused before any handler runs. Imports the regimes' ids from the model and the store's lists.

import { REGIMES } from '../model/regimes/index.ts';
import { SECTIONS } from '../class/wire.ts';

/** Story ids (polls, choices, endings, tiers) are snake_case, as the story's tags are. */
const id = { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$' } as const;
/** Where ink wrote a choice (its source path): the same in every language. */
const source = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,128}$' } as const;
const score = { type: 'integer', minimum: -100_000, maximum: 100_000 } as const;
const chapter = { type: 'integer', minimum: 0, maximum: 99 } as const;
const closed = (properties: Record<string, unknown>, required: string[]) =>
  ({ type: 'object', additionalProperties: false, properties, required }) as const;

export const createSessionBody = closed(
  {
    mode: { enum: ['devices', 'together'] },
    length: { enum: ['short', 'full'] },
    regimes: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
      items: { anyOf: [{ enum: Object.keys(REGIMES) }, { type: 'string', pattern: '^custom:[0-9a-z]{1,13}$' }] },
    },
    // A class's own rule sets, one for each `custom:` id in `regimes`; the model's checker reads them whole.
    rules: { type: 'array', maxItems: 3, items: { type: 'object' } },
    nicknames: { type: 'boolean' },
  },
  ['mode', 'length', 'regimes'],
);

export const joinBody = closed(
  {
    code: { type: 'string', minLength: 1, maxLength: 16 },
    nickname: { type: 'string', minLength: 1, maxLength: 24, pattern: '^[^<>\\u0000-\\u001f]*$' },
  },
  ['code'],
);

export const answerBody = {
  ...closed(
    {
      key: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' },
      kind: { enum: ['chapter', 'poll', 'ending'] },
      chapter,
      poll: id,
      choice: source,
      ending: id,
      score,
      tier: { type: 'string', pattern: '^[A-Za-z0-9_+-]{1,16}$' },
    },
    ['key', 'kind'],
  ),
  allOf: [
    { if: { properties: { kind: { const: 'chapter' } } }, then: { required: ['chapter'] } },
    { if: { properties: { kind: { const: 'poll' } } }, then: { required: ['poll', 'choice'] } },
    { if: { properties: { kind: { const: 'ending' } } }, then: { required: ['ending', 'score', 'tier'] } },
  ],
} as const;

export const revealBody = closed(
  { sections: { type: 'array', maxItems: SECTIONS.length, uniqueItems: true, items: { enum: [...SECTIONS] } } },
  ['sections'],
);

export const roundBody = closed(
  {
    choices: {
      type: 'array',
      minItems: 1,
      maxItems: 9,
      items: closed({ text: { type: 'string', minLength: 1, maxLength: 500 }, locked: { type: 'boolean' } }, [
        'text',
        'locked',
      ]),
    },
    seconds: { type: 'integer', minimum: 5, maximum: 600 },
  },
  ['choices', 'seconds'],
);

export const extendBody = closed({ seconds: { type: 'integer', minimum: 5, maximum: 600 } }, ['seconds']);
export const closeBody = closed({ tieBreak: { type: 'integer', minimum: 0, maximum: 8 } }, []);
export const voteBody = closed(
  { round: { type: 'integer', minimum: 1, maximum: 10_000 }, choice: { type: 'integer', minimum: 0, maximum: 8 } },
  ['round', 'choice'],
);
export const codeParams = closed({ code: { type: 'string', pattern: '^[A-Za-z0-9]{6}$' } }, ['code']);
export const roundParams = closed(
  { code: codeParams.properties.code, number: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' } },
  ['code', 'number'],
);
