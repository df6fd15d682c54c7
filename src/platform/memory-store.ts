// A SaveStore that lives only as long as the page keeps it: a kiosk visitor's autosave and settings
// go here, so nothing of theirs reaches the disk and a reset drops it all. Imports the app's interface.

import type { SaveStore } from '../app/save';

export function openMemoryStore(): SaveStore {
  const values = new Map<string, string>();
  return {
    read: (key) => values.get(key) ?? null,
    write: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}
