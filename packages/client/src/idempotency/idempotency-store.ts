import type { RecordStore } from '../storage/record-store.js';

/**
 * Where a submission stands:
 * - `pending`: the key is persisted and the first attempt is (about to be) on its way;
 * - `uncertain`: an attempt ended without a definite answer (offline, timeout, 5xx), so the server may
 *   have created the dossier. Submitting the same body again resumes with the same key.
 */
export const IDEMPOTENCY_STATES = ['pending', 'uncertain'] as const;

/** `'pending'` or `'uncertain'` (see {@link IDEMPOTENCY_STATES}). */
export type IdempotencyState = (typeof IDEMPOTENCY_STATES)[number];

/** One unfinished logical submission. */
export interface IdempotencyEntry {
  /** The `Idempotency-Key` (a UUID) sent with every attempt. */
  key: string;
  /** SHA-256 (hex) of the canonical JSON of the NFC body: what identifies "the same submission". */
  bodyHash: string;
  /** When the key was made (RFC 3339). */
  createdAt: string;
  state: IdempotencyState;
}

/**
 * Persists unfinished submissions by body hash, so that a reload or a crash resumes a submission with
 * its key instead of creating a second dossier. Finished submissions are deleted.
 */
export type IdempotencyStore = RecordStore<IdempotencyEntry>;
