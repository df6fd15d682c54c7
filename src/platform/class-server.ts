// The game's one way to the class server: join, report (queued in IndexedDB with idempotency keys,
// retried with backoff, resumed after a refresh), the live stream, and the teacher's calls. Only fetch
// and IndexedDB: it runs in the browser, and under Node for the tests and the class bench. Imports the wire format.

import type { ClassReport, ClassState, Mode, Queued, Round, RoundChoice, Section } from '../class/wire.ts';
import type { StoryLength } from '../narrative/opening.ts';
import type { RuleSet } from '../model/regime.ts';

export interface Membership {
  token: string;
  regime: string;
  /** A class's own rule set, when the device plays under one: as the server sent it, to be checked before use. */
  rules?: unknown;
  mode: Mode;
  length: StoryLength;
}

/** Where queued reports wait until the server acknowledges them. */
export interface Outbox {
  all(): Promise<Queued[]>;
  put(report: Queued): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The waits between attempts: quick at first, then every 8 s for as long as it takes. */
export const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000];

export class ClassServerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Transport {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
}

export const defaultTransport = (): Transport => ({
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

/** 128 random bits; crypto.randomUUID is missing on a page served over plain http from a LAN address. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends until the server gives a final answer: a network failure, a 5xx or a 429 is tried again after
 * the next wait in BACKOFF_MS, jittered so a class that lost the network together does not return together.
 */
export async function deliver(
  send: () => Promise<Response>,
  transport: Transport,
  stop = () => false,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await send();
      if (response.status < 500 && response.status !== 429) return response;
    } catch {
      // the network or the server is away: wait and try again
    }
    if (stop()) throw new ClassServerError(0, 'stopped');
    const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
    await transport.sleep(wait / 2 + Math.random() * wait);
  }
}

async function readReply<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new ClassServerError(response.status, body.error ?? `HTTP ${response.status}`);
  return body;
}

function requestTo(base: string, transport: Transport, key?: string) {
  return async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await deliver(
      () =>
        transport.fetch(`${base}${route}`, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      transport,
    );
    return readReply<T>(response);
  };
}

export interface NewClassSession {
  mode: Mode;
  length: StoryLength;
  regimes: string[];
  /** A class's own rule sets, one for each `custom:` id in `regimes`. */
  rules?: RuleSet[];
  nicknames: boolean;
}

export async function createClassSession(base: string, wanted: NewClassSession, transport = defaultTransport()) {
  return requestTo(base, transport)<{ code: string; teacherKey: string; joinPath: string }>(
    'POST',
    '/api/sessions',
    wanted,
  );
}

/** A wrong code is not retried: the person typing it should see at once that it is wrong. */
export async function joinClassSession(base: string, code: string, nickname?: string, transport = defaultTransport()) {
  const body = nickname ? { code, nickname } : { code };
  const response = await transport.fetch(`${base}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return readReply<Membership>(response);
}

export interface StudentLink {
  /** Queues a report; it reaches the server when it can, once. */
  report(report: ClassReport): Promise<void>;
  vote(round: number, choice: number): Promise<void>;
  /** Sends whatever is queued, including what a previous page left; resolves when all is acknowledged. */
  flush(): Promise<void>;
  pending(): number;
  watch(onState: (state: ClassState) => void): () => void;
  stop(): void;
}

export function connectStudent(
  base: string,
  token: string,
  outbox: Outbox,
  transport = defaultTransport(),
): StudentLink {
  const waiting = new Map<string, Queued>();
  let stopped = false;
  let draining: Promise<void> | undefined;
  const loaded = outbox.all().then((queued) => queued.forEach((report) => waiting.set(report.key, report)));

  async function send(report: Queued) {
    const response = await deliver(
      () =>
        transport.fetch(`${base}/api/answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(report),
        }),
      transport,
      () => stopped,
    );
    // A refused report (4xx) would be refused forever: it leaves the queue either way.
    if (!response.ok) console.warn('The class server refused a report.', await response.text());
    waiting.delete(report.key);
    await outbox.remove(report.key);
  }

  /** One report at a time, in order: the dashboard's "latest answer" is the player's latest. */
  function drain(): Promise<void> {
    draining ??= (async () => {
      await loaded;
      while (!stopped && waiting.size > 0) await send(waiting.values().next().value!);
    })().finally(() => (draining = undefined));
    return draining;
  }

  return {
    report: async (report) => {
      const queued = { ...report, key: newKey() } as Queued;
      waiting.set(queued.key, queued);
      await outbox.put(queued);
      void drain().catch(() => {});
    },
    vote: async (round, choice) => {
      await requestTo(base, transport, token)('POST', '/api/votes', { round, choice });
    },
    flush: () => drain(),
    pending: () => waiting.size,
    watch: (onState) => watchStream(`${base}/api/me/stream`, token, 'session', onState, transport),
    stop: () => {
      stopped = true;
    },
  };
}

/**
 * Server-Sent Events over fetch (EventSource cannot send the key in a header, and a key in the URL
 * would end up in logs); reconnects by itself with the same backoff when the stream drops.
 */
export function watchStream<T>(
  url: string,
  key: string,
  event: string,
  onData: (data: T) => void,
  transport = defaultTransport(),
): () => void {
  const controller = new AbortController();
  void (async () => {
    for (let attempt = 0; !controller.signal.aborted; attempt++) {
      try {
        const response = await transport.fetch(url, {
          headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' },
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 403) return;
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        attempt = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const name = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (name === event && data) onData(JSON.parse(data) as T);
          }
        }
      } catch {
        // dropped or refused: wait and connect again, unless stopped
      }
      if (controller.signal.aborted) return;
      await transport.sleep(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]);
    }
  })();
  return () => controller.abort();
}

export function teacherLink(base: string, code: string, teacherKey: string, transport = defaultTransport()) {
  const request = requestTo(base, transport, teacherKey);
  const at = `/api/sessions/${code}`;
  return {
    dashboard: () => request<ClassState>('GET', at),
    watch: (onState: (state: ClassState) => void) =>
      watchStream(`${base}${at}/stream`, teacherKey, 'dashboard', onState, transport),
    reveal: (sections: Section[]) => request<{ revealed: Section[] }>('POST', `${at}/reveal`, { sections }),
    openRound: (choices: RoundChoice[], seconds: number) =>
      request<Round>('POST', `${at}/rounds`, { choices, seconds }),
    extendRound: (number: number, seconds: number) =>
      request<Round>('POST', `${at}/rounds/${number}/extend`, { seconds }),
    closeRound: (number: number, tieBreak?: number) =>
      request<Round>('POST', `${at}/rounds/${number}/close`, tieBreak === undefined ? {} : { tieBreak }),
    end: () => request<{ ended: boolean }>('POST', `${at}/end`),
    remove: () => request<{ deleted: boolean }>('DELETE', at),
    exportFile: async (format: 'csv' | 'json') => {
      const response = await deliver(
        () => transport.fetch(`${base}${at}/export.${format}`, { headers: { authorization: `Bearer ${teacherKey}` } }),
        transport,
      );
      if (!response.ok) throw new ClassServerError(response.status, `HTTP ${response.status}`);
      return response.blob();
    },
  };
}

export type TeacherLink = ReturnType<typeof teacherLink>;

export function memoryOutbox(): Outbox {
  const kept = new Map<string, Queued>();
  return {
    all: async () => [...kept.values()],
    put: async (report) => void kept.set(report.key, report),
    remove: async (key) => void kept.delete(key),
  };
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

/**
 * The outbox in IndexedDB, one per session code, so a refreshed page sends what the last one could
 * not; in memory when the browser refuses IndexedDB (reports then last until the page closes).
 */
export async function openOutbox(code: string, idb: IDBFactory = indexedDB): Promise<Outbox> {
  let database: IDBDatabase;
  try {
    const opening = idb.open(`good-standing-class-${code}`, 1);
    // Stored under an increasing number, so the queue comes back in the order it was written.
    opening.onupgradeneeded = () =>
      opening.result
        .createObjectStore('outbox', { autoIncrement: true })
        .createIndex('by_key', 'key', { unique: true });
    database = await request(opening);
  } catch {
    return memoryOutbox();
  }
  const store = (mode: IDBTransactionMode) => database.transaction('outbox', mode).objectStore('outbox');
  return {
    all: async () => (await request(store('readonly').getAll())) as Queued[],
    put: async (report) => void (await request(store('readwrite').add(report))),
    remove: async (key) => {
      const outbox = store('readwrite');
      const found = await request(outbox.index('by_key').getKey(key));
      if (found !== undefined) await request(outbox.delete(found));
    },
  };
}
