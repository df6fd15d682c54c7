import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/server/app.ts';
import { call, classOf, startServer, type Running } from './helpers/server.ts';

let server: Running;
let teacherKey: string;
let code: string;
let token: string;

beforeAll(async () => {
  server = await startServer(undefined, { failedJoins: { max: 1_000_000, windowMs: 60_000 } });
  const room = await classOf(server.url, 1, ['lanmen_civic'], 'together');
  ({ code, teacherKey } = room);
  token = room.devices[0].token;
  await call(
    `${server.url}/api/sessions/${code}/rounds`,
    'POST',
    { choices: [{ text: 'Wait', locked: false }], seconds: 600 },
    teacherKey,
  );
});
afterAll(() => server?.close());

/** Everything a request could have changed, in one string. */
async function everything() {
  const [row] = await server.db.query<{ state: string }>(`select concat_ws('|',
    (select count(*) from class_sessions), (select count(*) from devices), (select count(*) from answers),
    (select count(*) from rounds), (select count(*) from votes),
    (select string_agg(concat(revealed::text, ended_at::text, nicknames::text), ',' order by id) from class_sessions),
    (select string_agg(concat(closes_at::text, taken::text), ',' order by number) from rounds)) as state`);
  return row.state;
}

const auth = { none: undefined, teacher: () => teacherKey, device: () => token } as const;

interface Endpoint {
  method: string;
  route: string;
  key: keyof typeof auth;
  /** A body the endpoint would accept; the test only ever sends broken copies of it. */
  valid: () => Record<string, unknown>;
  required: string[];
}

const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    route: '/api/sessions',
    key: 'none',
    valid: () => ({ mode: 'devices', length: 'short', regimes: ['lanmen_civic'] }),
    required: ['mode', 'length', 'regimes'],
  },
  { method: 'POST', route: '/api/join', key: 'none', valid: () => ({ code }), required: ['code'] },
  {
    method: 'POST',
    route: '/api/answers',
    key: 'device',
    valid: () => ({ key: 'a-valid-key', kind: 'poll', poll: 'sign_up', choice: 'yes' }),
    required: ['key', 'kind', 'poll', 'choice'],
  },
  {
    method: 'POST',
    route: '/api/votes',
    key: 'device',
    valid: () => ({ round: 1, choice: 0 }),
    required: ['round', 'choice'],
  },
  {
    method: 'POST',
    route: '/api/sessions/:code/reveal',
    key: 'teacher',
    valid: () => ({ sections: ['polls'] }),
    required: ['sections'],
  },
  {
    method: 'POST',
    route: '/api/sessions/:code/rounds',
    key: 'teacher',
    valid: () => ({ choices: [{ text: 'Go', locked: false }], seconds: 30 }),
    required: ['choices', 'seconds'],
  },
  {
    method: 'POST',
    route: '/api/sessions/:code/rounds/1/extend',
    key: 'teacher',
    valid: () => ({ seconds: 30 }),
    required: ['seconds'],
  },
  {
    method: 'POST',
    route: '/api/sessions/:code/rounds/1/close',
    key: 'teacher',
    valid: () => ({ tieBreak: 0 }),
    required: [],
  },
];

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** A broken copy of a valid body: an unknown field, a field of the wrong type, a required field missing, or not an object. */
function broken(endpoint: Endpoint) {
  const valid = endpoint.valid();
  const fields = Object.keys(valid);
  const unknownField = fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 12 }).filter((name) => !fields.includes(name) && name !== '__proto__'),
      fc.jsonValue(),
    )
    .map(([name, value]) => ({ ...valid, [name]: value }));
  const wrongType = fc
    .tuple(fc.constantFrom(...fields), fc.jsonValue())
    .filter(([field, value]) => typeOf(value) !== typeOf(valid[field]))
    .map(([field, value]) => ({ ...valid, [field]: value }));
  const missing = endpoint.required.length
    ? fc
        .constantFrom(...endpoint.required)
        .map((field) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== field)))
    : fc.constant(null);
  const notAnObject = fc.oneof(
    fc.jsonValue().filter((value) => typeOf(value) !== 'object'),
    fc.array(fc.jsonValue()),
  );
  return fc.oneof(unknownField, wrongType, missing, notAnObject);
}

async function send(method: string, path: string, body: string | undefined, headers: Record<string, string>) {
  const response = await fetch(`${server.url}${path}`, { method, headers, body });
  await response.arrayBuffer();
  return response.status;
}

describe('bad input to the class API', () => {
  it.each(ENDPOINTS.map((endpoint) => [`${endpoint.method} ${endpoint.route}`, endpoint] as const))(
    '%s answers broken bodies with a 4xx and stores nothing',
    async (_, endpoint) => {
      const before = await everything();
      await fc.assert(
        fc.asyncProperty(broken(endpoint), async (body) => {
          const key = auth[endpoint.key]?.();
          const reply = await call(`${server.url}${endpoint.route.replace(':code', code)}`, endpoint.method, body, key);
          expect(reply.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
          expect(reply.status, JSON.stringify(body)).toBeLessThan(500);
          expect(typeof reply.json?.error).toBe('string');
        }),
        { numRuns: 40 },
      );
      expect(await everything()).toBe(before);
    },
  );

  it('refuses bodies over 16 KB, text that is not JSON, and content types other than JSON, storing nothing', async () => {
    const before = await everything();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const huge = JSON.stringify({ key: 'a-valid-key', kind: 'poll', poll: 'sign_up', choice: 'x'.repeat(BODY_LIMIT) });
    expect(await send('POST', '/api/answers', huge, headers)).toBe(413);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        let json = true;
        try {
          JSON.parse(text);
        } catch {
          json = false;
        }
        fc.pre(!json);
        expect(await send('POST', '/api/answers', text, headers)).toBe(400);
      }),
      { numRuns: 40 },
    );
    expect(await send('POST', '/api/answers', '{}', { ...headers, 'content-type': 'text/plain' })).toBe(400);
    expect(await send('POST', '/api/answers', '{}', { ...headers, 'content-type': 'application/xml' })).toBe(415);
    expect(await everything()).toBe(before);
  });

  it('answers any code and any Authorization header on every teacher route with a 4xx, changing nothing', async () => {
    const before = await everything();
    const routes = [
      ['GET', ''],
      ['GET', '/export.csv'],
      ['GET', '/export.json'],
      ['GET', '/stream'],
      ['POST', '/end'],
      ['DELETE', ''],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(fc.string({ maxLength: 12 }), fc.constant(code)),
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constant(`Bearer ${token}`),
          fc.string().map((s) => `Bearer ${s}`),
        ),
        async ([method, tail], typed, authorization) => {
          const headers: Record<string, string> = {};
          if (/^[\x20-\x7e]*$/.test(authorization)) headers.authorization = authorization;
          const status = await send(method, `/api/sessions/${encodeURIComponent(typed)}${tail}`, undefined, headers);
          expect(status, `${method} ${typed} ${authorization}`).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
        },
      ),
      { numRuns: 120 },
    );
    expect(await everything()).toBe(before);
  });
});
