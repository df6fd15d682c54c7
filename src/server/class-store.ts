// What a class session is, in SQL: create, join with balanced assignment, answers that count once,
// votes, the dashboard's numbers, export rows, ending and purging. Imports storage, tokens and session rules.

import type { ClassState, Mode, Queued, RegimeNumbers, Round, RoundChoice, Section } from '../class/wire.ts';
import type { StoryLength } from '../narrative/opening.ts';
import type { Query, Storage } from './storage.ts';
import { hashSecret, newJoinCode, newSecret } from './tokens.ts';
import type { RuleSet } from '../model/regime.ts';

export interface SessionRow {
  id: number;
  code: string;
  mode: Mode;
  length: StoryLength;
  regimes: string[];
  /** A class's own rule sets among `regimes` (absent where a query does not read them). */
  rules?: RuleSet[];
  nicknames: boolean;
  revealed: Section[];
  ended_at: Date | null;
}

export interface DeviceRow {
  id: number;
  session_id: number;
  regime: string;
  nickname: string | null;
}

export interface NewSession {
  mode: Mode;
  length: StoryLength;
  regimes: string[];
  /** Checked by checkSessionRules before it is stored. */
  rules?: RuleSet[];
  nicknames?: boolean;
}

/** What the server keeps of an answer: the device's report and its idempotency key. */
export type Answer = Queued;

/** The projector's numbers; a device's view (studentView) is the same shape with only what is revealed. */
export interface Dashboard extends ClassState {
  regimes: string[];
  /** When the numbers were read (ms since the epoch): everything acknowledged before it is in them. */
  at: number;
  answers: number;
  people: { joined: number; playing: number; finished: number };
}

const SESSION_COLUMNS = 'id, code, mode, length, regimes, rules, nicknames, revealed, ended_at';

/** Codes are drawn again on the rare clash with a code still kept. */
const CODE_ATTEMPTS = 20;

export async function createClassSession(db: Storage, wanted: NewSession) {
  const teacherKey = newSecret();
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const rows = await db.query<SessionRow>(
      `insert into class_sessions (code, teacher_key_hash, mode, length, regimes, rules, nicknames)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (code) do nothing returning ${SESSION_COLUMNS}`,
      [
        newJoinCode(),
        hashSecret(teacherKey),
        wanted.mode,
        wanted.length,
        wanted.regimes,
        JSON.stringify(wanted.rules ?? []),
        wanted.nicknames ?? false,
      ],
    );
    if (rows[0]) return { session: rows[0], teacherKey };
  }
  throw new Error('no free join code');
}

export async function findTeacherSession(db: Query, code: string, teacherKey: string) {
  const rows = await db.query<SessionRow>(
    `select ${SESSION_COLUMNS} from class_sessions where code = $1 and teacher_key_hash = $2`,
    [code, hashSecret(teacherKey)],
  );
  return rows[0];
}

export async function findDevice(db: Query, token: string) {
  const rows = await db.query<DeviceRow & { session: SessionRow }>(
    `select d.id, d.session_id, d.regime, d.nickname,
       json_build_object('id', s.id, 'code', s.code, 'mode', s.mode, 'length', s.length, 'regimes', s.regimes,
         'nicknames', s.nicknames, 'revealed', s.revealed, 'ended_at', s.ended_at) as session
     from devices d join class_sessions s on s.id = d.session_id where d.token_hash = $1`,
    [hashSecret(token)],
  );
  return rows[0];
}

export type JoinResult =
  { ok: true; token: string; device: DeviceRow; session: SessionRow } | { ok: false; reason: 'unknown_code' | 'ended' };

/**
 * Joins a device to the session with that code. With several rule sets, it takes one of those with
 * the fewest devices so far, at random among them; the session row is locked meanwhile, so two
 * devices joining at once are still balanced.
 */
export async function joinClassSession(db: Storage, code: string, nickname: string | undefined, pick = Math.random) {
  return db.transaction<JoinResult>(async (tx) => {
    const [session] = await tx.query<SessionRow>(
      `select ${SESSION_COLUMNS} from class_sessions where code = $1 for update`,
      [code],
    );
    if (!session) return { ok: false, reason: 'unknown_code' };
    if (session.ended_at) return { ok: false, reason: 'ended' };
    const counts = await tx.query<{ regime: string; n: number }>(
      'select regime, count(*)::int as n from devices where session_id = $1 group by regime',
      [session.id],
    );
    const count = (regime: string) => counts.find((row) => row.regime === regime)?.n ?? 0;
    const fewest = Math.min(...session.regimes.map(count));
    const candidates = session.regimes.filter((regime) => count(regime) === fewest);
    const regime = candidates[Math.floor(pick() * candidates.length)];
    const token = newSecret();
    const [device] = await tx.query<DeviceRow>(
      `insert into devices (session_id, token_hash, regime, nickname) values ($1, $2, $3, $4)
       returning id, session_id, regime, nickname`,
      [session.id, hashSecret(token), regime, session.nicknames ? (nickname ?? null) : null],
    );
    return { ok: true, token, device, session };
  });
}

export type Stored = { id: number; sessionId: number; duplicate: boolean } | null;

/**
 * Stores answers, each once, for the devices holding their tokens, in one statement and one commit
 * however many there are (a class answers in bursts: one commit per answer is what a burst waits on).
 * A retry with a key already stored stores nothing and is told so; an unknown token gets null.
 */
export async function recordAnswers(db: Query, answers: readonly { token: string; answer: Answer }[]) {
  const column = <K extends keyof Answer>(name: K) =>
    answers.map(({ answer }) => (answer as Partial<Answer>)[name] ?? null);
  const rows = await db.query<{ n: number; device_id: number; session_id: number; inserted: number | null }>(
    `with input as (
       select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[],
         $8::int[], $9::text[]) with ordinality
         as t(token_hash, key, kind, chapter, poll, choice, ending, score, tier, n)),
     device as (
       select input.*, d.id as device_id, d.session_id from input join devices d on d.token_hash = input.token_hash),
     stored as (
       insert into answers (session_id, device_id, idempotency_key, kind, chapter, poll, choice, ending, score, tier)
       select distinct on (device_id, key) session_id, device_id, key, kind, chapter, poll, choice, ending, score, tier
       from device order by device_id, key, n
       on conflict (device_id, idempotency_key) do nothing returning id, device_id, idempotency_key)
     select device.n::int as n, device.device_id, device.session_id, stored.id as inserted
     from device left join stored on stored.device_id = device.device_id and stored.idempotency_key = device.key`,
    [
      answers.map(({ token }) => hashSecret(token)),
      column('key'),
      column('kind'),
      column('chapter' as keyof Answer),
      column('poll' as keyof Answer),
      column('choice' as keyof Answer),
      column('ending' as keyof Answer),
      column('score' as keyof Answer),
      column('tier' as keyof Answer),
    ],
  );
  const results: Stored[] = answers.map(() => null);
  /** The first of a key sent twice in one batch is the one stored; the other is its duplicate. */
  const told = new Set<number>();
  const again: { at: number; device: number; key: string; sessionId: number }[] = [];
  for (const row of rows.sort((a, b) => a.n - b.n)) {
    const at = row.n - 1;
    if (row.inserted !== null && !told.has(row.inserted)) {
      told.add(row.inserted);
      results[at] = { id: row.inserted, sessionId: row.session_id, duplicate: false };
    } else again.push({ at, device: row.device_id, key: answers[at].answer.key, sessionId: row.session_id });
  }
  if (again.length > 0) {
    const found = await db.query<{ id: number; device_id: number; idempotency_key: string }>(
      `select id, device_id, idempotency_key from answers
       where (device_id, idempotency_key) in (select * from unnest($1::int[], $2::text[]))`,
      [again.map((a) => a.device), again.map((a) => a.key)],
    );
    for (const { at, device, key, sessionId } of again) {
      const first = found.find((row) => row.device_id === device && row.idempotency_key === key);
      if (first) results[at] = { id: first.id, sessionId, duplicate: true };
    }
  }
  return results;
}

export async function revealSections(db: Query, session: SessionRow, sections: Section[]) {
  await db.query('update class_sessions set revealed = $2 where id = $1', [session.id, sections]);
}

export async function endClassSession(db: Query, session: SessionRow) {
  await db.query('update class_sessions set ended_at = coalesce(ended_at, now()) where id = $1', [session.id]);
}

export async function deleteClassSession(db: Query, session: SessionRow) {
  await db.query('delete from class_sessions where id = $1', [session.id]);
}

/**
 * Deletes sessions ended more than `days` ago; a session never ended counts as ended a day after
 * it began (no class lasts longer). Returns how many went.
 */
export async function purgeExpired(db: Query, days: number) {
  const rows = await db.query<{ id: number }>(
    `delete from class_sessions
     where coalesce(ended_at, created_at + interval '1 day') < now() - make_interval(secs => $1 * 86400)
     returning id`,
    [days],
  );
  return rows.length;
}

export type RoundResult = { ok: true; round: Round } | { ok: false; reason: 'no_round' | 'closed' | 'tied' | 'locked' };

export async function openRound(db: Storage, session: SessionRow, choices: RoundChoice[], seconds: number) {
  return db.transaction(async (tx) => {
    await tx.query('select id from class_sessions where id = $1 for update', [session.id]);
    await tx.query('update rounds set closes_at = least(closes_at, now()) where session_id = $1', [session.id]);
    const [{ number }] = await tx.query<{ number: number }>(
      `insert into rounds (session_id, number, choices, closes_at)
       select $1, coalesce(max(number), 0) + 1, $2, now() + make_interval(secs => $3) from rounds where session_id = $1
       returning number`,
      [session.id, JSON.stringify(choices), seconds],
    );
    return (await readRound(tx, session.id, number))!;
  });
}

export async function extendRound(db: Query, session: SessionRow, number: number, seconds: number) {
  const rows = await db.query(
    `update rounds set closes_at = greatest(closes_at, now()) + make_interval(secs => $3)
     where session_id = $1 and number = $2 and taken is null returning number`,
    [session.id, number, seconds],
  );
  return rows.length > 0;
}

/** Closes voting: the unlocked choice with most votes is taken; a tie needs the teacher's pick. */
export async function closeRound(
  db: Query,
  session: SessionRow,
  number: number,
  tieBreak?: number,
): Promise<RoundResult> {
  const round = await readRound(db, session.id, number);
  if (!round) return { ok: false, reason: 'no_round' };
  if (round.taken !== null) return { ok: true, round };
  const open = round.choices.map((choice, index) => ({ ...choice, index })).filter((choice) => !choice.locked);
  const most = Math.max(...open.map((choice) => round.votes[choice.index]));
  const leaders = open.filter((choice) => round.votes[choice.index] === most).map((choice) => choice.index);
  const taken = leaders.length === 1 ? leaders[0] : tieBreak;
  if (taken === undefined) return { ok: false, reason: 'tied' };
  if (!leaders.includes(taken)) return { ok: false, reason: 'locked' };
  await db.query(
    'update rounds set taken = $3, closes_at = least(closes_at, now()) where session_id = $1 and number = $2',
    [session.id, number, taken],
  );
  return { ok: true, round: (await readRound(db, session.id, number))! };
}

export async function castVote(db: Query, device: DeviceRow, number: number, choice: number): Promise<RoundResult> {
  const round = await readRound(db, device.session_id, number);
  if (!round) return { ok: false, reason: 'no_round' };
  if (!round.open) return { ok: false, reason: 'closed' };
  if (!round.choices[choice] || round.choices[choice].locked) return { ok: false, reason: 'locked' };
  await db.query(
    `insert into votes (session_id, round, device_id, choice) values ($1, $2, $3, $4)
     on conflict (session_id, round, device_id) do update set choice = excluded.choice`,
    [device.session_id, number, device.id, choice],
  );
  return { ok: true, round: (await readRound(db, device.session_id, number))! };
}

/** A round as the server holds it: its votes always counted (a device may be shown them or not). */
type CountedRound = Round & { votes: number[] };

async function readRound(db: Query, sessionId: number, number?: number): Promise<CountedRound | null> {
  const [row] = await db.query<{
    number: number;
    choices: RoundChoice[];
    closes_at: Date;
    open: boolean;
    taken: number | null;
  }>(
    `select number, choices, closes_at, (taken is null and closes_at > now()) as open, taken from rounds
     where session_id = $1 and ($2::int is null or number = $2) order by number desc limit 1`,
    [sessionId, number ?? null],
  );
  if (!row) return null;
  const votes = await db.query<{ choice: number; n: number }>(
    'select choice, count(*)::int as n from votes where session_id = $1 and round = $2 group by choice',
    [sessionId, row.number],
  );
  return {
    number: row.number,
    choices: row.choices,
    closesAt: new Date(row.closes_at).toISOString(),
    open: row.open,
    votes: row.choices.map((_, index) => votes.find((vote) => vote.choice === index)?.n ?? 0),
    taken: row.taken,
  };
}

export async function currentRound(db: Query, sessionId: number) {
  return readRound(db, sessionId);
}

/** Every device's latest word on each thing it reports: a poll answered again after "take back" counts once. */
const LATEST = `
  select distinct on (device_id, kind, coalesce(poll, '')) device_id, kind, chapter, poll, choice, ending, score, tier
  from answers where session_id = $1 order by device_id, kind, coalesce(poll, ''), id desc`;

/** One read for the whole dashboard: every device with its latest word on each thing, and the count of answers. */
const DASHBOARD_ROWS = `
  with latest as (${LATEST})
  select d.id as device_id, d.regime, l.kind, l.poll, l.choice, l.ending, l.score,
    (select count(*)::int from answers where session_id = $1) as total
  from devices d left join latest l on l.device_id = d.id where d.session_id = $1`;

export async function readDashboard(db: Query, session: SessionRow): Promise<Dashboard> {
  const at = Date.now();
  const rows = await db.query<{
    device_id: number;
    regime: string;
    kind: string | null;
    poll: string | null;
    choice: string | null;
    ending: string | null;
    score: number | null;
    total: number;
  }>(DASHBOARD_ROWS, [session.id]);
  const byRegime: Record<string, Required<RegimeNumbers>> = Object.fromEntries(
    session.regimes.map((regime) => [regime, { joined: 0, finished: 0, polls: {}, endings: {}, scores: [] }]),
  );
  const devices = new Set<number>();
  const active = new Set<number>();
  const finished = new Set<number>();
  for (const row of rows) {
    const numbers = byRegime[row.regime];
    if (!devices.has(row.device_id)) numbers.joined++;
    devices.add(row.device_id);
    if (row.kind) active.add(row.device_id);
    if (row.kind === 'poll' && row.poll && row.choice) {
      const poll = (numbers.polls[row.poll] ??= {});
      poll[row.choice] = (poll[row.choice] ?? 0) + 1;
    }
    if (row.kind === 'ending' && row.ending) {
      finished.add(row.device_id);
      numbers.finished++;
      numbers.endings[row.ending] = (numbers.endings[row.ending] ?? 0) + 1;
      if (row.score !== null) numbers.scores.push(row.score);
    }
  }
  for (const numbers of Object.values(byRegime)) numbers.scores.sort((a, b) => a - b);
  return {
    code: session.code,
    mode: session.mode,
    length: session.length,
    regimes: session.regimes,
    rules: session.rules ?? [],
    revealed: session.revealed,
    ended: session.ended_at !== null,
    at,
    answers: rows[0]?.total ?? 0,
    people: { joined: devices.size, playing: active.size - finished.size, finished: finished.size },
    byRegime,
    // Only a session played together on the projector has votes.
    round: session.mode === 'together' ? await readRound(db, session.id) : null,
  };
}

/** What a student's device may read: its own rule set, and only the class numbers the teacher revealed. */
export function studentView(device: DeviceRow, session: SessionRow, dashboard: Dashboard) {
  const shown = new Set(session.revealed);
  const round = dashboard.round && {
    ...dashboard.round,
    votes: shown.has('votes') || !dashboard.round.open ? dashboard.round.votes : null,
  };
  return {
    code: session.code,
    mode: session.mode,
    length: session.length,
    regime: device.regime,
    nickname: device.nickname,
    ended: session.ended_at !== null,
    revealed: session.revealed,
    round,
    byRegime: Object.fromEntries(
      Object.entries(dashboard.byRegime).map(([regime, numbers]) => [
        regime,
        {
          polls: shown.has('polls') ? numbers.polls : {},
          endings: shown.has('endings') ? numbers.endings : {},
          scores: shown.has('scores') ? numbers.scores : [],
        },
      ]),
    ),
  };
}

export interface ExportRow {
  device: number;
  regime: string;
  nickname: string | null;
  chapter: number | null;
  ending: string | null;
  score: number | null;
  tier: string | null;
  polls: Record<string, string>;
}

/** One row per device, numbered in joining order: no name, no token, no address. */
export async function readExport(db: Query, session: SessionRow): Promise<ExportRow[]> {
  const devices = await db.query<{ id: number; regime: string; nickname: string | null }>(
    'select id, regime, nickname from devices where session_id = $1 order by id',
    [session.id],
  );
  const latest = await db.query<{
    device_id: number;
    kind: string;
    chapter: number | null;
    poll: string | null;
    choice: string | null;
    ending: string | null;
    score: number | null;
    tier: string | null;
  }>(LATEST, [session.id]);
  const chapters = await db.query<{ device_id: number; chapter: number }>(
    'select device_id, max(chapter)::int as chapter from answers where session_id = $1 group by device_id',
    [session.id],
  );
  return devices.map((device, index) => {
    const mine = latest.filter((row) => row.device_id === device.id);
    const ending = mine.find((row) => row.kind === 'ending');
    const last = ending ?? mine.find((row) => row.score !== null);
    return {
      device: index + 1,
      regime: device.regime,
      nickname: device.nickname,
      chapter: chapters.find((row) => row.device_id === device.id)?.chapter ?? null,
      ending: ending?.ending ?? null,
      score: last?.score ?? null,
      tier: last?.tier ?? null,
      polls: Object.fromEntries(
        mine.filter((row) => row.kind === 'poll').map((row) => [row.poll as string, row.choice as string]),
      ),
    };
  });
}
