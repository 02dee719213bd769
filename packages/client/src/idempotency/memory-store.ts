import { createMemoryRecordStore } from '../storage/memory-record-store.js';
import type { IdempotencyStore } from './idempotency-store.js';

/**
 * An idempotency store in memory: the default in Node (a server process that crashes loses its
 * requests anyway). Survives no reload.
 */
export function createMemoryIdempotencyStore(): IdempotencyStore {
  return createMemoryRecordStore((entry) => entry.bodyHash);
}
