// The live stream: whoever writes to a session NOTIFYs its id (gathered, one per session every
// NOTIFY_MS); every instance that has a dashboard or a device watching that session reads the numbers
// again (at most every REFRESH_MS) and sends them over Server-Sent Events to whoever would see something
// new. Imports storage and the class store.

import type { ServerResponse } from 'node:http';
import { readDashboard, studentView, type Dashboard, type DeviceRow, type SessionRow } from './class-store.ts';
import { EVERYTHING, type Storage } from './storage.ts';

export const CHANNEL = 'class_session';
/** Enough for "within one second" with room for the read itself, and one read per session at most 4 times a second. */
const REFRESH_MS = 250;
/** At most this share of the database's time goes to reading dashboards; answers have the rest. */
const READ_SHARE = 0.3;
/** Writes in a burst share one notification per session: one round trip to PostgreSQL, not one per answer. */
const NOTIFY_MS = 20;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

type Watcher = {
  session: number;
  response: ServerResponse;
  event: string;
  /** What this watcher may see of a reading; watchers with the same `shares` see the same. */
  view: (dashboard: Dashboard, session: SessionRow) => unknown;
  shares: string;
  /** The data last sent: a reading that changes nothing this watcher sees is not sent again. */
  last?: string;
};

export interface Live {
  /** Tells every instance that this session changed. */
  changed(sessionId: number): Promise<void>;
  watchAsTeacher(session: SessionRow, response: ServerResponse): void;
  watchAsDevice(device: DeviceRow, session: SessionRow, response: ServerResponse): void;
  close(): void;
}

export async function startLive(db: Storage): Promise<Live> {
  const watchers = new Map<number, Set<Watcher>>();
  const pending = new Map<number, 'waiting' | 'again'>();
  const toNotify = new Set<number>();
  let notifying: Promise<void> | null = null;

  const write = (watcher: Watcher, data: string) => {
    if (data === watcher.last || watcher.response.writableEnded) return;
    watcher.last = data;
    watcher.response.write(`event: ${watcher.event}\ndata: ${data}\n\n`);
  };

  /** Sends each watcher its view of one reading; the view is worked out once for all who share it. */
  function send(mine: Iterable<Watcher>, dashboard: Dashboard, session: SessionRow) {
    const views = new Map<string, string>();
    for (const watcher of mine) {
      let data = views.get(watcher.shares);
      if (data === undefined) {
        data = JSON.stringify(watcher.view(dashboard, session));
        views.set(watcher.shares, data);
      }
      write(watcher, data);
    }
  }

  /**
   * Dashboard reads wait their turn, a few at a time (one on PGlite's single connection), so an answer
   * arriving during a burst waits behind one read at most, never behind every session's; and after
   * each read comes a pause in proportion, so reading dashboards takes at most READ_SHARE of the
   * database's time however many sessions are watched (with many, each is read less often).
   */
  const readers = db.kind === 'pglite' ? 1 : 3;
  const queue: (() => void)[] = [];
  let reading = 0;
  let nextReadAt = 0;
  async function read(work: () => Promise<void>) {
    // A finished read hands its turn straight to the next in line.
    if (reading >= readers) await new Promise<void>((resolve) => queue.push(resolve));
    else reading += 1;
    const started = performance.now();
    try {
      const wait = nextReadAt - started;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const begun = performance.now();
      await work();
      nextReadAt = performance.now() + ((performance.now() - begun) * (1 - READ_SHARE)) / READ_SHARE;
    } finally {
      const next = queue.shift();
      if (next) next();
      else reading -= 1;
    }
  }

  async function refresh(sessionId: number) {
    const mine = watchers.get(sessionId);
    if (!mine?.size) return;
    const [session] = await db.query<SessionRow>(
      'select id, code, mode, length, regimes, rules, nicknames, revealed, ended_at from class_sessions where id = $1',
      [sessionId],
    );
    if (!session) return mine.forEach((watcher) => watcher.response.end());
    send(mine, await readDashboard(db, session), session);
  }

  /** One read per session per REFRESH_MS however many answers arrive; a change during a read is read again. */
  function schedule(sessionId: number) {
    if (pending.has(sessionId)) {
      pending.set(sessionId, 'again');
      return;
    }
    pending.set(sessionId, 'waiting');
    setTimeout(() => {
      read(() => refresh(sessionId))
        .catch(() => {}) // the database is away: the next change, or the reconnect, reads again
        .finally(() => {
          const again = pending.get(sessionId) === 'again';
          pending.delete(sessionId);
          if (again) schedule(sessionId);
        });
    }, REFRESH_MS);
  }

  await db.listen(CHANNEL, (payload) => {
    if (payload === EVERYTHING) for (const id of watchers.keys()) schedule(id);
    else if (/^\d+$/.test(payload)) schedule(Number(payload));
  });

  function open(watcher: Watcher) {
    const { response } = watcher;
    const mine = watchers.get(watcher.session) ?? new Set();
    watchers.set(watcher.session, mine.add(watcher));
    const heartbeat = setInterval(() => response.write(': still here\n\n'), HEARTBEAT_MS);
    response.on('close', () => {
      clearInterval(heartbeat);
      mine.delete(watcher);
      if (mine.size === 0 && watchers.get(watcher.session) === mine) watchers.delete(watcher.session);
    });
    // Its first reading comes with the session's next one: a class connecting at once costs one read, not one each.
    schedule(watcher.session);
  }

  return {
    changed: (sessionId) => {
      toNotify.add(sessionId);
      notifying ??= new Promise((resolve) => setTimeout(resolve, NOTIFY_MS)).then(async () => {
        const ids = [...toNotify];
        toNotify.clear();
        notifying = null;
        await Promise.all(ids.map((id) => db.notify(CHANNEL, String(id))));
      });
      return notifying;
    },
    watchAsTeacher: (session, response) => {
      const watcher: Watcher = {
        session: session.id,
        response,
        event: 'dashboard',
        view: (dashboard) => dashboard,
        shares: 'teacher',
      };
      open(watcher);
    },
    watchAsDevice: (device, session, response) => {
      const watcher: Watcher = {
        session: session.id,
        response,
        event: 'session',
        view: (dashboard, fresh) => studentView(device, fresh, dashboard),
        shares: JSON.stringify([device.regime, device.nickname]),
      };
      open(watcher);
    },
    close: () => {
      for (const mine of watchers.values()) for (const watcher of mine) watcher.response.end();
      watchers.clear();
    },
  };
}
