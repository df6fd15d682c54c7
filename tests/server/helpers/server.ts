// Class servers for the tests: in this process over PGlite or a test cluster, or as a child process
// that can be killed with SIGKILL; and the small HTTP client the tests speak to them with. Imports the server's modules.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, type AppOptions } from '../../../src/server/app.ts';
import { startLive } from '../../../src/server/live.ts';
import { migrate } from '../../../src/server/migrations.ts';
import { openStorage, type Storage } from '../../../src/server/storage.ts';
import { freshPgliteFolder } from './pglite-folder.ts';

/** Replies are read loosely: each test states the fields it expects of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export const PAGE_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";

/** A stand-in for dist/: the server's tests are about the API, and the built game is tested elsewhere. */
export function fakeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gs-dist-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}"></head><body><main id="app"></main></body></html>`,
  );
  return dir;
}

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

export interface Child {
  url: string;
  process: ChildProcess;
  /** Resolves when the server says it is ready. */
  ready: Promise<void>;
}

/** `npm start`'s entry as its own process, on a given port, so a test can SIGKILL it mid-burst. */
export function spawnServer(env: Record<string, string>, port: number): Child {
  const dist = fakeDist();
  mkdirSync(env.DATA_DIR ?? dist, { recursive: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), DIST_DIR: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('class server ready')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  child.once('exit', () => rmSync(dist, { recursive: true, force: true }));
  return { url: `http://127.0.0.1:${port}`, process: child, ready };
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
