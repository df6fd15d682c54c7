// The class server over the built game (global setup built dist/), for the browser tests of live
// class sessions: started before a file's tests, stopped after, and the game opened as it serves it.

import { afterAll, beforeAll } from 'vitest';
import { startServer, type Running } from '../server/helpers/server';
import { closeBrowser, openGame } from './browser';

export function serveClassGame() {
  let running: Running | undefined;
  beforeAll(async () => {
    running = await startServer(undefined, { distDir: 'dist' });
  });
  afterAll(async () => {
    await running?.close();
    await closeBrowser();
  });
  const server = (): Running => {
    if (!running) throw new Error('the class server has not started');
    return running;
  };
  return {
    server,
    /** Opens the game as the class server serves it. */
    open: (query: string, viewport?: { width: number; height: number }) =>
      openGame(query, viewport, `${server().url}/`),
  };
}
