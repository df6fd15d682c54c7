// The live stream: whoever writes to a session NOTIFYs its id; every instance that has a dashboard
// or a device watching that session reads the numbers again (at most every REFRESH_MS) and sends them
// over Server-Sent Events. Imports storage and the class store.

import type { ServerResponse } from 'node:http';
import { readDashboard, studentView, type Dashboard, type DeviceRow, type SessionRow } from './class-store.ts';
import { EVERYTHING, type Storage } from './storage.ts';

export const CHANNEL = 'class_session';
/** Enough for "within one second" with room for the read itself, and one read per session at most 4 times a second. */
const REFRESH_MS = 250;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

type Watcher = {
  session: number;
  response: ServerResponse;
  send: (dashboard: Dashboard, session: SessionRow) => void;
};

export interface Live {
  /** Tells every instance that this session changed. */
  changed(sessionId: number): Promise<void>;
  watchAsTeacher(session: SessionRow, response: ServerResponse): void;
  watchAsDevice(device: DeviceRow, session: SessionRow, response: ServerResponse): void;
  close(): void;
}

export async function startLive(db: Storage): Promise<Live> {
  const watchers = new Set<Watcher>();
  const pending = new Map<number, 'waiting' | 'again'>();

  async function refresh(sessionId: number) {
    const mine = [...watchers].filter((watcher) => watcher.session === sessionId);
    if (mine.length === 0) return;
    const [session] = await db.query<SessionRow>(
      'select id, code, mode, length, regimes, rules, nicknames, revealed, ended_at from class_sessions where id = $1',
      [sessionId],
    );
    if (!session) return mine.forEach((watcher) => watcher.response.end());
    const dashboard = await readDashboard(db, session);
    for (const watcher of mine) watcher.send(dashboard, session);
  }

  /** One read per session per REFRESH_MS however many answers arrive; a change during a read is read again. */
  function schedule(sessionId: number) {
    if (pending.has(sessionId)) {
      pending.set(sessionId, 'again');
      return;
    }
    pending.set(sessionId, 'waiting');
    setTimeout(() => {
      refresh(sessionId)
        .catch(() => {}) // the database is away: the next change, or the reconnect, reads again
        .finally(() => {
          const again = pending.get(sessionId) === 'again';
          pending.delete(sessionId);
          if (again) schedule(sessionId);
        });
    }, REFRESH_MS);
  }

  await db.listen(CHANNEL, (payload) => {
    if (payload === EVERYTHING) for (const id of new Set([...watchers].map((w) => w.session))) schedule(id);
    else if (/^\d+$/.test(payload)) schedule(Number(payload));
  });

  function open(response: ServerResponse, session: SessionRow, send: Watcher['send']) {
    const watcher: Watcher = { session: session.id, response, send };
    watchers.add(watcher);
    const heartbeat = setInterval(() => response.write(': still here\n\n'), HEARTBEAT_MS);
    response.on('close', () => {
      clearInterval(heartbeat);
      watchers.delete(watcher);
    });
    void readDashboard(db, session)
      .then((dashboard) => send(dashboard, session))
      .catch(() => response.end());
  }

  const write = (response: ServerResponse, event: string, data: unknown) => {
    if (!response.writableEnded) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  return {
    changed: (sessionId) => db.notify(CHANNEL, String(sessionId)),
    watchAsTeacher: (session, response) =>
      open(response, session, (dashboard) => write(response, 'dashboard', dashboard)),
    watchAsDevice: (device, session, response) =>
      open(response, session, (dashboard, fresh) => write(response, 'session', studentView(device, fresh, dashboard))),
    close: () => {
      for (const watcher of watchers) watcher.response.end();
      watchers.clear();
    },
  };
}
