import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/server/migrations.ts';
import { openStorage, type Storage } from '../../src/server/storage.ts';
import { freshPgliteFolder } from './helpers/pglite-folder.ts';
import { startCluster, type Cluster } from '../../src/tools/postgres-cluster.ts';

let cluster: Cluster;
const folders: string[] = [];
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => {
  cluster?.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function freshDatabase(kind: 'pglite' | 'postgres', name: string): Promise<Storage> {
  if (kind === 'pglite') {
    const dataDir = await freshPgliteFolder();
    folders.push(dataDir);
    return openStorage({ dataDir });
  }
  const admin = await openStorage({ databaseUrl: cluster.url, dataDir: '' });
  await admin.query(`create database ${name}`);
  await admin.close();
  return openStorage({ databaseUrl: cluster.url.replace(/\/postgres$/, `/${name}`), dataDir: '' });
}

const tables = (db: Storage) =>
  db
    .query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    )
    .then((rows) => rows.map((row) => row.table_name));

describe.each(['pglite', 'postgres'] as const)('migrations on %s', (kind) => {
  it('applies every numbered migration in order on a fresh database, and none the second time', async () => {
    const db = await freshDatabase(kind, 'fresh');
    expect(await migrate(db)).toEqual(MIGRATIONS.map((migration) => migration.id));
    expect(await migrate(db)).toEqual([]);
    expect(await tables(db)).toEqual(['answers', 'class_sessions', 'devices', 'rounds', 'schema_migrations', 'votes']);
    await db.close();
  });

  it('applies a later migration to a database that has the earlier ones', async () => {
    const db = await freshDatabase(kind, 'upgrade');
    expect(await migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(await tables(db)).not.toContain('rounds');
    expect(await migrate(db)).toEqual(MIGRATIONS.slice(1).map((migration) => migration.id));
    expect(await tables(db)).toContain('votes');
    await db.close();
  });

  it('leaves the database as it was when a migration fails halfway', async () => {
    const db = await freshDatabase(kind, 'broken');
    const broken = [
      ...MIGRATIONS,
      { id: 99, name: 'broken', statements: ['create table half (id int)', 'select nonsense'] },
    ];
    await expect(migrate(db, broken)).rejects.toThrow();
    expect(await tables(db)).toEqual([]);
    await db.close();
  });
});

describe('migrations with several instances', () => {
  it('applies each migration once when instances start against one PostgreSQL at the same time', async () => {
    const first = await freshDatabase('postgres', 'together');
    const url = cluster.url.replace(/\/postgres$/, '/together');
    const others = await Promise.all([1, 2].map(() => openStorage({ databaseUrl: url, dataDir: '' })));
    const applied = await Promise.all([first, ...others].map((db) => migrate(db)));
    expect(applied.flat().sort()).toEqual(MIGRATIONS.map((migration) => migration.id));
    const rows = await first.query<{ n: number }>('select count(*)::int as n from schema_migrations');
    expect(rows[0].n).toBe(MIGRATIONS.length);
    await Promise.all([first, ...others].map((db) => db.close()));
  });
});
