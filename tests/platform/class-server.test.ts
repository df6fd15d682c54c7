import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStudent, deliver, openOutbox, watchStream, type Transport } from '../../src/platform/class-server.ts';
import type { ClassState } from '../../src/class/wire.ts';
import { call, classOf, startServer, type Running } from '../server/helpers/server.ts';

/** Waits of a millisecond: the backoff is the game's, the test need not sit through it. */
const noWait = (fetcher: typeof fetch): Transport => ({
  fetch: fetcher,
  sleep: () => new Promise((resolve) => setTimeout(resolve, 1)),
});

describe('sending to the class server', () => {
  it('tries again after a network failure, a 5xx or a 429, and stops at the first final answer', async () => {
    const replies = [new TypeError('offline'), 503, 429, 502, 201];
    let calls = 0;
    const response = await deliver(async () => {
      const next = replies[calls++];
      if (next instanceof Error) throw next;
      return new Response('{}', { status: next });
    }, noWait(fetch));
    expect(response.status).toBe(201);
    expect(calls).toBe(5);
  });

  it('does not retry a refusal (4xx), which would be refused forever', async () => {
    let calls = 0;
    const response = await deliver(async () => {
      calls++;
      return new Response('{}', { status: 400 });
    }, noWait(fetch));
    expect([response.status, calls]).toEqual([400, 1]);
  });
});

describe('the outbox in IndexedDB', () => {
  it('gives reports back in the order they were queued, after the page is reopened', async () => {
    const idb = new IDBFactory();
    const first = await openOutbox('AAAAAA', idb);
    for (const key of ['k3', 'k1', 'k2']) await first.put({ key, kind: 'chapter', chapter: 1 });
    await first.remove('k1');
    const reopened = await openOutbox('AAAAAA', idb);
    expect((await reopened.all()).map((report) => report.key)).toEqual(['k3', 'k2']);
    expect(await (await openOutbox('CCCCCC', idb)).all()).toEqual([]);
  });
});

describe('a student device on a real class server', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());

  it('sends after a refresh what it queued while the server was out of reach, each once', async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1);
    const idb = new IDBFactory();
    const unreachable = noWait(async () => {
      throw new TypeError('offline');
    });
    const before = connectStudent(server.url, devices[0].token, await openOutbox(code, idb), unreachable);
    await before.report({ kind: 'chapter', chapter: 1 });
    await before.report({ kind: 'poll', poll: 'sign_up', choice: 'yes', chapter: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    before.stop();
    expect(before.pending()).toBe(2);

    const after = connectStudent(server.url, devices[0].token, await openOutbox(code, idb), noWait(fetch));
    await after.flush();
    expect(after.pending()).toBe(0);
    expect(await (await openOutbox(code, idb)).all()).toEqual([]);
    const dashboard = (await call(`${server.url}/api/sessions/${code}`, 'GET', undefined, teacherKey)).json;
    expect(dashboard.answers).toBe(2);
    expect(dashboard.byRegime[devices[0].regime].polls).toEqual({ sign_up: { yes: 1 } });
  });

  it("hears the teacher's reveal on its live stream", async () => {
    const { code, teacherKey, devices } = await classOf(server.url, 1);
    const states: ClassState[] = [];
    const link = connectStudent(server.url, devices[0].token, await openOutbox(code, new IDBFactory()), noWait(fetch));
    const stop = link.watch((state) => states.push(state));
    await expect.poll(() => states.length).toBeGreaterThan(0);
    await call(`${server.url}/api/sessions/${code}/reveal`, 'POST', { sections: ['endings'] }, teacherKey);
    await expect.poll(() => states.at(-1)?.revealed).toEqual(['endings']);
    stop();
  });
});

describe('the live stream', () => {
  it('connects again by itself when the stream drops', async () => {
    let connections = 0;
    const events = (n: number) => `event: dashboard\ndata: {"answers":${n}}\n\n`;
    const fake = noWait(async () => {
      connections++;
      return new Response(events(connections), { headers: { 'content-type': 'text/event-stream' } });
    });
    const seen: number[] = [];
    const stop = watchStream<{ answers: number }>(
      'http://127.0.0.1/x',
      'key',
      'dashboard',
      (data) => seen.push(data.answers),
      fake,
    );
    await expect.poll(() => seen.length).toBeGreaterThanOrEqual(3);
    stop();
    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
  });
});
