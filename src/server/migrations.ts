// The class server's schema as numbered migrations, applied in order at start under an advisory
// lock (several instances may start at once); one SQL dialect for PGlite and PostgreSQL. Imports storage.

import type { Storage } from './storage.ts';

export interface Migration {
  id: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'sessions, devices, answers',
    statements: [
      `create table class_sessions (
        id serial primary key,
        code text not null unique,
        teacher_key_hash text not null unique,
        mode text not null check (mode in ('devices', 'together')),
        length text not null check (length in ('short', 'full')),
        regimes text[] not null,
        nicknames boolean not null default false,
        revealed text[] not null default '{}',
        created_at timestamptz not null default now(),
        ended_at timestamptz
      )`,
      `create table devices (
        id serial primary key,
        session_id integer not null references class_sessions (id) on delete cascade,
        token_hash text not null unique,
        regime text not null,
        nickname text,
        joined_at timestamptz not null default now()
      )`,
      `create index devices_by_session on devices (session_id)`,
      `create table answers (
        id serial primary key,
        session_id integer not null references class_sessions (id) on delete cascade,
        device_id integer not null references devices (id) on delete cascade,
        idempotency_key text not null,
        kind text not null check (kind in ('chapter', 'poll', 'ending')),
        chapter integer,
        poll text,
        choice text,
        ending text,
        score integer,
        tier text,
        received_at timestamptz not null default now(),
        unique (device_id, idempotency_key)
      )`,
      `create index answers_by_session on answers (session_id, kind)`,
    ],
  },
  {
    id: 2,
    name: 'together on the projector: rounds and votes',
    statements: [
      `create table rounds (
        session_id integer not null references class_sessions (id) on delete cascade,
        number integer not null,
        choices jsonb not null,
        closes_at timestamptz not null,
        taken integer,
        primary key (session_id, number)
      )`,
      `create table votes (
        session_id integer not null,
        round integer not null,
        device_id integer not null references devices (id) on delete cascade,
        choice integer not null,
        primary key (session_id, round, device_id),
        foreign key (session_id, round) references rounds (session_id, number) on delete cascade
      )`,
    ],
  },
  {
    id: 3,
    name: "a class's own rule sets beside the presets",
    statements: [`alter table class_sessions add column rules jsonb not null default '[]'::jsonb`],
  },
];

/** Any fixed number: it names the lock that keeps two starting instances from migrating at once. */
const MIGRATION_LOCK = 1_752_017;

/** Applies every migration the database has not seen; returns the ids it applied. */
export async function migrate(storage: Storage, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return storage.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      id integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ id: number }>('select id from schema_migrations')).map((row) => row.id));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [migration.id, migration.name]);
      applied.push(migration.id);
    }
    return applied;
  });
}
