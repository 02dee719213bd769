// @dvc-kit/client/outbox — for agent-point counters: the persistent queue of dossiers and the
// IndexedDB-backed stores. Kept out of the main entry so that a citizen's page, which submits one
// dossier and keeps no queue, does not download them (`size.test.ts`).

export { createIndexedDbIdempotencyStore } from './idempotency/indexed-db-store.js';
export { createOutbox, type Outbox, type OutboxEvent, type OutboxOptions } from './outbox/outbox.js';
export {
  OUTBOX_STATES,
  type OutboxError,
  type OutboxItem,
  type OutboxState,
  type OutboxStore,
} from './outbox/outbox-item.js';
export {
  createIndexedDbOutboxStore,
  createLocalStorageOutboxStore,
  createMemoryOutboxStore,
} from './outbox/outbox-stores.js';
export type { RecordStore, StorageLike } from './storage/record-store.js';
