// The class server's HTTP side: the built game and the class API on one origin, with the game's CSP,
// helmet's headers, schema-checked bodies, bearer keys and rate-limited failed joins.
// Imports Fastify and its plugins, and the server's own modules; never anything a browser loads.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import {
  castVote,
  closeRound,
  createClassSession,
  currentRound,
  deleteClassSession,
  endClassSession,
  extendRound,
  findDevice,
  findTeacherSession,
  joinClassSession,
  openRound,
  readDashboard,
  readExport,
  revealSections,
  studentView,
  type Answer,
  type NewSession,
} from './class-store.ts';
import type { RoundChoice, Section } from '../class/wire.ts';
import { answerQueue } from './answer-queue.ts';
import { toCsv } from './export-format.ts';
import type { Live } from './live.ts';
import * as schemas from './schemas.ts';
import type { Storage } from './storage.ts';
import { normaliseCode } from './tokens.ts';
import { checkSessionRules, rulesOf } from './session-rules.ts';

export const BODY_LIMIT = 16 * 1024;
const DEVICE_UNKNOWN = 'This device has not joined a session, or the session was deleted.';

export interface AppOptions {
  db: Storage;
  live: Live;
  /** The built game (index.html and assets/). */
  distDir: string;
  /** Failed joins allowed per address per window before joining is refused for the rest of it. */
  failedJoins?: { max: number; windowMs: number };
  /** pino's level for the server's log (no tokens are ever in it); none when absent. */
  logLevel?: string;
  /** Behind nginx: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
}

/** The directives of the built page's own CSP meta tag, so the server sends exactly the game's policy. */
export function readPagePolicy(distDir: string): Record<string, string[]> {
  const page = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const written = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? "default-src 'self'";
  // The build writes the quotes of 'self' as HTML entities.
  const content = written
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return Object.fromEntries(
    content.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

const problem = (status: number, message: string) => new HttpProblem(status, message);

function bearer(request: FastifyRequest): string {
  const match = /^Bearer ([A-Za-z0-9_-]{22})$/.exec(request.headers.authorization ?? '');
  if (!match) throw problem(401, 'This needs the key, sent as "Authorization: Bearer <key>".');
  return match[1];
}

/** Database failures a retry can outlive: connection lost, server starting or shutting down. */
function databaseAway(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? '';
  return (
    /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|57P0[1-3]|08\d\d\d)$/.test(code) ||
    /terminat|Connection|timeout|closed/i.test(message)
  );
}

export async function buildApp(options: AppOptions) {
  const { db, live } = options;
  const app = Fastify({
    logger: options.logLevel ? { level: options.logLevel, redact: ['req.headers.authorization'] } : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
    schemaErrorFormatter: (errors, dataVar) => {
      const [first] = errors;
      const where = `${dataVar}${first.instancePath.replace(/\//g, '.')}`;
      const extra = (first.params as { additionalProperty?: string }).additionalProperty;
      return new Error(
        extra ? `${where} has a field this server does not know: "${extra}".` : `${where} ${first.message}.`,
      );
    },
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: readPagePolicy(options.distDir) },
    // The game's own fonts and scripts are same-origin; nothing is embedded from elsewhere.
    crossOriginEmbedderPolicy: false,
  });
  // Marks every page as the class server's: the game reads it (PerformanceNavigationTiming.serverTiming)
  // and only then asks /api/health, so a statically hosted game never makes that request.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('server-timing', 'class-server');
  });
  await app.register(rateLimit, { global: false });
  const failedJoin = app.createRateLimit({
    max: options.failedJoins?.max ?? 20,
    timeWindow: options.failedJoins?.windowMs ?? 10 * 60_000,
  });
  const blockedUntil = new Map<string, number>();

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    if (error instanceof HttpProblem || (error.statusCode && error.statusCode < 500)) {
      return reply.code(error.statusCode ?? 400).send({ error: error.message });
    }
    if (databaseAway(error)) {
      request.log.warn({ err: error.message }, 'database away');
      return reply
        .code(503)
        .header('retry-after', '1')
        .send({ error: 'The database is not answering; try again in a moment.' });
    }
    request.log.error(error);
    return reply.code(500).send({ error: 'Something went wrong on the server; nothing was stored.' });
  });

  /** The write is committed before this: a notification lost to a database outage must not turn its reply into an error. */
  const storeAnswer = answerQueue(db);
  const changed = (request: FastifyRequest, sessionId: number) =>
    live.changed(sessionId).catch((error: Error) => request.log.warn({ err: error.message }, 'notification lost'));

  const teacher = async (request: FastifyRequest<{ Params: { code: string } }>) => {
    const session = await findTeacherSession(db, normaliseCode(request.params.code), bearer(request));
    if (!session) throw problem(403, 'No session with this code opens with this key.');
    return session;
  };
  const device = async (request: FastifyRequest) => {
    const found = await findDevice(db, bearer(request));
    if (!found) throw problem(403, DEVICE_UNKNOWN);
    return found;
  };

  app.get('/api/health', async () => {
    await db.query('select 1');
    return { ok: true, db: db.kind };
  });

  app.post<{ Body: NewSession }>(
    '/api/sessions',
    { schema: { body: schemas.createSessionBody } },
    async (request, reply) => {
      const rules = checkSessionRules(request.body.regimes, request.body.rules);
      if (!rules) throw problem(400, "A rule set is wrong, or does not match the session's list of rule sets.");
      const { session, teacherKey } = await createClassSession(db, { ...request.body, rules });
      return reply.code(201).send({ code: session.code, teacherKey, joinPath: `./?join=${session.code}` });
    },
  );

  app.post<{ Body: { code: string; nickname?: string } }>(
    '/api/join',
    { schema: { body: schemas.joinBody } },
    async (request, reply) => {
      const address = request.ip;
      if ((blockedUntil.get(address) ?? 0) > Date.now()) {
        throw problem(
          429,
          'Too many wrong codes from this network; wait a few minutes and check the code on the screen.',
        );
      }
      const joined = await joinClassSession(db, normaliseCode(request.body.code), request.body.nickname);
      if (!joined.ok) {
        const limit = await failedJoin(request);
        if (!limit.isAllowed && limit.isExceeded) blockedUntil.set(address, Date.now() + limit.ttl);
        if (joined.reason === 'ended') throw problem(409, 'This session has ended; joining is closed.');
        throw problem(404, 'No session has this code; check it on the screen.');
      }
      await changed(request, joined.session.id);
      const { session, device: row, token } = joined;
      const rules = rulesOf(session.rules, row.regime);
      return reply
        .code(201)
        .send({ token, regime: row.regime, ...(rules ? { rules } : {}), mode: session.mode, length: session.length });
    },
  );

  app.get('/api/me', async (request) => {
    const found = await device(request);
    return studentView(found, found.session, await readDashboard(db, found.session));
  });

  app.get('/api/me/stream', async (request, reply) => {
    const found = await device(request);
    openStream(reply);
    live.watchAsDevice(found, found.session, reply.raw);
  });

  app.post<{ Body: Answer }>('/api/answers', { schema: { body: schemas.answerBody } }, async (request, reply) => {
    const stored = await storeAnswer(bearer(request), request.body);
    if (!stored) throw problem(403, DEVICE_UNKNOWN);
    // Acknowledged once committed; the dashboards hear of it with the next notification, not awaited here.
    if (!stored.duplicate) void changed(request, stored.sessionId);
    return reply.code(stored.duplicate ? 200 : 201).send({ id: stored.id, duplicate: stored.duplicate });
  });

  app.post<{ Body: { round: number; choice: number } }>(
    '/api/votes',
    { schema: { body: schemas.voteBody } },
    async (request) => {
      const found = await device(request);
      const result = await castVote(db, found, request.body.round, request.body.choice);
      if (!result.ok) throw roundProblem(result.reason);
      await changed(request, found.session_id);
      return { ok: true };
    },
  );

  type CodeRequest = FastifyRequest<{ Params: { code: string } }>;
  const withCode = { params: schemas.codeParams };

  app.get('/api/sessions/:code', { schema: withCode }, async (request: CodeRequest) =>
    readDashboard(db, await teacher(request)),
  );

  app.get('/api/sessions/:code/stream', { schema: withCode }, async (request: CodeRequest, reply) => {
    const session = await teacher(request);
    openStream(reply);
    live.watchAsTeacher(session, reply.raw);
  });

  app.post<{ Params: { code: string }; Body: { sections: Section[] } }>(
    '/api/sessions/:code/reveal',
    { schema: { ...withCode, body: schemas.revealBody } },
    async (request) => {
      const session = await teacher(request);
      await revealSections(db, session, request.body.sections);
      await changed(request, session.id);
      return { revealed: request.body.sections };
    },
  );

  app.post<{ Params: { code: string }; Body: { choices: RoundChoice[]; seconds: number } }>(
    '/api/sessions/:code/rounds',
    { schema: { ...withCode, body: schemas.roundBody } },
    async (request, reply) => {
      const session = await teacher(request);
      if (!request.body.choices.some((choice) => !choice.locked))
        throw problem(400, 'At least one choice must be open.');
      const round = await openRound(db, session, request.body.choices, request.body.seconds);
      await changed(request, session.id);
      return reply.code(201).send(round);
    },
  );

  type RoundRequest<B> = FastifyRequest<{ Params: { code: string; number: string }; Body: B }>;
  app.post(
    '/api/sessions/:code/rounds/:number/extend',
    { schema: { params: schemas.roundParams, body: schemas.extendBody } },
    async (request: RoundRequest<{ seconds: number }>) => {
      const session = await teacher(request);
      if (!(await extendRound(db, session, Number(request.params.number), request.body.seconds))) {
        throw roundProblem('closed');
      }
      await changed(request, session.id);
      return currentRound(db, session.id);
    },
  );

  app.post(
    '/api/sessions/:code/rounds/:number/close',
    { schema: { params: schemas.roundParams, body: schemas.closeBody } },
    async (request: RoundRequest<{ tieBreak?: number }>) => {
      const session = await teacher(request);
      const result = await closeRound(db, session, Number(request.params.number), request.body.tieBreak);
      if (!result.ok) throw roundProblem(result.reason);
      await changed(request, session.id);
      return result.round;
    },
  );

  app.post('/api/sessions/:code/end', { schema: withCode }, async (request: CodeRequest) => {
    const session = await teacher(request);
    await endClassSession(db, session);
    await changed(request, session.id);
    return { ended: true };
  });

  app.delete('/api/sessions/:code', { schema: withCode }, async (request: CodeRequest) => {
    const session = await teacher(request);
    await deleteClassSession(db, session);
    await changed(request, session.id);
    return { deleted: true };
  });

  app.get('/api/sessions/:code/export.json', { schema: withCode }, async (request: CodeRequest, reply) => {
    const session = await teacher(request);
    const rows = await readExport(db, session);
    return reply.header('content-disposition', `attachment; filename="good-standing-${session.code}.json"`).send({
      code: session.code,
      mode: session.mode,
      length: session.length,
      regimes: session.regimes,
      devices: rows,
    });
  });

  app.get('/api/sessions/:code/export.csv', { schema: withCode }, async (request: CodeRequest, reply) => {
    const session = await teacher(request);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="good-standing-${session.code}.csv"`)
      .send(toCsv(await readExport(db, session)));
  });

  app.all('/api/*', async () => {
    throw problem(404, 'The class API has no such address.');
  });

  await app.register(fastifyStatic, { root: path.resolve(options.distDir), index: 'index.html', wildcard: true });
  return app;
}

function roundProblem(reason: 'no_round' | 'closed' | 'tied' | 'locked') {
  const messages = {
    no_round: [404, 'There is no such vote in this session.'],
    closed: [409, 'Voting on this choice has closed.'],
    tied: [409, 'The vote is tied: the teacher picks one of the leading choices (tieBreak).'],
    locked: [400, 'That choice is locked, or is not among the leading ones.'],
  } as const;
  const [status, message] = messages[reason];
  return problem(status, message);
}

function openStream(reply: FastifyReply) {
  reply.hijack();
  reply.raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // nginx would otherwise hold the events back in its buffer.
    'x-accel-buffering': 'no',
  });
  reply.raw.write('retry: 1000\n\n');
}
