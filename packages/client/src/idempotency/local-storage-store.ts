import { createLocalStorageRecordStore } from '../storage/local-storage-record-store.js';
import type { StorageLike } from '../storage/record-store.js';
import type { IdempotencyStore } from './idempotency-store.js';

/**
 * An idempotency store in `localStorage`: the browser default. Entries hold a key, a hash and a time —
 * no personal data.
 *
 * @example
 * const client = createClient({ baseUrl, getToken, idempotencyStore: createLocalStorageIdempotencyStore() });
 */
export function createLocalStorageIdempotencyStore(
  storage: StorageLike = globalThis.localStorage,
  prefix = 'dvc-kit:idempotency:',
): IdempotencyStore {
  return createLocalStorageRecordStore((entry) => entry.bodyHash, storage, prefix);
}
