import type { IdempotencyStore } from './idempotency-store.js';
import { createLocalStorageIdempotencyStore } from './local-storage-store.js';
import { createMemoryIdempotencyStore } from './memory-store.js';

/**
 * `localStorage` in a browser (so a reload resumes a submission), memory elsewhere or when storage is
 * blocked (a sandboxed iframe, storage disabled): reading `localStorage` then throws.
 */
export function createDefaultIdempotencyStore(): IdempotencyStore {
  try {
    if (typeof window !== 'undefined' && globalThis.localStorage) return createLocalStorageIdempotencyStore();
  } catch {
    // Fall through to memory.
  }
  return createMemoryIdempotencyStore();
}
