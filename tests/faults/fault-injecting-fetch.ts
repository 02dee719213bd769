// A `fetch` that sits between the client and the real sandbox and breaks requests the way weak lines
// and flaky proxies do. The client takes it through its `fetch` option; the sandbox is the real one.
import type { FetchLike } from '@dvc-kit/client';

/**
 * What can go wrong with one request:
 * - `none`: forwarded, answered;
 * - `drop-response`: forwarded and answered (the server committed), then the connection dies before the
 *   client reads the answer;
 * - `reset-before`: the connection resets before the request leaves: the server never sees it;
 * - `reset-after`: the request leaves, then the connection resets: the server processes it while the
 *   client already has an error (and retries at once, racing the original);
 * - `unavailable`: a gateway answers 503 with `Retry-After` without forwarding;
 * - `delay`: forwarded and answered, but the answer comes later than the client waits for;
 * - `duplicate`: a retrying proxy sends the request twice at once; the client gets the first copy's answer.
 */
export const FAULT_KINDS = [
  'none',
  'drop-response',
  'reset-before',
  'reset-after',
  'unavailable',
  'delay',
  'duplicate',
] as const;

/** One of {@link FAULT_KINDS}. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** An answer the sandbox gave to one forwarded copy of a request. */
export interface UpstreamAnswer {
  status: number;
  /** `Idempotency-Replayed: true`: the stored answer of an earlier request with the same key. */
  replayed: boolean;
  /** The problem type of an error answer. */
  problemType?: string;
}

/** One request the client sent, the fault it met, and what the sandbox answered behind it. */
export interface FaultRecord {
  kind: FaultKind;
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** When the client sent it (`performance.now()`). */
  sentAt: number;
  /** Answers of the forwarded copies, in the order they came back (none when nothing was forwarded). */
  upstream: UpstreamAnswer[];
}

/** Options of {@link createFaultInjector}. */
export interface FaultInjectorOptions {
  /** The fault for each request, asked in the order the client sends them. */
  choose: (request: Request, index: number) => FaultKind;
  /** Where forwarded requests go. Default: the global `fetch`. */
  upstream?: FetchLike;
  /** `Retry-After` of the injected 503, in seconds. Default 0: retry at once. */
  retryAfterSeconds?: number;
  /**
   * How late a delayed answer comes, in milliseconds. Default 60 s: past any timeout these tests give
   * the client, so that it always gives up first.
   */
  delayMs?: number;
}

/** The faulty `fetch`, with what it did. */
export interface FaultInjector {
  readonly fetch: FetchLike;
  /** Every request the client sent, in order. */
  readonly log: readonly FaultRecord[];
  /**
   * Resolves once every copy forwarded behind the client's back (`reset-after`, `delay`, `duplicate`)
   * has been answered, so that the database can be counted.
   */
  settled(): Promise<void>;
}

/** What undici throws when a connection dies: a `TypeError('fetch failed')` with the socket error as cause. */
function connectionReset(detail: string): TypeError {
  const cause = Object.assign(new Error(`read ECONNRESET (${detail})`), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

/** A gateway's 503, as problem+json. */
function unavailable(retryAfterSeconds: number): Response {
  const body = {
    type: 'https://dvc-kit.dev/problems/service-unavailable',
    title: 'Service unavailable',
    status: 503,
    detail: 'Injected by the fault layer: the gateway did not forward the request.',
    requestId: 'req_fault_injected',
    userMessage: {
      vi: 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.',
      en: 'The service is busy. Please try again in a few minutes.',
    },
  };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'content-type': 'application/problem+json', 'retry-after': String(retryAfterSeconds) },
  });
}

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts (ky aborts the request's signal
 * when its timeout fires), without leaving a timer behind.
 */
function holdBack(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Creates a fault-injecting `fetch` in front of `upstream`.
 *
 * @example
 * const faults = createFaultInjector({ choose: (_, index) => (index === 0 ? 'drop-response' : 'none') });
 * const client = createClient({ baseUrl: sandbox.url, fetch: faults.fetch, getToken });
 * await client.dossiers.create(body); // the first answer is lost, the retry gets the replay
 */
export function createFaultInjector(options: FaultInjectorOptions): FaultInjector {
  const upstream = options.upstream ?? ((input, init) => fetch(input, init));
  const retryAfterSeconds = options.retryAfterSeconds ?? 0;
  const delayMs = options.delayMs ?? 60_000;
  const log: FaultRecord[] = [];
  const background = new Set<Promise<unknown>>();

  // Keeps a copy the client no longer waits for; its failure is nobody's business but `settled()`'s.
  const inBackground = (promise: Promise<unknown>) => {
    const tracked = promise.then(
      () => undefined,
      () => undefined,
    );
    background.add(tracked);
    void tracked.then(() => background.delete(tracked));
  };

  async function faultyFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    // The body is read once so that it can be forwarded twice (`duplicate`) and without the client's
    // signal (copies that must reach the server even after the client gave up).
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    const record: FaultRecord = {
      kind: options.choose(request, log.length),
      method: request.method,
      path: new URL(request.url).pathname,
      idempotencyKey: request.headers.get('idempotency-key'),
      sentAt: performance.now(),
      upstream: [],
    };
    log.push(record);

    const forward = async (signal: AbortSignal | null): Promise<Response> => {
      const response = await upstream(
        new Request(request.url, { method: request.method, headers: request.headers, body, signal }),
      );
      const answer: UpstreamAnswer = {
        status: response.status,
        replayed: response.headers.get('idempotency-replayed') === 'true',
      };
      if (!response.ok) {
        const problem = (await response
          .clone()
          .json()
          .catch(() => undefined)) as { type?: string } | undefined;
        if (problem?.type) answer.problemType = problem.type;
      }
      record.upstream.push(answer);
      return response;
    };
    const drain = (response: Response) => response.arrayBuffer();

    switch (record.kind) {
      case 'none':
        return forward(request.signal);
      case 'drop-response': {
        // The server has answered — and so committed — before the connection dies.
        await drain(await forward(null));
        throw connectionReset('after the response was sent');
      }
      case 'reset-before':
        throw connectionReset('before the request was sent');
      case 'reset-after':
        inBackground(forward(null).then(drain));
        throw connectionReset('after the request was sent');
      case 'unavailable':
        return unavailable(retryAfterSeconds);
      case 'delay': {
        const late = forward(null);
        try {
          await holdBack(delayMs, request.signal);
        } catch (reason) {
          // The client gave up; the answer still lands, and is read so the connection is freed.
          inBackground(late.then(drain));
          throw reason;
        }
        return late;
      }
      case 'duplicate': {
        const [first, second] = [forward(request.signal), forward(null)];
        inBackground(second.then(drain));
        return first;
      }
    }
  }

  return {
    fetch: faultyFetch,
    log,
    async settled() {
      while (background.size > 0) await Promise.all(background);
    },
  };
}
