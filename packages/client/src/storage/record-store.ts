/**
 * A small async store of JSON records by id — the shape the idempotency store and the outbox persist
 * through, so one adapter per storage (memory, localStorage, IndexedDB) serves both.
 */
export interface RecordStore<T> {
  get(id: string): Promise<T | undefined>;
  /** Inserts or replaces the record under its id. */
  put(record: T): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every record, in no particular order. */
  list(): Promise<T[]>;
}

/** The part of the Web Storage API the localStorage adapters use (inject a fake in tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
