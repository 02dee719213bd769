import { createIndexedDbRecordStore } from '../storage/indexed-db-record-store.js';
import { createLocalStorageRecordStore } from '../storage/local-storage-record-store.js';
import { createMemoryRecordStore } from '../storage/memory-record-store.js';
import type { StorageLike } from '../storage/record-store.js';
import type { OutboxItem, OutboxStore } from './outbox-item.js';

const idOf = (item: OutboxItem) => item.id;

/** An outbox store in memory (tests, Node). Lost on reload. */
export function createMemoryOutboxStore(): OutboxStore {
  return createMemoryRecordStore(idOf);
}

/** An outbox store in `localStorage`: survives reloads; fine for a few hundred dossiers (no files). */
export function createLocalStorageOutboxStore(
  storage: StorageLike = globalThis.localStorage,
  prefix = 'dvc-kit:outbox:',
): OutboxStore {
  return createLocalStorageRecordStore(idOf, storage, prefix);
}

/** An outbox store in IndexedDB: survives reloads, roomier than `localStorage`. */
export function createIndexedDbOutboxStore(dbName = 'dvc-kit-outbox'): OutboxStore {
  return createIndexedDbRecordStore('id', dbName);
}
