import type { RetryPolicy } from './http/retry-policy.js';
import { resolveTuning } from './http/settings.js';
import type { TimeoutOptions } from './http/timeouts.js';
import type { GetToken } from './http/token-manager.js';
import { createTransport, type FetchLike } from './http/transport.js';
import { createDefaultIdempotencyStore } from './idempotency/default-store.js';
import type { IdempotencyStore } from './idempotency/idempotency-store.js';
import type { Locale } from './locale.js';
import { type AttachmentsResource, createAttachmentsResource } from './resources/attachments.js';
import { createDossiersResource, type DossiersResource } from './resources/dossiers.js';
import { createFieldsResource, type FieldsResource } from './resources/fields.js';
import { createHolidaysResource, type HolidaysResource } from './resources/holidays.js';
import { createLocationsResource, type LocationsResource } from './resources/locations.js';
import { createPartnersResource, type PartnersResource } from './resources/partners.js';
import { createProceduresResource, type ProceduresResource } from './resources/procedures.js';
import { createRatingsResource, type RatingsResource } from './resources/ratings.js';
import { createSandboxResource, type SandboxResource } from './resources/sandbox.js';
import { createWardsResource, type WardsResource } from './resources/wards.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The API's base URL.
   *
   * @example
   * createClient({ baseUrl: 'http://127.0.0.1:4010' }); // the sandbox
   */
  baseUrl: string | URL;
  /**
   * Returns the embed token your backend minted (`POST /v1/embed-sessions` with your secret key). Called
   * at the first authenticated request and again when the server says the token expired — once for all
   * the requests that saw it expire — after which the request is repeated once. Public operations (the
   * catalogue, places, holidays, the status lookup) never send it.
   *
   * @example
   * getToken: async () => (await fetch('/api/dvc-token', { method: 'POST' }).then((r) => r.json())).token
   */
  getToken?: GetToken;
  /** The language of `userMessage`s and of `Accept-Language`. Default `'vi'`. */
  locale?: Locale;
  /**
   * The `fetch` to use. Default: the global one, looked up at each request. Pass a wrapper to observe
   * requests or to inject faults (drop a response, reset, delay, duplicate) in tests.
   */
  fetch?: FetchLike;
  /** Per-attempt timeouts by kind of request (reads 10 s, submissions 30 s, uploads sized to the file). */
  timeout?: TimeoutOptions;
  /**
   * Retries of GETs and keyed POSTs (capped, jittered exponential backoff; `Retry-After` honoured).
   * `false` sends every request once.
   *
   * @example
   * createClient({ baseUrl, retry: { attempts: 5 } });
   */
  retry?: RetryPolicy | false;
  /**
   * Where `dossiers.create` keeps the keys of unfinished submissions. Default: `localStorage` in a
   * browser, memory elsewhere.
   */
  idempotencyStore?: IdempotencyStore;
  /**
   * Check every success body against the contract's schema (a {@link DvcResponseValidationError} when it
   * does not match). Default `true`; turn off only if you validate elsewhere and need the microseconds.
   */
  validate?: boolean;
}

/** The typed dvc-kit API client. */
export interface DvcClient {
  /** The client's language. */
  readonly locale: Locale;
  readonly procedures: ProceduresResource;
  readonly fields: FieldsResource;
  readonly locations: LocationsResource;
  readonly wards: WardsResource;
  readonly partners: PartnersResource;
  readonly holidays: HolidaysResource;
  readonly attachments: AttachmentsResource;
  readonly dossiers: DossiersResource;
  readonly ratings: RatingsResource;
  readonly sandbox: SandboxResource;
}

/**
 * Creates a client for the dvc-kit API, for browsers and Node.
 *
 * @example
 * const client = createClient({
 *   baseUrl: 'https://api.example.vn',
 *   getToken: () => fetchEmbedTokenFromMyBackend(),
 * });
 * const { items } = await client.procedures.list({ q: 'khai sinh' });
 */
export function createClient(options: ClientOptions): DvcClient {
  const locale = options.locale ?? 'vi';
  const transport = createTransport({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
    locale,
    fetch: options.fetch,
    ...resolveTuning(options),
  });
  return {
    locale,
    procedures: createProceduresResource(transport),
    fields: createFieldsResource(transport),
    locations: createLocationsResource(transport),
    wards: createWardsResource(transport),
    partners: createPartnersResource(transport),
    holidays: createHolidaysResource(transport),
    attachments: createAttachmentsResource(transport),
    dossiers: createDossiersResource(transport, options.idempotencyStore ?? createDefaultIdempotencyStore()),
    ratings: createRatingsResource(transport),
    sandbox: createSandboxResource(transport),
  };
}
