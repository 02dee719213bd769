import { createIndexedDbRecordStore } from '../storage/indexed-db-record-store.js';
import type { IdempotencyStore } from './idempotency-store.js';

/** An idempotency store in IndexedDB, for pages that keep their other state there. */
export function createIndexedDbIdempotencyStore(dbName = 'dvc-kit-idempotency'): IdempotencyStore {
  return createIndexedDbRecordStore('bodyHash', dbName);
}
