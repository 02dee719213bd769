import type { RecordStore } from '../storage/record-store.js';
import type { Dossier, DossierCreate, FieldError, Receipt } from '../types.js';

/**
 * Where a queued dossier stands:
 * - `queued`: waiting to be sent (again);
 * - `sending`: an attempt is on its way — or was, when the page died; the next flush resends it with the
 *   same key, and the server answers with the dossier if it had already created it;
 * - `sent`: the server created the dossier (`dossier` and `receipt` are set);
 * - `needs-attention`: refused (e.g. validation) or too old to send blindly; a person must look at it.
 */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'needs-attention'] as const;

/** One of {@link OUTBOX_STATES}. */
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Why the last attempt failed, kept with the item (plain data, so it persists). */
export interface OutboxError {
  /** An API problem kind (`'validation'`, …), or `'network'`, `'timeout'`, `'invalid-response'`, `'expired'`, `'unknown'`. */
  kind: string;
  /** For the staff, in the client's locale. */
  message: string;
  status?: number;
  requestId?: string;
  /** Per-field errors of a validation problem. */
  fieldErrors?: FieldError[];
}

/** A dossier waiting in (or gone through) the counter's outbox. */
export interface OutboxItem {
  /** Sorts in enqueue order. */
  id: string;
  /** The item's own key, sent with every attempt: the outbox never submits a dossier twice. */
  idempotencyKey: string;
  /** The dossier, NFC-normalised. */
  body: DossierCreate;
  state: OutboxState;
  /** Attempts made so far. */
  attempts: number;
  lastError: OutboxError | null;
  /** When it was enqueued, or re-queued by `retry` (RFC 3339): the start of its `maxAgeMs`. */
  createdAt: string;
  /** Once `sent`: the created dossier. */
  dossier?: Dossier;
  /** Once `sent`: its receipt, to print. */
  receipt?: Receipt;
}

/** Persists outbox items by id. Holds citizens' personal data: clear it when the counter closes. */
export type OutboxStore = RecordStore<OutboxItem>;
