// Test support (not built into dist): a Web Storage stand-in with the same string-only semantics.
import type { StorageLike } from '../storage/record-store.js';

/** A fake `localStorage` whose contents tests can inspect. */
export function createFakeStorage(): StorageLike & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
