// `npm start`: builds the game if dist/ is missing, opens the database (PGlite in DATA_DIR, or
// PostgreSQL from DATABASE_URL), migrates, purges expired sessions, and serves game and API on HOST:PORT.
// Imports the server's modules and Node's; the game never imports this folder.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.ts';
import { purgeExpired } from './class-store.ts';
import { startLive } from './live.ts';
import { migrate } from './migrations.ts';
import { openStorage } from './storage.ts';

const HOUR_MS = 60 * 60 * 1000;

function setting(name: string, fallback: string) {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

function numberSetting(name: string, fallback: number, valid: (n: number) => boolean) {
  const value = Number(setting(name, String(fallback)));
  if (!valid(value)) {
    console.error(`${name}=${process.env[name]} is not a usable value.`);
    process.exit(2);
  }
  return value;
}

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.resolve(setting('DIST_DIR', path.join(root, 'dist')));
const host = setting('HOST', '127.0.0.1');
const port = numberSetting('PORT', 8080, (n) => Number.isInteger(n) && n >= 0 && n < 65536);
const retentionDays = numberSetting('RETENTION_DAYS', 7, (n) => n >= 0 && n <= 3650);

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.log('No built game in dist/: building it first (npm run build).');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const db = await openStorage({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(setting('DATA_DIR', path.join(root, 'data'))),
});
const applied = await migrate(db);
const live = await startLive(db);
const app = await buildApp({
  db,
  live,
  distDir,
  logLevel: setting('LOG_LEVEL', 'info'),
  trustProxy: process.env.TRUST_PROXY === '1',
});

async function purge() {
  try {
    const gone = await purgeExpired(db, retentionDays);
    if (gone > 0) app.log.info({ sessions: gone }, 'purged expired sessions');
  } catch (error) {
    app.log.warn({ err: (error as Error).message }, 'purge failed; trying again next hour');
  }
}
await purge();
const hourly = setInterval(purge, HOUR_MS);

/** How long a clean stop may take; every answer was committed before it was acknowledged, so none is lost after. */
const STOP_GRACE_MS = 5000;

async function stop() {
  setTimeout(() => {
    app.log.warn('closing took too long (a database connection still busy after a restart?); stopping anyway');
    process.exit(0);
  }, STOP_GRACE_MS).unref();
  clearInterval(hourly);
  live.close();
  await app.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const address = await app.listen({ host, port });
app.log.info({ db: db.kind, migrations: applied, retentionDays }, 'started');
// Said whatever the log level: people and the tests wait for this line.
console.log(
  `class server ready on ${address} (database: ${db.kind}; data kept ${retentionDays} days after a session ends)`,
);
