import { isDefinitiveRejection, isDvcNetworkError } from '@dvc-kit/client';
import type { DvcClient } from '../../base/client-context.js';
import type { PendingSubmission } from './draft-store.js';
import type { DossierCreate, DossierCreated, Outbox, OutboxItem } from './form-types.js';

/** How a submission ended. */
export type SubmissionResult =
  /** The server created the dossier (or answered with the one an earlier attempt created). */
  | { readonly kind: 'created'; readonly created: DossierCreated }
  /** The line is down: the dossier waits in the page's outbox. */
  | { readonly kind: 'queued'; readonly item: OutboxItem }
  /** The server refused it (a 4xx other than 408/409/429): nothing was created; a new key comes next. */
  | { readonly kind: 'rejected'; readonly error: unknown }
  /** No definite answer (timeout, 5xx, offline without an outbox): the key is kept for the next try. */
  | { readonly kind: 'failed'; readonly error: unknown };

/** What a submission needs. */
export interface SubmissionContext {
  readonly client: Pick<DvcClient, 'dossiers'>;
  /** The page's outbox, if it gave one. */
  readonly outbox: Outbox | undefined;
  readonly online: () => boolean;
  /** The submission of this draft whose outcome is not known yet, if any. */
  readonly pending: PendingSubmission | undefined;
  /** Saves the pending submission with the draft (`undefined` once it has ended). */
  readonly persist: (pending: PendingSubmission | undefined) => Promise<void>;
}

const sameBody = (a: DossierCreate, b: DossierCreate): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Submits a dossier exactly once, with an `Idempotency-Key` the form owns and persists with its draft
 * before the first attempt:
 *
 * - a definitive refusal (a processed 422, which the server stores with its key and replays) drops the
 *   key, so the corrected body goes with a new one;
 * - an attempt without a definite answer keeps key and body: the next submission sends that body
 *   again with that key first — if the user has edited the form since, the earlier body is settled
 *   before the new one goes (the server may already hold a dossier for it; then that is the answer);
 * - with the line down (`navigator.onLine` false, or a network error) and an outbox, the dossier goes
 *   to the outbox with the key of any attempt already made, and the outbox sends it when the network is
 *   back.
 */
export async function submitDossier(
  body: DossierCreate,
  context: SubmissionContext,
): Promise<SubmissionResult> {
  const { client, outbox, persist } = context;

  // The key goes with the body into the outbox: an attempt whose answer was lost may have created the
  // dossier already, and only the same key lets the server answer with that one instead of a second.
  const queue = async (key?: string): Promise<SubmissionResult> => {
    try {
      const item = await (outbox as Outbox).enqueue(body, { idempotencyKey: key });
      await persist(undefined);
      return { kind: 'queued', item };
    } catch (error) {
      return { kind: 'failed', error };
    }
  };

  const attempt = async (submission: PendingSubmission): Promise<SubmissionResult> => {
    try {
      const created = await client.dossiers.create(submission.body, { idempotencyKey: submission.key });
      await persist(undefined);
      return { kind: 'created', created };
    } catch (error) {
      if (isDefinitiveRejection(error)) {
        await persist(undefined);
        return { kind: 'rejected', error };
      }
      if (outbox && isDvcNetworkError(error)) return queue(submission.key);
      return { kind: 'failed', error };
    }
  };

  if (outbox && !context.online()) {
    const earlier = context.pending;
    return queue(earlier && sameBody(earlier.body, body) ? earlier.key : undefined);
  }
  let pending = context.pending;
  if (pending && !sameBody(pending.body, body)) {
    const earlier = await attempt(pending);
    if (earlier.kind !== 'rejected') return earlier;
    pending = undefined;
  }
  if (!pending) {
    pending = { key: crypto.randomUUID(), body };
    await persist(pending);
  }
  return attempt(pending);
}
