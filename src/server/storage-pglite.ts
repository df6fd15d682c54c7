// Storage over PGlite, PostgreSQL compiled to WebAssembly, in a folder on disk: a lecturer's laptop
// needs nothing else. Imports @electric-sql/pglite and the storage interface.

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Query, Storage } from './storage.ts';

export async function openPglite(dataDir: string): Promise<Storage> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const over = (runner: Pick<PGlite, 'query'>): Query => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await runner.query<T>(sql, params)).rows,
  });
  return {
    kind: 'pglite',
    ...over(db),
    transaction: (work) => db.transaction((tx) => work(over(tx))),
    listen: async (channel, onMessage) => {
      await db.listen(channel, onMessage);
    },
    notify: async (channel, payload) => {
      await db.query('select pg_notify($1, $2)', [channel, payload]);
    },
    close: () => db.close(),
  };
}
