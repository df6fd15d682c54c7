// Class servers for the tests, in this process over PGlite or a test cluster (a child process that can
// be killed comes from src/tools), and the small HTTP client the tests speak to them with. Imports the server's modules.

import { rmSync } from 'node:fs';
import { buildApp, type AppOptions } from '../../../src/server/app.ts';
import { startLive } from '../../../src/server/live.ts';
import { migrate } from '../../../src/server/migrations.ts';
import { openStorage, type Storage } from '../../../src/server/storage.ts';
import { fakeDist } from '../../../src/tools/class-server-process.ts';
import { freshPgliteFolder } from './pglite-folder.ts';

export { fakeDist, PAGE_POLICY, spawnServer, type Child } from '../../../src/tools/class-server-process.ts';

/** Replies are read loosely: each test states the fields it expects of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface Running {
  url: string;
  db: Storage;
  close(): Promise<void>;
}

/** `databaseUrl` undefined: PGlite in a fresh temporary folder. */
export async function startServer(databaseUrl?: string, extra: Partial<AppOptions> = {}): Promise<Running> {
  const dataDir = await freshPgliteFolder();
  const db = await openStorage({ databaseUrl, dataDir });
  await migrate(db);
  const live = await startLive(db);
  const distDir = fakeDist();
  const app = await buildApp({ db, live, distDir, ...extra });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      live.close();
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

export async function call(url: string, method: string, body?: unknown, key?: string) {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Loose;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

export const SPLIT = ['lanmen_civic', 'commercial_credit', 'strict_mandatory'];

/** A session with `students` devices joined; their tokens in joining order. */
export async function classOf(url: string, students: number, regimes = SPLIT, mode = 'devices') {
  const created = await call(`${url}/api/sessions`, 'POST', { mode, length: 'short', regimes });
  if (created.status !== 201) throw new Error(`could not create a session: ${created.text}`);
  const { code, teacherKey } = created.json as { code: string; teacherKey: string };
  const devices: { token: string; regime: string }[] = [];
  for (let i = 0; i < students; i++) {
    const joined = await call(`${url}/api/join`, 'POST', { code });
    devices.push(joined.json);
  }
  return { code, teacherKey, devices };
}
