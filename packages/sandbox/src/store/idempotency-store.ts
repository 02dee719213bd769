import type { SandboxDatabase } from './database.js';

/** A response kept for replay: status, body text and the headers worth repeating. */
export interface StoredResponse {
  status: number;
  /** The body exactly as it was sent (JSON text). */
  body: string;
  headers: Record<string, string>;
}

/** What happened when a request tried to take its key. */
export type KeyClaim =
  /** The key is ours: process the request, then `complete` or `release` it. */
  | { kind: 'claimed' }
  /** Another request with the same key and the same body is still being processed. */
  | { kind: 'in-flight' }
  /** The key was used with another request body. */
  | { kind: 'mismatch' }
  /** The same request completed before: replay its response. */
  | { kind: 'completed'; response: StoredResponse };

interface KeyRow {
  request_hash: string;
  state: 'in-flight' | 'done';
  response_status: number | null;
  response_body: string | null;
  response_headers: string | null;
  created_at: string;
}

/**
 * The `idempotency_keys` table, keyed by (partner, key): two partners may pick the same key without
 * meeting. Every operation is one SQLite statement or one immediate transaction, so concurrent requests
 * cannot both take a key.
 */
export class IdempotencyStore {
  readonly #db: SandboxDatabase;

  constructor(db: SandboxDatabase) {
    this.#db = db;
  }

  /**
   * Takes the key for a request, or says why not. An `in-flight` row older than `staleBefore` was left by
   * a process that stopped mid-request (nothing is in flight that long): the request takes it over
   * rather than being told "in progress" until the key expires.
   */
  claim(partnerCode: string, key: string, requestHash: string, now: Date, staleBefore: Date): KeyClaim {
    const claim = this.#db.transaction((): KeyClaim => {
      const inserted = this.#db
        .prepare(
          `INSERT INTO idempotency_keys (partner_code, key, request_hash, state, created_at)
           VALUES (?, ?, ?, 'in-flight', ?) ON CONFLICT (partner_code, key) DO NOTHING`,
        )
        .run(partnerCode, key, requestHash, now.toISOString());
      if (inserted.changes === 1) return { kind: 'claimed' };

      const row = this.#db
        .prepare(
          `SELECT request_hash, state, response_status, response_body, response_headers, created_at
           FROM idempotency_keys WHERE partner_code = ? AND key = ?`,
        )
        .get(partnerCode, key) as KeyRow;
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.state === 'done') {
        return {
          kind: 'completed',
          response: {
            status: row.response_status ?? 200,
            body: row.response_body ?? '',
            headers: JSON.parse(row.response_headers ?? '{}') as Record<string, string>,
          },
        };
      }
      if (row.created_at < staleBefore.toISOString()) {
        this.#db
          .prepare('UPDATE idempotency_keys SET created_at = ? WHERE partner_code = ? AND key = ?')
          .run(now.toISOString(), partnerCode, key);
        return { kind: 'claimed' };
      }
      return { kind: 'in-flight' };
    });
    return claim.immediate();
  }

  /** Stores the final response of a claimed key, to be replayed for the same request. */
  complete(partnerCode: string, key: string, response: StoredResponse): void {
    this.#db
      .prepare(
        `UPDATE idempotency_keys SET state = 'done', response_status = ?, response_body = ?, response_headers = ?
         WHERE partner_code = ? AND key = ?`,
      )
      .run(response.status, response.body, JSON.stringify(response.headers), partnerCode, key);
  }

  /** Gives a claimed key back (the request failed without an outcome), so a retry may use it again. */
  release(partnerCode: string, key: string): void {
    this.#db
      .prepare("DELETE FROM idempotency_keys WHERE partner_code = ? AND key = ? AND state = 'in-flight'")
      .run(partnerCode, key);
  }

  /** Deletes the keys first used before `cutoff`; returns how many went. */
  purgeOlderThan(cutoff: Date): number {
    return this.#db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(cutoff.toISOString())
      .changes;
  }
}
