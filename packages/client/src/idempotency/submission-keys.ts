import type { IdempotencyEntry, IdempotencyStore } from './idempotency-store.js';
import { randomId } from './web-crypto.js';

// The contract keeps idempotency keys for at least 7 days. An older key may be forgotten by the server,
// and a "resume" with it could create a second dossier, so it is replaced instead.
const KEY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

// The store protects against crashes; a store that fails (quota, private mode) must not stop a citizen
// from submitting, so its failures are reported and the submission goes on without that protection.
async function tolerate<T>(operation: () => Promise<T>): Promise<T | undefined> {
  try {
    return await operation();
  } catch (error) {
    console.warn('dvc-kit: the idempotency store failed; a crash now could not be resumed.', error);
    return undefined;
  }
}

/**
 * The key for a logical submission: the unfinished entry for the same body hash when there is one (a
 * reload or crash resumes), else a new key, persisted *before* the first attempt is sent.
 */
export async function claimKey(
  store: IdempotencyStore,
  bodyHash: string,
  now = Date.now(),
): Promise<IdempotencyEntry> {
  const existing = await tolerate(() => store.get(bodyHash));
  if (existing && now - Date.parse(existing.createdAt) < KEY_RETENTION_MS) return existing;
  const entry: IdempotencyEntry = {
    key: randomId(),
    bodyHash,
    createdAt: new Date(now).toISOString(),
    state: 'pending',
  };
  await tolerate(() => store.put(entry));
  return entry;
}

/** Records that an attempt ended without a definite answer: the key must be reused. */
export async function markUncertain(store: IdempotencyStore, entry: IdempotencyEntry): Promise<void> {
  if (entry.state !== 'uncertain') await tolerate(() => store.put({ ...entry, state: 'uncertain' }));
}

/** Forgets a finished submission (created, or definitively refused). */
export async function release(store: IdempotencyStore, entry: IdempotencyEntry): Promise<void> {
  await tolerate(() => store.delete(entry.bodyHash));
}
