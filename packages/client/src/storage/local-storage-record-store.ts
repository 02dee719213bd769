import type { RecordStore, StorageLike } from './record-store.js';

/**
 * Keeps records as JSON in Web Storage under `prefix + id`. Survives reloads and crashes; synchronous
 * under the hood and limited to a few MB, which suits small records (idempotency keys, a counter's
 * queue of dossiers without their files).
 */
export function createLocalStorageRecordStore<T>(
  idOf: (record: T) => string,
  storage: StorageLike,
  prefix: string,
): RecordStore<T> {
  const read = (key: string): T | undefined => {
    const text = storage.getItem(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      // Another script wrote under our prefix: not ours to interpret.
      return undefined;
    }
  };
  return {
    get: async (id) => read(prefix + id),
    put: async (record) => storage.setItem(prefix + idOf(record), JSON.stringify(record)),
    delete: async (id) => storage.removeItem(prefix + id),
    list: async () => {
      const records: T[] = [];
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        const record = key?.startsWith(prefix) ? read(key) : undefined;
        if (record !== undefined) records.push(record);
      }
      return records;
    },
  };
}
