// Test support (not built into dist): an injected `fetch` that answers from a handler and records every
// request, so tests assert what the client sent without mocking globals.
import type { FetchLike } from '../http/transport.js';

/** A request as the stub saw it, body already read. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  /** Parsed JSON, the FormData of a multipart body, or undefined. */
  readonly body: unknown;
  /** The request's abort signal (ky aborts it on timeout). */
  readonly signal: AbortSignal;
}

/** Answers one request; `index` counts from 0 across all requests. */
export type StubHandler = (request: SeenRequest, index: number) => Response | Promise<Response>;

/** A `fetch` that answers from a handler, with the requests it saw. */
export interface StubServer {
  readonly fetch: FetchLike;
  readonly requests: SeenRequest[];
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) return request.formData();
  const text = await request.text();
  return text === '' ? undefined : JSON.parse(text);
}

/** Creates a stub server around `handler`. */
export function createStubServer(handler: StubHandler): StubServer {
  const requests: SeenRequest[] = [];
  return {
    requests,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const seen: SeenRequest = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: await readBody(request),
        signal: request.signal,
      };
      requests.push(seen);
      return handler(seen, requests.length - 1);
    },
  };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A problem+json answer of the contract's shape. */
export function problem(
  kind: string,
  status: number,
  extra: {
    headers?: Record<string, string>;
    errors?: unknown[];
    userMessage?: { vi: string; en: string };
  } = {},
): Response {
  const body = {
    type: `https://dvc-kit.dev/problems/${kind}`,
    title: kind,
    status,
    detail: `Test problem ${kind}`,
    requestId: `req-${kind}`,
    userMessage: extra.userMessage ?? { vi: `Lỗi ${kind}`, en: `Error ${kind}` },
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...extra.headers },
  });
}

/** Resolves after `ms` real milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An answer that never comes: settles only when the request is aborted (e.g. by the client's timeout). */
export function hang(request: SeenRequest): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}

/**
 * With fake timers: lets real I/O settle (a `setImmediate` turn, which stays real), then advances the
 * fake clock by `stepMs`, until `done()` or `maxMs` of fake time. For code that mixes timers with work
 * fake timers do not drive (Web Crypto, body streams).
 */
export async function advanceUntil(
  advance: (ms: number) => Promise<unknown>,
  done: () => boolean,
  { stepMs = 5, maxMs = 120_000 } = {},
): Promise<void> {
  for (let elapsed = 0; !done() && elapsed <= maxMs; elapsed += stepMs) {
    await new Promise((resolve) => setImmediate(resolve));
    await advance(stepMs);
  }
}
