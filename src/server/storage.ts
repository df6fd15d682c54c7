// The one storage interface the class server talks to: SQL with parameters, transactions and
// notifications, over PGlite (embedded) or PostgreSQL (pg). Imports the two drivers only.

/** The payload a listener receives after its notifications may have been missed (a reconnect). */
export const EVERYTHING = '*';

export type Row = Record<string, unknown>;

export interface Query {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Storage extends Query {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction; it is rolled back if `work` throws. */
  transaction<T>(work: (tx: Query) => Promise<T>): Promise<T>;
  /** Calls `onMessage` for every NOTIFY on `channel`, from any instance sharing the database. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** postgres://… : PostgreSQL through pg; otherwise PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
}

export async function openStorage(options: StorageOptions): Promise<Storage> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./storage-postgres.ts');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./storage-pglite.ts');
  return openPglite(options.dataDir);
}
