/**
 * Client benchmark: the per-request overhead of `@dvc-kit/client` over a raw `fetch` + `JSON.parse`,
 * against openapi-fetch (the thinnest typed client) and plain ky (what ours is built on), on the same
 * answers: a 20-item `ProcedurePage` and a full `ProcedureDetail` from `openapi/examples/`. Two
 * transports: a stub `fetch` that returns canned `Response`s (pure client CPU), and an in-process
 * `node:http` server on 127.0.0.1 (what a real request adds). Ours runs with response validation on
 * (the default) and off. Goal: with validation on, at most 3× openapi-fetch's overhead on the stub.
 * Also prints the browser entry's min+gzip size.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import ky from 'ky';
import createFetchClient from 'openapi-fetch';
import type { paths } from '../packages/client/src/generated/openapi.js';
import { createClient } from '../packages/client/src/index.js';
import { measureBundle } from '../tests/support/bundle-size.js';

type Fetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** One way of getting the page and the procedure, as an app would write it. */
interface Contender {
  name: string;
  /** Returns a function doing one request (alternately the page and the detail). */
  make: (baseUrl: string, fetch: Fetch) => (index: number) => Promise<unknown>;
}

/** `ProcedurePage` default page size (the contract's `limit` default). */
const PAGE_SIZE = 20;
/** Untimed requests per contender first, so each is measured with its code optimised. */
const WARM_UP = 1_000;
/** Timed rounds, each in a new shuffled order; the median round is reported. */
const ROUNDS = 7;
/** Requests per contender per round: the stub answers in microseconds, the HTTP server in ~0.1 ms. */
const REQUESTS = { stub: 2_000, http: 400 } as const;
/** Fixed, so two runs shuffle alike and differ only by machine noise. */
const SHUFFLE_SEED = 11;
const GOAL_RATIO_WITH_VALIDATION = 3;
const PROCEDURE_CODE = '1.001193';

const examples = new URL('../openapi/examples/', import.meta.url);

async function cannedBodies(): Promise<{ page: string; detail: string }> {
  const page = JSON.parse(await readFile(new URL('ProcedurePage.json', examples), 'utf8')) as {
    items: { code: string }[];
  };
  const items = Array.from({ length: PAGE_SIZE }, (_, index) => ({
    ...page.items[index % page.items.length],
    code: `1.${String(100_000 + index).padStart(6, '0')}`,
  }));
  const detail = await readFile(new URL('ProcedureDetail.json', examples), 'utf8');
  return { page: JSON.stringify({ ...page, items, total: 120, nextCursor: 'c2' }), detail };
}

function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const shuffled = [...items];
  let state = seed;
  for (let index = shuffled.length - 1; index > 0; index--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const other = state % (index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const contenders: Contender[] = [
  {
    name: 'raw fetch + JSON.parse',
    make: (baseUrl, fetch) => (index) =>
      fetch(index % 2 ? `${baseUrl}/v1/procedures/${PROCEDURE_CODE}` : `${baseUrl}/v1/procedures`).then((r) =>
        r.json(),
      ),
  },
  {
    name: 'openapi-fetch',
    make: (baseUrl, fetch) => {
      const client = createFetchClient<paths>({ baseUrl, fetch: (request) => fetch(request) });
      return (index) =>
        index % 2
          ? client.GET('/v1/procedures/{code}', { params: { path: { code: PROCEDURE_CODE } } })
          : client.GET('/v1/procedures');
    },
  },
  {
    name: 'ky',
    make: (baseUrl, fetch) => {
      const api = ky.create({ prefixUrl: baseUrl, fetch });
      return (index) => api.get(index % 2 ? `v1/procedures/${PROCEDURE_CODE}` : 'v1/procedures').json();
    },
  },
  {
    name: '@dvc-kit/client',
    make: (baseUrl, fetch) => {
      const client = createClient({ baseUrl, fetch });
      return (index) => (index % 2 ? client.procedures.get(PROCEDURE_CODE) : client.procedures.list());
    },
  },
  {
    name: '@dvc-kit/client, validate: false',
    make: (baseUrl, fetch) => {
      const client = createClient({ baseUrl, fetch, validate: false });
      return (index) => (index % 2 ? client.procedures.get(PROCEDURE_CODE) : client.procedures.list());
    },
  },
];

/** Microseconds per request for each contender (median round). */
async function measure(baseUrl: string, fetch: Fetch, requests: number): Promise<Map<string, number>> {
  const runners = contenders.map((contender) => ({
    name: contender.name,
    request: contender.make(baseUrl, fetch),
  }));
  for (const runner of runners) for (let index = 0; index < WARM_UP; index++) await runner.request(index);
  const samples = new Map<string, number[]>(runners.map((runner) => [runner.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const runner of seededShuffle(runners, SHUFFLE_SEED + round)) {
      const start = performance.now();
      for (let index = 0; index < requests; index++) await runner.request(index);
      samples.get(runner.name)?.push(((performance.now() - start) * 1000) / requests);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

/** The client's standing against openapi-fetch in one table. */
interface Standing {
  /** µs/request ÷ openapi-fetch's µs/request. */
  perRequest: number;
  /** Overhead over raw fetch ÷ openapi-fetch's overhead over raw fetch. */
  overhead: number;
}

function printTable(title: string, perRequest: Map<string, number>): Standing {
  const raw = perRequest.get('raw fetch + JSON.parse') ?? 0;
  const peer = perRequest.get('openapi-fetch') ?? 0;
  const columns = [12, 13, 18, 20];
  const row = (cells: string[]) =>
    console.log(
      cells
        .map((cell, index) => (index === 0 ? cell.padEnd(34) : cell.padStart(columns[index - 1] ?? 0)))
        .join(''),
    );
  console.log(`\n${title}`);
  row(['contender', 'µs/request', 'overhead µs', '× openapi-fetch', 'overhead × o-f']);
  for (const [name, micros] of perRequest) {
    const isRaw = name.startsWith('raw');
    row([
      name,
      micros.toFixed(1),
      isRaw ? '' : (micros - raw).toFixed(1),
      isRaw ? '' : (micros / peer).toFixed(2),
      isRaw ? '' : ((micros - raw) / (peer - raw)).toFixed(2),
    ]);
  }
  const ours = perRequest.get('@dvc-kit/client') ?? 0;
  return { perRequest: ours / peer, overhead: (ours - raw) / (peer - raw) };
}

/** Runs the benchmark and prints its tables. */
export async function run(): Promise<void> {
  const { page, detail } = await cannedBodies();
  const answer = (url: string) =>
    new Response(url.endsWith(PROCEDURE_CODE) ? detail : page, {
      headers: { 'content-type': 'application/json' },
    });

  console.log(
    `\n## @dvc-kit/client — per-request overhead over raw fetch (median of ${ROUNDS} shuffled rounds)`,
  );

  const stub: Fetch = async (input) => answer(input instanceof Request ? input.url : String(input));
  const stubStanding = printTable(
    `Stub fetch (canned Response; ${REQUESTS.stub} requests per round)`,
    await measure('http://dvc.bench', stub, REQUESTS.stub),
  );

  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end((request.url ?? '').endsWith(PROCEDURE_CODE) ? detail : page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    printTable(
      `node:http on 127.0.0.1 (${REQUESTS.http} requests per round)`,
      await measure(`http://127.0.0.1:${port}`, (input, init) => fetch(input, init), REQUESTS.http),
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }

  // A ratio over a peer's overhead means nothing when that overhead is within the noise (zero or below):
  // say so rather than call a negative ratio a success.
  const verdict = (ratio: number) =>
    ratio < 0 || !Number.isFinite(ratio)
      ? 'not measurable (openapi-fetch’s overhead is within the noise)'
      : ratio <= GOAL_RATIO_WITH_VALIDATION
        ? 'met'
        : 'NOT met';
  console.log(
    `\nGoal, validation on, stub fetch — ≤ ${GOAL_RATIO_WITH_VALIDATION}× openapi-fetch:` +
      `\n  per request:           ${stubStanding.perRequest.toFixed(2)}× — ${verdict(stubStanding.perRequest)}` +
      `\n  overhead over raw fetch: ${stubStanding.overhead.toFixed(2)}× — ${verdict(stubStanding.overhead)}` +
      ' (ky alone and zod parsing each cost more than all of openapi-fetch)',
  );

  const source = (path: string) => new URL(`../packages/client/src/${path}`, import.meta.url).pathname;
  const [size, counterApp] = await Promise.all([
    measureBundle(source('index.ts')),
    measureBundle(source('testing/counter-app.ts')),
  ]);
  console.log(
    `Browser entry (packages/client/src/index.ts, ky + zod/mini + schemas included): ${(size.minified / 1024).toFixed(1)} KB min, ${(size.gzip / 1024).toFixed(1)} KB min+gzip (issue's budget: 12 KB)` +
      `\n@dvc-kit/client/outbox on top, in a counter app: +${((counterApp.gzip - size.gzip) / 1024).toFixed(1)} KB min+gzip`,
  );
}
