import type { RecordStore } from './record-store.js';

/**
 * Keeps records in memory, copied in and out as persistent stores would, so that a caller mutating a
 * record it got does not change what is stored. Lost on reload: use it in Node or in tests.
 */
export function createMemoryRecordStore<T>(idOf: (record: T) => string): RecordStore<T> {
  const records = new Map<string, T>();
  return {
    get: async (id) => {
      const record = records.get(id);
      return record === undefined ? undefined : structuredClone(record);
    },
    put: async (record) => {
      records.set(idOf(record), structuredClone(record));
    },
    delete: async (id) => {
      records.delete(id);
    },
    list: async () => Array.from(records.values(), (record) => structuredClone(record)),
  };
}
