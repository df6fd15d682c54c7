// The browser's localStorage behind the SaveStore interface. Any failure (storage disabled,
// quota full) is thrown for the session to report; nothing here decides what to tell the player.

import type { SaveStore } from '../app/save';

export function openLocalStore(): SaveStore {
  const storage = () => window.localStorage;
  return {
    read: (key) => storage().getItem(key),
    write: (key, value) => storage().setItem(key, value),
    remove: (key) => storage().removeItem(key),
    keys: () => Object.keys(storage()),
  };
}
