import { watchStream } from '../../src/platform/class-server.ts';
import type { Dashboard } from '../../src/server/class-store.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../src/tools/postgres-cluster.ts';
import { call, classOf, SPLIT, startServer, type Running } from './helpers/server.ts';

let cluster: Cluster;
let a: Running;
let b: Running;
beforeAll(async () => {
  cluster = await startCluster();
  [a, b] = await Promise.all([startServer(cluster.url), startServer(cluster.url)]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  cluster?.remove();
});

describe('two server instances on one PostgreSQL', () => {
  it('brings an answer posted to instance A to a dashboard streaming from instance B within a second', async () => {
    const { code, teacherKey, devices } = await classOf(a.url, 2);
    const seen: Dashboard[] = [];
    const stop = watchStream<Dashboard>(`${b.url}/api/sessions/${code}/stream`, teacherKey, 'dashboard', (data) =>
      seen.push(data),
    );
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    const sent = Date.now();
    const posted = await call(
      `${a.url}/api/answers`,
      'POST',
      { key: 'across-instances', kind: 'chapter', chapter: 1 },
      devices[0].token,
    );
    expect(posted.status).toBe(201);
    await expect.poll(() => seen.at(-1)?.answers, { timeout: 1000, interval: 20 }).toBe(1);
    expect(Date.now() - sent).toBeLessThan(1000);
    stop();
  });

  it('balances a split room across devices joining through both instances at once', async () => {
    const { code } = await classOf(a.url, 0);
    const joins = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call(`${(i % 2 ? a : b).url}/api/join`, 'POST', { code })),
    );
    const regimes = joins.map((joined) => joined.json.regime as string);
    const counts = SPLIT.map((regime) => regimes.filter((given) => given === regime).length);
    expect(counts).toEqual([4, 4, 4]);
  });

  it('lets the teacher reveal on one instance what a student reads on the other', async () => {
    const { code, teacherKey, devices } = await classOf(a.url, 1);
    await call(`${b.url}/api/sessions/${code}/reveal`, 'POST', { sections: ['endings'] }, teacherKey);
    const me = await call(`${a.url}/api/me`, 'GET', undefined, devices[0].token);
    expect(me.json.revealed).toEqual(['endings']);
  });
});
