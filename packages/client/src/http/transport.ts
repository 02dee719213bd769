import ky, { type Progress } from 'ky';
import * as z from 'zod/mini';
import { isDvcApiError } from '../errors/guards.js';
import { DvcResponseValidationError } from '../errors/response-validation-error.js';
import { toDvcError } from '../errors/to-dvc-error.js';
import type { Locale } from '../locale.js';
import { createEtagCache } from './etag-cache.js';
import { normalizeText } from './nfc.js';
import { type RetryPolicy, toKyRetry } from './retry-policy.js';
import type { RequestKind, TimeoutOptions } from './timeouts.js';
import { createTokenManager, type GetToken } from './token-manager.js';

/** A `fetch` implementation: the global one, or a wrapper (tests, fault injection, instrumentation). */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** What the transport is built from (the client's options with defaults applied). */
export interface TransportOptions {
  baseUrl: string | URL;
  getToken: GetToken | undefined;
  locale: Locale;
  fetch: FetchLike | undefined;
  timeout: Required<TimeoutOptions>;
  retry: Required<RetryPolicy>;
  validate: boolean;
}

/** Query parameters; `undefined` and `null` are left out. */
export type QueryParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** One API call, as the resources describe it. */
export interface Call<T> {
  /** Default `'get'`. */
  method?: 'get' | 'post';
  /** Relative to the base URL, no leading slash: `v1/procedures`. */
  path: string;
  query?: QueryParams | undefined;
  /** A JSON body; its text is normalised to NFC. */
  json?: unknown;
  /** A multipart body (uploads). */
  body?: FormData;
  /** The schema of the success body. */
  schema: z.core.$ZodType<T>;
  /** Send the bearer token (operations with `security` in the contract). */
  auth?: boolean;
  /** Default `'read'` for GETs, `'submit'` for POSTs. */
  kind?: RequestKind;
  /** The size of an upload's file, for its timeout. */
  uploadBytes?: number;
  /** Makes a POST repeatable: it is retried like a GET, and the server answers a repeat with the stored result. */
  idempotencyKey?: string | undefined;
  /** Keep the ETag and body of this URL and revalidate with `If-None-Match`. */
  revalidate?: boolean;
  signal?: AbortSignal | undefined;
  onUploadProgress?: ((progress: Progress) => void) | undefined;
}

/** Sends calls: auth, NFC, timeouts, retries, ETag revalidation, error mapping and response validation. */
export interface Transport {
  readonly locale: Locale;
  send<T>(call: Call<T>): Promise<T>;
}

/** Builds the query string; strings are normalised to NFC so the server sees what it stores. */
function toSearch(query: QueryParams | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(name, normalizeText(String(value)));
  }
  return search.toString();
}

/** Creates the transport that every resource sends through. */
export function createTransport(options: TransportOptions): Transport {
  const { locale } = options;
  const prefix = String(options.baseUrl).replace(/\/?$/, '/');
  const http = ky.create({ prefixUrl: prefix, fetch: options.fetch });
  const tokens = options.getToken ? createTokenManager(options.getToken) : undefined;
  const etags = createEtagCache();
  // Built once rather than per call: they never change.
  const retryRepeatable = toKyRetry(options.retry, true);
  const retrySendOnce = toKyRetry(options.retry, false);
  // A 304 is the answer to `If-None-Match`, not an error.
  const throwHttpErrors = (status: number) => status !== 304;

  // The request for an error report, built only when one is needed and ky did not hand one over.
  const describeRequest = (method: string, url: string): Request | undefined => {
    try {
      return new Request(url, { method: method.toUpperCase() });
    } catch {
      return undefined; // A relative base URL outside a page.
    }
  };

  async function attempt<T>(call: Call<T>, token: string | undefined): Promise<T> {
    const method = call.method ?? 'get';
    const search = toSearch(call.query);
    const cacheKey = `${call.path}?${search}`;
    const cached = call.revalidate ? etags.get(cacheKey) : undefined;
    const headers: Record<string, string> = { 'accept-language': locale };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;
    if (cached) headers['if-none-match'] = cached.etag;
    const kind = call.kind ?? (method === 'get' ? 'read' : 'submit');
    const timeoutMs =
      kind === 'upload' ? options.timeout.upload(call.uploadBytes ?? 0) : options.timeout[kind];
    const url = `${prefix}${call.path}${search ? `?${search}` : ''}`;

    let response: Response;
    try {
      response = await http(call.path, {
        method,
        headers,
        searchParams: search || undefined,
        json: call.json === undefined ? undefined : normalizeText(call.json),
        body: call.body,
        signal: call.signal,
        timeout: timeoutMs,
        retry: method === 'get' || call.idempotencyKey !== undefined ? retryRepeatable : retrySendOnce,
        throwHttpErrors,
        onUploadProgress: call.onUploadProgress,
      });
    } catch (error) {
      throw await toDvcError(error, {
        request: () => describeRequest(method, url),
        timeoutMs,
        locale,
        signal: call.signal,
      });
    }

    if (response.status === 304 && cached) return cached.body as T;
    const text = await response.text();
    const invalid = (body: unknown, issues: readonly z.core.$ZodIssue[]) =>
      new DvcResponseValidationError({
        request: describeRequest(method, url),
        response,
        body,
        issues,
        locale,
      });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw invalid(text, []);
    }
    if (options.validate) {
      const result = z.safeParse(call.schema, body);
      if (!result.success) throw invalid(body, result.error.issues);
      body = result.data;
    }
    const etag = response.headers.get('etag');
    if (call.revalidate && etag) etags.set(cacheKey, { etag, body });
    return body as T;
  }

  return {
    locale,
    async send(call) {
      const manager = call.auth ? tokens : undefined;
      const token = manager ? await manager.current() : undefined;
      try {
        return await attempt(call, token);
      } catch (error) {
        // An expired embed token is refreshed once (shared with every request that saw it expire) and
        // the request repeated once; a 401 means the server did nothing, so even an unkeyed POST may be.
        if (!manager || token === undefined || !isDvcApiError(error) || error.kind !== 'token-expired')
          throw error;
        return attempt(call, await manager.refresh(token));
      }
    },
  };
}
