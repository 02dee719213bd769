// @dvc-kit/client/server — the partner backend's client, authenticated with the partner's secret key.
import type { RetryPolicy } from './http/retry-policy.js';
import { resolveTuning } from './http/settings.js';
import type { TimeoutOptions } from './http/timeouts.js';
import { createTransport, type FetchLike } from './http/transport.js';
import { createMemoryIdempotencyStore } from './idempotency/memory-store.js';
import type { Locale } from './locale.js';
import { createDossiersResource, type DossiersResource } from './resources/dossiers.js';
import { createEmbedSessionsResource, type EmbedSessionsResource } from './resources/embed-sessions.js';

// Node (or any server runtime) only: a secret key in a browser would let anyone file in the partner's
// name. Checked when the module loads and again when a client is created (a bundler that hoists or
// concatenates modules must not let the first check slip).
function assertServerRuntime(): void {
  if (typeof window !== 'undefined') {
    throw new Error(
      '@dvc-kit/client/server holds your secret key and must run on your server only. In the browser, use ' +
        "createClient from '@dvc-kit/client' with an embed token minted by your backend.",
    );
  }
}

assertServerRuntime();

/** Options of {@link createServerClient}. */
export interface ServerClientOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:4010` for the sandbox. */
  baseUrl: string | URL;
  /** The partner's secret key (`sk_test_…` in the sandbox). Keep it in your server's secret store. */
  secretKey: string;
  /** The `fetch` to use (default: the global one). */
  fetch?: FetchLike;
  /** The language of error `userMessage`s. Default `'vi'`. */
  locale?: Locale;
  /** Per-attempt timeouts (reads 10 s, writes 30 s). */
  timeout?: TimeoutOptions;
  /** Retries of GETs (and keyed POSTs); `false` sends each request once. */
  retry?: RetryPolicy | false;
  /** Check success bodies against the contract. Default `true`. */
  validate?: boolean;
}

/** The partner backend's client: mint embed tokens, read the partner's own dossiers. */
export interface DvcServerClient {
  readonly embedSessions: EmbedSessionsResource;
  /** The partner's own dossiers, read with the secret key. */
  readonly dossiers: Pick<DossiersResource, 'list' | 'get' | 'receipt'>;
}

/**
 * Creates the partner backend's client.
 *
 * @example
 * import { createServerClient } from '@dvc-kit/client/server';
 *
 * const dvc = createServerClient({ baseUrl: process.env.DVC_URL!, secretKey: process.env.DVC_SECRET_KEY! });
 * const session = await dvc.embedSessions.create({ origin: 'https://quay.example.vn', scopes: ['dossier:create'] });
 */
export function createServerClient(options: ServerClientOptions): DvcServerClient {
  assertServerRuntime();
  const transport = createTransport({
    baseUrl: options.baseUrl,
    // A secret key does not expire, so the refresh-on-`token-expired` path never fires for it.
    getToken: () => options.secretKey,
    locale: options.locale ?? 'vi',
    fetch: options.fetch,
    ...resolveTuning(options),
  });
  const { list, get, receipt } = createDossiersResource(transport, createMemoryIdempotencyStore());
  return { embedSessions: createEmbedSessionsResource(transport), dossiers: { list, get, receipt } };
}

export {
  DvcApiError,
  DvcNetworkError,
  DvcResponseValidationError,
  DvcTimeoutError,
  isDvcApiError,
  isDvcError,
  isDvcNetworkError,
  isDvcResponseValidationError,
  isDvcTimeoutError,
} from './index.js';
export type { EmbedSessionsResource } from './resources/embed-sessions.js';
export type * from './types.js';
