import { isDvcError } from '../errors/guards.js';
import { isDefinitiveRejection } from '../errors/rejection.js';
import { normalizeText } from '../http/nfc.js';
import type { Transport } from '../http/transport.js';
import { canonicalJson } from '../idempotency/body-hash.js';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { claimKey, markUncertain, release } from '../idempotency/submission-keys.js';
import { sha256Hex } from '../idempotency/web-crypto.js';
import {
  DossierCreatedSchema,
  DossierPageSchema,
  DossierSchema,
  DossierStatusViewSchema,
  ReceiptSchema,
} from '../schemas/dossiers.js';
import type {
  Dossier,
  DossierCreate,
  DossierCreated,
  DossierLookup,
  DossierPage,
  DossierQuery,
  DossierStatusView,
  Receipt,
  SupplementCreate,
  WithdrawalCreate,
} from '../types.js';
import { type RequestOptions, segment } from './request-options.js';

/** Options of `dossiers.create`. */
export interface CreateDossierOptions extends RequestOptions {
  /**
   * Your own key for this logical submission (e.g. an outbox item's), persisted by you before the call.
   * Without it the client makes one and keeps it in its idempotency store until the submission ends.
   */
  idempotencyKey?: string;
}

/** Dossiers ("hồ sơ"): submit exactly once, read, look up, supplement, withdraw, print the receipt. */
export interface DossiersResource {
  /**
   * Submits a dossier exactly once. The key of the submission is persisted before the first attempt;
   * offline, timeouts, 5xx and 409 `request-in-progress` are retried with it, and calling `create`
   * again with the same body while it is unfinished (after a reload, a crash, a failed attempt) resumes
   * with the same key, so the server answers with the dossier it already created. Errors carry the key
   * (`error.idempotencyKey`).
   *
   * @example
   * try {
   *   const { dossier, receipt } = await client.dossiers.create(body);
   * } catch (error) {
   *   if (isDvcApiError(error) && error.kind === 'validation') showErrors(error.errors);
   *   else showRetry(); // calling create(body) again resumes the same submission
   * }
   */
  create(body: DossierCreate, options?: CreateDossierOptions): Promise<DossierCreated>;
  /** One of the partner's own dossiers, in full. */
  get(code: string, options?: RequestOptions): Promise<Dossier>;
  /** The partner's own dossiers, newest first. */
  list(query?: DossierQuery, options?: RequestOptions): Promise<DossierPage>;
  /**
   * The public status lookup by code and the owner's ID number. A POST, so the ID number never appears
   * in a URL or an access log; no token is sent.
   */
  lookup(query: DossierLookup, options?: RequestOptions): Promise<DossierStatusView>;
  /** Answers an open supplement request with the missing documents. */
  supplement(code: string, body: SupplementCreate, options?: RequestOptions): Promise<DossierStatusView>;
  /** The citizen withdraws the dossier. */
  withdraw(code: string, body: WithdrawalCreate, options?: RequestOptions): Promise<DossierStatusView>;
  /** The receipt's data (Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"). */
  receipt(code: string, options?: RequestOptions): Promise<Receipt>;
}

/** Creates the dossiers resource over a transport and an idempotency store. */
export function createDossiersResource(transport: Transport, store: IdempotencyStore): DossiersResource {
  // Identical bodies submitted while the first is still on its way (a double tap) share one submission.
  // Keyed by the canonical JSON, known synchronously: keyed by the hash, a second tap could slip in
  // while the first one's hash is still being computed.
  const inFlight = new Map<string, Promise<DossierCreated>>();

  const post = (body: DossierCreate, idempotencyKey: string, signal: AbortSignal | undefined) =>
    transport
      .send({
        method: 'post',
        path: 'v1/dossiers',
        json: body,
        schema: DossierCreatedSchema,
        auth: true,
        idempotencyKey,
        signal,
      })
      .catch((error: unknown) => {
        if (isDvcError(error)) error.idempotencyKey = idempotencyKey;
        throw error;
      });

  async function submit(body: DossierCreate, canonical: string, signal: AbortSignal | undefined) {
    const entry = await claimKey(store, await sha256Hex(canonical));
    try {
      const created = await post(body, entry.key, signal);
      await release(store, entry);
      return created;
    } catch (error) {
      await (isDefinitiveRejection(error) ? release(store, entry) : markUncertain(store, entry));
      throw error;
    }
  }

  return {
    async create(body, options) {
      const normalized = normalizeText(body);
      if (options?.idempotencyKey !== undefined)
        return post(normalized, options.idempotencyKey, options.signal);
      const canonical = canonicalJson(normalized);
      let submission = inFlight.get(canonical);
      if (!submission) {
        submission = submit(normalized, canonical, options?.signal);
        inFlight.set(canonical, submission);
        const forget = () => inFlight.delete(canonical);
        submission.then(forget, forget);
      }
      return submission;
    },
    get: (code, options) =>
      transport.send({
        path: `v1/dossiers/${segment(code)}`,
        schema: DossierSchema,
        auth: true,
        signal: options?.signal,
      }),
    list: (query, options) =>
      transport.send({
        path: 'v1/dossiers',
        query,
        schema: DossierPageSchema,
        auth: true,
        signal: options?.signal,
      }),
    lookup: (query, options) =>
      transport.send({
        method: 'post',
        path: 'v1/dossier-lookups',
        json: query,
        schema: DossierStatusViewSchema,
        signal: options?.signal,
      }),
    supplement: (code, body, options) =>
      transport.send({
        method: 'post',
        path: `v1/dossiers/${segment(code)}/supplements`,
        json: body,
        schema: DossierStatusViewSchema,
        auth: true,
        signal: options?.signal,
      }),
    withdraw: (code, body, options) =>
      transport.send({
        method: 'post',
        path: `v1/dossiers/${segment(code)}/withdrawal`,
        json: body,
        schema: DossierStatusViewSchema,
        auth: true,
        signal: options?.signal,
      }),
    receipt: (code, options) =>
      transport.send({
        path: `v1/dossiers/${segment(code)}/receipt`,
        schema: ReceiptSchema,
        auth: true,
        signal: options?.signal,
      }),
  };
}
