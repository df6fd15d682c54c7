// An in-memory SaveStore for tests, with switches to make it fail the way browsers do.

import type { SaveStore } from '../../src/app/save';

export interface MemoryStore extends SaveStore {
  data: Map<string, string>;
  failWrites: boolean;
  failReads: boolean;
}

export function memoryStore(initial: Record<string, string> = {}): MemoryStore {
  const store: MemoryStore = {
    data: new Map(Object.entries(initial)),
    failWrites: false,
    failReads: false,
    read(key) {
      if (store.failReads) throw new Error('SecurityError: storage is disabled');
      return store.data.get(key) ?? null;
    },
    write(key, value) {
      if (store.failWrites) throw new Error('QuotaExceededError');
      store.data.set(key, value);
    },
    remove(key) {
      if (store.failWrites) throw new Error('QuotaExceededError');
      store.data.delete(key);
    },
    keys() {
      if (store.failReads) throw new Error('SecurityError: storage is disabled');
      return [...store.data.keys()];
    },
  };
  return store;
}
