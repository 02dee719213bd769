// A real `@dvc-kit/client` client for stories, whose injected `fetch` answers from
// `openapi/examples` (through the example API) instead of a network, with knobs for the states a
// design review needs: latency, a failure of a chosen kind, an empty world, a large catalogue.
import {
  createClient,
  createMemoryIdempotencyStore,
  type DvcClient,
  type FetchLike,
  type Locale,
} from '@dvc-kit/client';
import {
  createExampleApi,
  type ExampleApi,
  type ExampleApiOptions,
  type ExampleOperation,
} from './example-api.js';
import { example } from './examples.js';

/**
 * How a story's calls fail:
 * - `none`: they succeed;
 * - `server-error`: 500 `internal` problem;
 * - `token-expired`: calls that carry the embed token answer 401 `token-expired`, also after the
 *   client's one refresh (public calls — catalogue, lookup — never carry a token and succeed);
 * - `offline`: `fetch` rejects at once, as a browser does with the network down;
 * - `validation`: 422 `validation` problem with field errors (meant for `createDossier`).
 */
export const EXAMPLE_FAILURES = ['none', 'server-error', 'token-expired', 'offline', 'validation'] as const;

/** One of {@link EXAMPLE_FAILURES}. */
export type ExampleFailure = (typeof EXAMPLE_FAILURES)[number];

/** Options of {@link createExampleClient}. */
export interface ExampleClientOptions extends ExampleApiOptions {
  /**
   * Milliseconds before each answer, or `'never'`: the answer never comes, and the client's own
   * timeouts (10 s per read attempt) eventually give up. Default {@link DEFAULT_LATENCY_MS}.
   */
  readonly latencyMs?: number | 'never';
  /** Default `'none'`. */
  readonly failure?: ExampleFailure;
  /** The operations that fail; default every operation. */
  readonly failOperations?: readonly ExampleOperation[];
  /** The client's locale (its `userMessage`s and `Accept-Language`). Default `'vi'`. */
  readonly locale?: Locale;
}

/**
 * A few hundred milliseconds, as a 4G line from an agent point answers: loading states show briefly,
 * as they do in the field.
 */
export const DEFAULT_LATENCY_MS = 300;

/** A base URL under the reserved `.example` domain: were a request to escape, it could reach no one. */
export const EXAMPLE_BASE_URL = 'https://api.dvc-kit.example';

/**
 * How long after a failed answer the example API counts as busy: the client retries a failure after
 * a backoff of at most 300 ms, then 600 ms (its default policy: 3 attempts, 300 ms doubling, full
 * jitter), so a retry may still come within 600 ms.
 */
const RETRY_WINDOW_MS = 600;

let requestsInFlight = 0;
let retryWindowEnds = 0;

/**
 * Whether the example API of any example client of the page is busy: a request that will be
 * answered is on its way (`'never'` requests do not count), or a failure was answered so recently
 * that the client may still retry it. The stories test waits until it is not, so that it checks what
 * a reviewer sees once the data — or the final error — has arrived.
 */
export function exampleApiBusy(): boolean {
  return requestsInFlight > 0 || performance.now() < retryWindowEnds;
}

function delay(milliseconds: number | 'never', signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = milliseconds === 'never' ? undefined : setTimeout(resolve, milliseconds);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) return request.formData();
  const text = await request.text();
  return text === '' ? undefined : JSON.parse(text);
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    },
  });

function failureProblem(failure: ExampleFailure, request: Request): Response | undefined {
  const problem = (type: string) => {
    const body = example<{ status: number }>(`Problem.${type}`);
    return json(body.status, { ...body, instance: new URL(request.url).pathname });
  };
  switch (failure) {
    case 'server-error':
      return problem('internal');
    case 'token-expired':
      return request.headers.has('authorization') ? problem('token-expired') : undefined;
    case 'validation':
      return problem('validation');
    default:
      return undefined;
  }
}

async function answerFromExamples(api: ExampleApi, request: Request, url: URL): Promise<Response> {
  const { status, body } = await api.answer({ method: request.method, url, body: await readBody(request) });
  return json(status, body);
}

/**
 * The `fetch` of an example client: answers each request of the contract from the examples after
 * `latencyMs`, or fails as `failure` says. Honours the request's abort signal, so the client's
 * timeouts and aborts behave as over a network.
 */
export function createExampleFetch(options: ExampleClientOptions = {}): FetchLike {
  const api = createExampleApi(options);
  const latency = options.latencyMs ?? DEFAULT_LATENCY_MS;
  const failure = options.failure ?? 'none';
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const operation = api.operationOf({ method: request.method, url });
    const failing =
      failure !== 'none' &&
      operation !== undefined &&
      (options.failOperations === undefined || options.failOperations.includes(operation));
    if (failing && failure === 'offline') {
      retryWindowEnds = performance.now() + RETRY_WINDOW_MS;
      throw new TypeError('Failed to fetch');
    }

    const counted = latency !== 'never';
    if (counted) requestsInFlight++;
    try {
      await delay(latency, request.signal);
      const failed = failing ? failureProblem(failure, request) : undefined;
      const answer = failed ?? (await answerFromExamples(api, request, url));
      if (answer.status >= 400) retryWindowEnds = performance.now() + RETRY_WINDOW_MS;
      return answer;
    } finally {
      if (counted) requestsInFlight--;
    }
  };
}

/**
 * A real client (`createClient` of `@dvc-kit/client`) over the example API: every element call goes
 * through the client's code — NFC, auth, retries, token refresh, error mapping, response checks.
 *
 * @example
 * element.client = createExampleClient({ failure: 'token-expired' });
 * element.client = createExampleClient({ procedures: largeCatalogue(), latencyMs: 800 });
 */
export function createExampleClient(options: ExampleClientOptions = {}): DvcClient {
  const session = example<{ token: string }>('EmbedSession');
  return createClient({
    baseUrl: EXAMPLE_BASE_URL,
    locale: options.locale ?? 'vi',
    fetch: createExampleFetch(options),
    // The example session's token; with `token-expired` the API refuses it, and refreshing gets it again.
    getToken: async () => session.token,
    // In memory: a story's unfinished submission must not be resumed by the next story, or next week.
    idempotencyStore: createMemoryIdempotencyStore(),
  });
}
