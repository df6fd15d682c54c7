// Keeps the kiosk's anonymous choice counts in IndexedDB, so they survive a restart of the browser.
// Writes are fire-and-forget: the game never waits for the disk. Imports the kiosk's row type.

import type { TallyRow } from '../kiosk/tally';

export interface TallyStore {
  load(): Promise<TallyRow[]>;
  put(row: TallyRow): void;
  clear(): void;
  /** False when the browser keeps nothing (IndexedDB refused): counts last only until a reload. */
  readonly lasting: boolean;
}

const DATABASE = 'good-standing-kiosk';
const ROWS = 'tally';

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(ROWS, { keyPath: ['poll', 'source'] });
  return request(opening);
}

/** A store on IndexedDB, or one that keeps nothing when the browser will not open it. */
export async function openTallyStore(): Promise<TallyStore> {
  let database: IDBDatabase;
  try {
    database = await openDatabase();
  } catch (error) {
    console.warn('Visitor counts cannot be kept on this device; they last until the page reloads.', error);
    return { load: async () => [], put: () => {}, clear: () => {}, lasting: false };
  }
  const write = (work: (rows: IDBObjectStore) => void) => {
    try {
      const transaction = database.transaction(ROWS, 'readwrite');
      work(transaction.objectStore(ROWS));
      transaction.onerror = () => console.warn('A visitor count was not kept.', transaction.error);
    } catch (error) {
      console.warn('A visitor count was not kept.', error);
    }
  };
  return {
    lasting: true,
    load: () => request(database.transaction(ROWS).objectStore(ROWS).getAll() as IDBRequest<TallyRow[]>),
    put: (row) => write((rows) => rows.put(row)),
    clear: () => write((rows) => rows.clear()),
  };
}
