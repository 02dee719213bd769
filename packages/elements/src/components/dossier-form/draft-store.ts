import type { FieldValues } from './form-field.js';
import type { DossierCreate } from './form-types.js';

/**
 * A submission whose outcome is not known yet: the `Idempotency-Key` and the exact body sent with it.
 * Persisted before the first attempt, so that after a lost answer, a reload or a crash the same body
 * goes again with the same key and the server answers with the dossier it may already have created.
 */
export interface PendingSubmission {
  readonly key: string;
  readonly body: DossierCreate;
}

/** A finished upload, as a draft keeps it (the id and name only; the file stays on the device it came from). */
export interface DraftAttachment {
  readonly documentCode: string;
  readonly attachmentId: string;
  readonly fileName: string;
}

/** A half-filled dossier, saved as the user types. */
export interface DossierDraft {
  /** See {@link draftId}. */
  readonly id: string;
  readonly values: FieldValues;
  readonly attachments: readonly DraftAttachment[];
  readonly pending?: PendingSubmission | undefined;
  /** When it was saved (RFC 3339), for the "restored" notice. */
  readonly savedAt: string;
}

/** Where drafts live. */
export interface DraftStore {
  get(id: string): Promise<DossierDraft | undefined>;
  put(draft: DossierDraft): Promise<void>;
  delete(id: string): Promise<void>;
}

/**
 * The key of a draft: the procedure and the form's `draft-key`, so two counters' tabs (or two
 * citizens' dossiers of one procedure) do not overwrite each other.
 */
export const draftId = (procedureCode: string, draftKey: string): string => `${procedureCode}|${draftKey}`;

const DATABASE = 'dvc-kit-dossier-drafts';
const STORE = 'drafts';
/** Schema version of the database; raise it (with an upgrade step) when the store's shape changes. */
const DATABASE_VERSION = 1;

const settle = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/**
 * Drafts in IndexedDB (private to the page's origin, kept across reloads and crashes, large enough for
 * a dossier). Writes are chained and reads wait for them, so a draft saved by an element on its way
 * out is what a new element for the same draft reads.
 *
 * @param name The database, for tests; drafts of every form of a page share the default one.
 */
export function createIndexedDbDraftStore(name: string = DATABASE): DraftStore {
  let database: Promise<IDBDatabase> | undefined;
  let writes: Promise<unknown> = Promise.resolve();

  const open = (): Promise<IDBDatabase> => {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, DATABASE_VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => {
        // Another tab upgrading the schema asks this connection to step aside.
        request.result.onversionchange = () => {
          request.result.close();
          database = undefined;
        };
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    });
    return database;
  };

  // Resolves once the transaction has committed, not merely once its request succeeded.
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) => {
    const transaction = (await open()).transaction(STORE, mode);
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
    const result = await settle(work(transaction.objectStore(STORE)));
    await committed;
    return result;
  };

  const write = <T>(work: (store: IDBObjectStore) => IDBRequest<T>): Promise<void> => {
    const next = writes.then(() => run('readwrite', work));
    writes = next.catch(() => undefined);
    return next.then(() => undefined);
  };

  return {
    async get(id) {
      await writes;
      return (await run('readonly', (store) => store.get(id))) as DossierDraft | undefined;
    },
    put: (draft) => write((store) => store.put(draft)),
    delete: (id) => write((store) => store.delete(id)),
  };
}
