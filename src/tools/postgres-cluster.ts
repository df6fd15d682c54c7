// A throwaway PostgreSQL cluster for the class server's tests and bench: Debian's binaries, initdb into a
// temporary folder as a user that is not root, a free loopback port, removed at the end. Imports Node only.

import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Cluster {
  url: string;
  /** Stops the server as a crash would (immediate mode), then starts it again on the same port. */
  /** Stops the database at once, as a crash would, and starts it again; the caller's event loop runs on meanwhile. */
  restart(): Promise<void>;
  stop(): void;
  start(): void;
  remove(): void;
}

/** The newest of Debian's PostgreSQL binary folders with an initdb, if any is installed. */
export function findPostgres(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => path.join(root, v, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
}

function binDir(): string {
  const found = findPostgres();
  if (!found)
    throw new Error("PostgreSQL is not installed: run .ci/run, or `apt-get install postgresql` (Debian's package).");
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  const root = mkdtempSync(path.join(tmpdir(), 'gs-pg-'));
  const data = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; CI runs as root, so the cluster belongs to the postgres user.
  if (asRoot)
    chownSync(
      root,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : path.join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args,
      {
        stdio: 'pipe',
        cwd: root,
      },
    );
  const runLater = (tool: string, args: string[]) =>
    promisify(execFile)(
      asRoot ? 'runuser' : path.join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args,
      { cwd: root },
    );
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'good_standing', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const start = () => void run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'log'), '-w', 'start']);
  const stop = (mode = 'fast') => void run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  return {
    url: `postgres://good_standing@127.0.0.1:${port}/postgres`,
    restart: async () => {
      await runLater('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      await runLater('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'log'), '-w', 'start']);
    },
    stop: () => stop('immediate'),
    start,
    remove: () => {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
