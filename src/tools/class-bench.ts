// npm run bench:class: simulated students on loopback against the class server as its own process,
// once on PGlite and once on a throwaway PostgreSQL: acknowledgement and dashboard latencies, lost and
// duplicated answers, the server's memory. Writes bench/class-results.json. Imports the server's
// storage (to count what was kept), the game's class-server client, and the tools' process helpers.

import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  defaultTransport,
  deliver,
  joinClassSession,
  watchStream,
  createClassSession,
} from '../platform/class-server.ts';
import { openStorage } from '../server/storage.ts';
import { spawnServer } from './class-server-process.ts';
import { freePort, startCluster } from './postgres-cluster.ts';

const { values: options } = parseArgs({
  options: {
    students: { type: 'string', default: '1600' },
    sessions: { type: 'string', default: '40' },
    polls: { type: 'string', default: '12' },
    'burst-seconds': { type: 'string', default: '10' },
    db: { type: 'string', default: 'pglite,postgres' },
    out: { type: 'string', default: 'bench/class-results.json' },
  },
});
const STUDENTS = Number(options.students);
const SESSIONS = Number(options.sessions);
const POLLS = Number(options.polls);
const BURST_MS = Number(options['burst-seconds']) * 1000;
const TARGETS = { ackP95Ms: 50, ackP99Ms: 200, dashboardP95Ms: 1000, lost: 0, duplicated: 0 };

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid: number) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The server's CPU time so far (user + system), in ms: what an answer costs, however loaded the machine. */
function cpuMs(pid: number) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

interface Pending {
  sent: number;
  ackedAt: number;
}

async function run(kind: 'pglite' | 'postgres') {
  const cluster = kind === 'postgres' ? await startCluster() : undefined;
  const dataDir = path.join(tmpdir(), `gs-class-bench-${process.pid}`);
  const env: Record<string, string> = cluster
    ? { DATABASE_URL: cluster.url, LOG_LEVEL: 'warn' }
    : { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const port = await freePort();
  const server = spawnServer(env, port);
  await server.ready;
  const base = server.url;
  const transport = defaultTransport();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(server.process.pid!))), 250);

  console.log(`${kind}: ${SESSIONS} sessions, ${STUDENTS} students joining`);
  const rooms = await Promise.all(
    Array.from({ length: SESSIONS }, () =>
      createClassSession(base, {
        mode: 'devices',
        length: 'short',
        regimes: ['lanmen_civic', 'commercial_credit', 'strict_mandatory'],
        nicknames: false,
      }),
    ),
  );
  const students: { room: number; token: string }[] = [];
  for (let i = 0; i < STUDENTS; i += 50) {
    const batch = Array.from({ length: Math.min(50, STUDENTS - i) }, (_, j) => (i + j) % SESSIONS);
    const joined = await Promise.all(
      batch.map((room) => joinClassSession(base, rooms[room].code, undefined, transport)),
    );
    joined.forEach((membership, j) => students.push({ room: batch[j], token: membership.token }));
  }

  // Each dashboard's stream; an answer is on the dashboard once a reading that began after its acknowledgement arrives.
  const waiting = rooms.map(() => [] as Pending[]);
  const dashboardMs: number[] = [];
  const stops = rooms.map((room, r) =>
    watchStream<{ at: number }>(
      `${base}/api/sessions/${room.code}/stream`,
      room.teacherKey,
      'dashboard',
      (dashboard) => {
        const now = Date.now();
        waiting[r] = waiting[r].filter((pending) => {
          if (pending.ackedAt > dashboard.at) return true;
          dashboardMs.push(now - pending.sent);
          return false;
        });
      },
      transport,
    ),
  );
  // Every student's device listens too, as the game's does.
  const studentStops = students.map((student) =>
    watchStream(`${base}/api/me/stream`, student.token, 'session', () => {}, transport),
  );
  await sleep(2000);

  const ackMs: number[] = [];
  const acknowledged: string[] = [];
  const cpuBefore = cpuMs(server.process.pid!);
  let failed = 0;
  for (let poll = 0; poll < POLLS; poll++) {
    const started = Date.now();
    const before = ackMs.length;
    await Promise.all(
      students.map(async (student, s) => {
        await sleep(Math.random() * BURST_MS);
        const key = `bench-${s}-${poll}-answer`;
        const body = JSON.stringify({ key, kind: 'poll', poll: `poll_${poll}`, choice: s % 3 ? 'comply' : 'refuse' });
        const sent = Date.now();
        const response = await deliver(
          () =>
            fetch(`${base}/api/answers`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${student.token}` },
              body,
            }),
          transport,
        );
        await response.arrayBuffer();
        const ackedAt = Date.now();
        if (!response.ok) return void failed++;
        ackMs.push(ackedAt - sent);
        acknowledged.push(key);
        waiting[student.room].push({ sent, ackedAt });
      }),
    );
    console.log(
      `  poll ${poll + 1}/${POLLS}: ${Date.now() - started} ms, ack p50 ${round1(percentile(ackMs.slice(before), 50))} ms, p95 ${round1(percentile(ackMs.slice(before), 95))} ms`,
    );
  }
  const serverCpuMs = cpuMs(server.process.pid!) - cpuBefore;
  const deadline = Date.now() + 5000;
  while (waiting.some((list) => list.length > 0) && Date.now() < deadline) await sleep(50);
  const neverShown = waiting.reduce((sum, list) => sum + list.length, 0);
  stops.forEach((stop) => stop());
  studentStops.forEach((stop) => stop());
  clearInterval(sampler);
  server.process.kill('SIGTERM');
  await once(server.process, 'exit');

  const db = await openStorage({ databaseUrl: cluster?.url, dataDir });
  const rows = await db.query<{ idempotency_key: string; n: number }>(
    'select idempotency_key, count(*)::int as n from answers group by idempotency_key',
  );
  await db.close();
  const stored = new Map(rows.map((row) => [row.idempotency_key, row.n]));
  cluster?.remove();
  rmSync(dataDir, { recursive: true, force: true });

  return {
    students: STUDENTS,
    sessions: SESSIONS,
    polls: POLLS,
    answers: acknowledged.length,
    refused: failed,
    ackP50Ms: round1(percentile(ackMs, 50)),
    ackP95Ms: round1(percentile(ackMs, 95)),
    ackP99Ms: round1(percentile(ackMs, 99)),
    dashboardP95Ms: round1(percentile(dashboardMs, 95)),
    notOnDashboardWithin5s: neverShown,
    lost: acknowledged.filter((key) => !stored.has(key)).length,
    duplicated: [...stored.values()].filter((n) => n > 1).length,
    serverRssMb: round1(peakRss),
    serverCpuMsPerAnswer: round1(serverCpuMs / Math.max(1, acknowledged.length)),
  };
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: 'loopback; the server, its database and every simulated client on one machine',
  targets: TARGETS,
};
for (const kind of options.db.split(',') as ('pglite' | 'postgres')[]) {
  results[kind] = await run(kind);
  console.log(kind, results[kind]);
}
mkdirSync(path.dirname(options.out), { recursive: true });
writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
console.log(`written to ${options.out}`);
