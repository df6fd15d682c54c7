// The class server as its own process (npm start's entry) on a given loopback port, with a stand-in
// for dist/: for the bench, and for the tests that kill it with SIGKILL. Imports Node only.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PAGE_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";

/** A stand-in for dist/: the API is what is tested and measured here; the built game is tested elsewhere. */
export function fakeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gs-dist-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}"></head><body><main id="app"></main></body></html>`,
  );
  return dir;
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), DIST_DIR: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: path.resolve(import.meta.dirname, '../..'),
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (output.includes('class server ready')) return;
      output += chunk;
      if (output.includes('class server ready')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-20_000)));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  child.once('exit', () => rmSync(dist, { recursive: true, force: true }));
  return { url: `http://127.0.0.1:${port}`, process: child, ready };
}
