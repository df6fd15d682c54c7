// Group commit for answers: what arrives while a write is in flight goes together in the next one, so a
// burst from a class costs a few commits, not one per answer; each is acknowledged only once its commit
// is done. Imports the class store and the storage interface.

import { recordAnswers, type Answer, type Stored } from './class-store.ts';
import type { Storage } from './storage.ts';

/** Enough for a whole class at once, small enough that one statement stays quick. */
const MAX_BATCH = 500;

type Waiting = { token: string; answer: Answer; resolve: (stored: Stored) => void; reject: (error: unknown) => void };

/** Stores one answer with whatever else is waiting; resolves after the commit (null: no such device). */
export function answerQueue(db: Storage): (token: string, answer: Answer) => Promise<Stored> {
  // PGlite has one connection; PostgreSQL's pool keeps room for joins and dashboard reads.
  const inFlight = db.kind === 'pglite' ? 1 : 4;
  const waiting: Waiting[] = [];
  let running = 0;

  async function store(batch: Waiting[]): Promise<void> {
    try {
      const results = await recordAnswers(db, batch);
      batch.forEach((item, index) => item.resolve(results[index]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One answer the database refuses must not take the others with it: each goes alone.
      for (const item of batch) await store([item]);
    }
  }

  function pump() {
    while (running < inFlight && waiting.length > 0) {
      running += 1;
      void store(waiting.splice(0, MAX_BATCH)).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  return (token, answer) =>
    new Promise<Stored>((resolve, reject) => {
      waiting.push({ token, answer, resolve, reject });
      pump();
    });
}
