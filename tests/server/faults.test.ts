import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassState } from '../../src/class/wire.ts';
import { deliver, watchStream, type Transport } from '../../src/platform/class-server.ts';
import { openStorage } from '../../src/server/storage.ts';
import { freshPgliteFolder } from './helpers/pglite-folder.ts';
import { freePort, startCluster, type Cluster } from '../../src/tools/postgres-cluster.ts';
import { call, classOf, spawnServer, type Child } from './helpers/server.ts';

const STUDENTS = 20;
const ANSWERS_EACH = 10;
/** The fault strikes once this many answers are acknowledged, mid-burst. */
const STRIKE_AT = 60;
/** Retries come faster than a real device's, so the test is quick; the logic is the game's own. */
const quick: Transport = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms / 5)),
};

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => cluster?.remove());

interface Burst {
  sent: { token: string; key: string }[];
  acknowledged: Set<string>;
  acknowledgedBeforeFault: number;
  done: Promise<void>;
}

/** Every student sends its answers at once, each retried (as the game's client does) until acknowledged. */
function burst(url: string, devices: { token: string }[], onStrike: () => Promise<void>): Burst {
  const acknowledged = new Set<string>();
  const result: Burst = { sent: [], acknowledged, acknowledgedBeforeFault: 0, done: Promise.resolve() };
  let struck: Promise<void> | undefined;
  const sends = devices.flatMap((device, d) =>
    Array.from({ length: ANSWERS_EACH }, (_, i) => {
      const key = `burst-${d}-${i}-answer`;
      result.sent.push({ token: device.token, key });
      const body = JSON.stringify({ key, kind: 'poll', poll: `poll_${i}`, choice: d % 2 ? 'comply' : 'refuse' });
      return deliver(
        () =>
          fetch(`${url}/api/answers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
            body,
          }),
        quick,
      ).then((response) => {
        expect(response.status).toBeLessThan(300);
        acknowledged.add(key);
        if (acknowledged.size === STRIKE_AT && !struck) {
          result.acknowledgedBeforeFault = acknowledged.size;
          struck = onStrike();
        }
      });
    }),
  );
  result.done = Promise.all(sends).then(() => struck);
  return result;
}

async function storedKeys(databaseUrl: string | undefined, dataDir: string) {
  const db = await openStorage({ databaseUrl, dataDir });
  const rows = await db.query<{ idempotency_key: string; n: number }>(
    'select idempotency_key, count(*)::int as n from answers group by idempotency_key',
  );
  await db.close();
  return new Map(rows.map((row) => [row.idempotency_key, row.n]));
}

describe.each(['pglite', 'postgres'] as const)('the class server on %s, killed with SIGKILL mid-burst', (kind) => {
  it('keeps every acknowledged answer, and none twice after the clients retry', async () => {
    const dataDir = await freshPgliteFolder();
    const env: Record<string, string> =
      kind === 'postgres'
        ? { DATABASE_URL: `${cluster.url.replace(/\/postgres$/, '/')}${await newDatabase('killed')}` }
        : { DATA_DIR: dataDir };
    const port = await freePort();
    let server: Child = spawnServer(env, port);
    await server.ready;
    const { devices } = await classOf(server.url, STUDENTS);
    let inFlightAtKill = 0;
    const run = burst(server.url, devices, async () => {
      inFlightAtKill = STUDENTS * ANSWERS_EACH - STRIKE_AT;
      server.process.kill('SIGKILL');
      await once(server.process, 'exit');
      server = spawnServer(env, port);
      await server.ready;
    });
    await run.done;
    // Clients that never heard back send again: the server must recognise every one.
    for (const { token, key } of run.sent.slice(0, 20)) {
      const again = await call(
        `${server.url}/api/answers`,
        'POST',
        { key, kind: 'poll', poll: 'poll_0', choice: 'refuse' },
        token,
      );
      expect(again.status).toBe(200);
    }
    server.process.kill('SIGTERM');
    await once(server.process, 'exit');
    const stored = await storedKeys(env.DATABASE_URL, dataDir);
    expect(run.acknowledgedBeforeFault).toBe(STRIKE_AT);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(run.acknowledged.size).toBe(STUDENTS * ANSWERS_EACH);
    for (const key of run.acknowledged) expect(stored.get(key), key).toBe(1);
    expect(stored.size).toBe(STUDENTS * ANSWERS_EACH);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

async function newDatabase(name: string) {
  const admin = await openStorage({ databaseUrl: cluster.url, dataDir: '' });
  await admin.query(`create database ${name}`);
  await admin.close();
  return name;
}

describe('the class server when PostgreSQL restarts mid-session', () => {
  it('recovers by itself, loses no acknowledged answer, and its live stream carries on', async () => {
    const databaseUrl = `${cluster.url.replace(/\/postgres$/, '/')}${await newDatabase('restarted')}`;
    const port = await freePort();
    const server = spawnServer({ DATABASE_URL: databaseUrl }, port);
    await server.ready;
    const { code, teacherKey, devices } = await classOf(server.url, STUDENTS);
    const states: ClassState[] = [];
    const stop = watchStream<ClassState>(`${server.url}/api/sessions/${code}/stream`, teacherKey, 'dashboard', (s) =>
      states.push(s),
    );
    const run = burst(server.url, devices, () => cluster.restart());
    await run.done;
    expect(run.acknowledged.size).toBe(STUDENTS * ANSWERS_EACH);
    await expect.poll(() => states.at(-1)?.answers, { timeout: 30_000 }).toBe(STUDENTS * ANSWERS_EACH);
    const after = await call(
      `${server.url}/api/answers`,
      'POST',
      { key: 'after-the-restart', kind: 'chapter', chapter: 4 },
      devices[0].token,
    );
    expect(after.status).toBe(201);
    await expect.poll(() => states.at(-1)?.answers, { timeout: 30_000 }).toBe(STUDENTS * ANSWERS_EACH + 1);
    stop();
    server.process.kill('SIGTERM');
    await once(server.process, 'exit');
    const stored = await storedKeys(databaseUrl, '');
    for (const key of run.acknowledged) expect(stored.get(key), key).toBe(1);
    expect(stored.size).toBe(STUDENTS * ANSWERS_EACH + 1);
  });
});
