import type { RecordStore } from './record-store.js';

const OBJECT_STORE = 'records';
// The schema version of the database: one object store keyed by `keyPath`. Bump it (with a migration in
// `onupgradeneeded`) if that ever changes.
const SCHEMA_VERSION = 1;

/**
 * Keeps records in IndexedDB (database `dbName`, one object store keyed by `keyPath`). Asynchronous and
 * roomy: the choice for a counter's outbox that may hold a day of dossiers.
 */
export function createIndexedDbRecordStore<T>(
  keyPath: string,
  dbName: string,
  factory: IDBFactory = globalThis.indexedDB,
): RecordStore<T> {
  let opening: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(dbName, SCHEMA_VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE, { keyPath });
      request.onsuccess = () => {
        const db = request.result;
        // Let another tab upgrade the schema instead of blocking it; the next call reopens.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
    // A failed open is retried by the next call rather than cached.
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };
  const run = async <R>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => IDBRequest<R>) => {
    const db = await open();
    return new Promise<R>((resolve, reject) => {
      const transaction = db.transaction(OBJECT_STORE, mode);
      const request = operation(transaction.objectStore(OBJECT_STORE));
      // Resolve on commit, not on the request's success: a put is durable only once committed.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  };
  return {
    get: (id) => run('readonly', (store) => store.get(id) as IDBRequest<T | undefined>),
    put: async (record) => {
      await run('readwrite', (store) => store.put(record));
    },
    delete: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
    list: () => run('readonly', (store) => store.getAll() as IDBRequest<T[]>),
  };
}
