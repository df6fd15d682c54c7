// Storage over PGlite, PostgreSQL compiled to WebAssembly, in a folder on disk: a lecturer's laptop
// needs nothing else. One process only, so notifications stay in it. Imports @electric-sql/pglite and the storage interface.

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Query, Storage } from './storage.ts';

export async function openPglite(dataDir: string): Promise<Storage> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const listeners = new Map<string, ((payload: string) => void)[]>();
  const over = (runner: Pick<PGlite, 'query'>): Query => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await runner.query<T>(sql, params)).rows,
  });
  return {
    kind: 'pglite',
    ...over(db),
    transaction: (work) => db.transaction((tx) => work(over(tx))),
    // Only this process can open the folder, so a notification never needs to leave it: no query per write.
    listen: async (channel, onMessage) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), onMessage]);
    },
    notify: async (channel, payload) => {
      for (const onMessage of listeners.get(channel) ?? []) queueMicrotask(() => onMessage(payload));
    },
    close: () => db.close(),
  };
}
