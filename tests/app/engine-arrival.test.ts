import { describe, expect, it } from 'vitest';
import { awaitEngine, EngineNotHere, fetchEngine } from '../../src/app/engine-arrival';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { engineFor, fixture } from '../helpers/stories';

const engine = engineFor(fixture('gates'));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the story engine arriving', () => {
  it('is fetched as the runner with the compiled story, asked for only when fetched', async () => {
    let asked = 0;
    const shipped = {
      json: () => {
        asked += 1;
        return Promise.resolve(fixture('gates').json);
      },
    };
    const fetched = await fetchEngine(shipped);
    expect(asked).toBe(1);
    expect(fetched.story).toBe(fixture('gates').json);
    const runner = fetched.startRunner({ story: fetched.story, regime: DEFAULT_REGIME, seed: 1 });
    expect(runner.beat.paragraphs.length).toBeGreaterThan(0);
  });

  it('is here at once when it is given, and runs what waits for it at once', () => {
    const arrival = awaitEngine(engine);
    const ran: string[] = [];
    arrival.whenHere(
      () => ran.push('intent'),
      () => ran.push('unreachable'),
    );
    arrival.afterArrival((work) => work())(() => ran.push('save'));
    expect(arrival.here).toBe(true);
    expect(arrival.get()).toBe(engine);
    expect(ran).toEqual(['intent', 'save']);
  });

  it('keeps what needs it waiting until it arrives, and asks for it to hurry only for an intent', async () => {
    let arrive = () => {};
    let hurried = 0;
    const arrival = awaitEngine(new Promise((resolve) => (arrive = () => resolve(engine))), () => (hurried += 1));
    const ran: string[] = [];
    expect(() => arrival.get()).toThrow(EngineNotHere);
    arrival.afterArrival((work) => work())(() => ran.push('save'));
    expect(hurried).toBe(0);
    arrival.whenHere(
      () => ran.push('intent'),
      () => ran.push('unreachable'),
    );
    expect(hurried).toBe(1);
    await settle();
    expect(ran).toEqual([]);
    arrive();
    await settle();
    expect(ran).toEqual(['save', 'intent']);
    expect(arrival.get()).toBe(engine);
    await expect(arrival.ready()).resolves.toBe(engine);
  });

  it('is asked for by hurry or ready only while it is on its way', async () => {
    let arrive = () => {};
    let hurried = 0;
    const arrival = awaitEngine(new Promise((resolve) => (arrive = () => resolve(engine))), () => (hurried += 1));
    arrival.hurry();
    const ready = arrival.ready();
    expect(hurried).toBe(2);
    arrive();
    await expect(ready).resolves.toBe(engine);
    arrival.hurry();
    expect(hurried).toBe(2);
  });

  it('says why when it cannot be fetched, and drops deferred work rather than failing it', async () => {
    let fail: (error: Error) => void = () => {};
    const arrival = awaitEngine(new Promise((_resolve, reject) => (fail = reject)));
    const told: unknown[] = [];
    const ran: string[] = [];
    arrival.afterArrival((work) => work())(() => ran.push('save'));
    arrival.whenHere(
      () => ran.push('intent'),
      (error) => told.push(error),
    );
    fail(new Error('offline'));
    await settle();
    expect(ran).toEqual([]);
    expect(told).toEqual([new Error('offline')]);
    await expect(arrival.ready()).rejects.toThrow('offline');
    expect(arrival.here).toBe(false);
  });
});
