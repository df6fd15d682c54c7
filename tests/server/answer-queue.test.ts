import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQueue } from '../../src/server/answer-queue.ts';
import { recordAnswers } from '../../src/server/class-store.ts';
import { classOf, startServer, type Running } from './helpers/server.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const poll = (key: string) => ({ key, kind: 'poll' as const, poll: 'heping_road_red', choice: 'ch1_crossing.0.32' });
const stored = async (key: string) =>
  (await server.db.query<{ n: number }>('select count(*)::int as n from answers where idempotency_key = $1', [key]))[0]
    .n;

describe('answers stored together (group commit)', () => {
  it('stores a burst of answers, those arriving during a write together in the next, each once', async () => {
    const { devices } = await classOf(server.url, 3);
    const store = answerQueue(server.db);
    const burst = await Promise.all([
      store(devices[0].token, poll('first-answer-0')),
      store(devices[1].token, poll('first-answer-1')),
      store(devices[2].token, poll('first-answer-2')),
      store(devices[0].token, poll('first-answer-0')),
    ]);
    expect(burst.map((result) => result?.duplicate)).toEqual([false, false, false, true]);
    expect(burst[3]?.id).toBe(burst[0]?.id);
    for (const key of ['first-answer-0', 'first-answer-1', 'first-answer-2']) expect(await stored(key)).toBe(1);
  });

  it('answers a key stored before with its first copy, and an unknown device with nothing, storing neither again', async () => {
    const { devices } = await classOf(server.url, 1);
    const store = answerQueue(server.db);
    const first = await store(devices[0].token, poll('second-answer-0'));
    const [again, stranger] = await Promise.all([
      store(devices[0].token, poll('second-answer-0')),
      store('AAAAAAAAAAAAAAAAAAAAAA', poll('second-answer-x')),
    ]);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(stranger).toBeNull();
    expect(await stored('second-answer-0')).toBe(1);
    expect(await stored('second-answer-x')).toBe(0);
  });

  it('stores a key sent twice in one statement once, the second told it is a duplicate of the first', async () => {
    const { devices } = await classOf(server.url, 1);
    const token = devices[0].token;
    const results = await recordAnswers(server.db, [
      { token, answer: poll('twice-in-one') },
      { token, answer: poll('twice-in-one') },
    ]);
    expect(results.map((result) => result?.duplicate)).toEqual([false, true]);
    expect(results[1]?.id).toBe(results[0]?.id);
    expect(await stored('twice-in-one')).toBe(1);
  });

  it('keeps two devices’ answers apart when they happen to use the same key', async () => {
    const { devices } = await classOf(server.url, 2);
    const store = answerQueue(server.db);
    const both = await Promise.all(devices.map((device) => store(device.token, poll('shared-key-1'))));
    expect(both.map((result) => result?.duplicate)).toEqual([false, false]);
    expect(both[0]?.id).not.toBe(both[1]?.id);
    expect(await stored('shared-key-1')).toBe(2);
  });
});
