// Storage over PostgreSQL through pg: a pool for queries and one dedicated connection for LISTEN,
// which reconnects by itself after the database restarts. Imports pg and the storage interface.

import pg from 'pg';
import { EVERYTHING, type Query, type Storage } from './storage.ts';

/** Waits between attempts to get the LISTEN connection back, doubling up to the last. */
const RELISTEN_MS = [100, 200, 400, 800, 1600, 3200];

export async function openPostgres(url: string): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client dropped by a database restart must not crash the server; the pool replaces it.
  pool.on('error', () => {});
  const channels = new Map<string, ((payload: string) => void)[]>();
  let listener: pg.Client | undefined;
  let closed = false;
  let everConnected = false;

  async function connectListener(attempt = 0): Promise<void> {
    if (closed) return;
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      if (listener !== client) return;
      listener = undefined;
      setTimeout(() => void connectListener(), RELISTEN_MS[0]).unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    try {
      await client.connect();
      client.on('notification', ({ channel, payload }) => {
        for (const handler of channels.get(channel) ?? []) handler(payload ?? '');
      });
      for (const channel of channels.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      const again = listener === undefined && everConnected;
      listener = client;
      everConnected = true;
      // Whatever was notified while the connection was down is unknown: every listener looks again.
      if (again) for (const handlers of channels.values()) for (const handler of handlers) handler(EVERYTHING);
    } catch {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      if (listener === client) listener = undefined;
      const wait = RELISTEN_MS[Math.min(attempt, RELISTEN_MS.length - 1)];
      await new Promise((resolve) => setTimeout(resolve, wait).unref());
      return connectListener(attempt + 1);
    }
  }

  const over = (runner: Pick<pg.Pool, 'query'>): Query => ({
    query: async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
      (await runner.query(sql, params)).rows as T[],
  });

  await connectListener();
  return {
    kind: 'postgres',
    ...over(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      /** Set when the connection itself failed: such a client must leave the pool, not serve the next request. */
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await work(over(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((failure: unknown) => {
          broken = failure instanceof Error ? failure : new Error(String(failure));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen: async (channel, onMessage) => {
      const known = channels.get(channel);
      channels.set(channel, [...(known ?? []), onMessage]);
      if (!known && listener) await listener.query(`listen ${pg.escapeIdentifier(channel)}`);
    },
    notify: async (channel, payload) => {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    close: async () => {
      closed = true;
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => {});
      await pool.end();
    },
  };
}
