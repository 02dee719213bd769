import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from './client.js';
import { isDvcApiError, isDvcNetworkError, isDvcTimeoutError } from './errors/guards.js';
import { createMemoryIdempotencyStore } from './idempotency/memory-store.js';
import { dossierCreate, dossierCreated, procedurePage } from './testing/fixtures.js';
import { advanceUntil, createStubServer, hang, json, problem } from './testing/stub-server.js';

const baseUrl = 'http://dvc.test';
// Tiny backoffs keep real-time tests fast; the fake-timer tests below check the actual waits.
const quick = { baseDelayMs: 1, maxDelayMs: 2 };

/** Fake timers (and a fake `Date`), with the fake time of each request the stub server sees. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const times: number[] = [];
  const stamp = () => times.push(Date.now());
  const runUntilRequests = (count: number) =>
    advanceUntil(vi.advanceTimersByTimeAsync, () => times.length >= count, { stepMs: 5 });
  const gaps = () => times.slice(1).map((time, index) => time - (times[index] ?? 0));
  return { stamp, runUntilRequests, gaps };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('retries of reads', () => {
  it('retries a GET on 5xx and network errors, up to the attempts allowed', async () => {
    const server = createStubServer((_, index) => {
      if (index === 0) throw new TypeError('fetch failed');
      if (index === 1) return problem('internal', 500);
      return json(procedurePage);
    });
    const client = createClient({ baseUrl, fetch: server.fetch, retry: quick });
    await expect(client.procedures.list()).resolves.toEqual(procedurePage);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after the last attempt with the last error', async () => {
    const server = createStubServer(() => problem('service-unavailable', 503));
    const client = createClient({ baseUrl, fetch: server.fetch, retry: { ...quick, attempts: 4 } });
    await expect(client.procedures.list()).rejects.toMatchObject({ name: 'DvcApiError', status: 503 });
    expect(server.requests).toHaveLength(4);
  });

  it('does not retry a 4xx that would fail the same way', async () => {
    const server = createStubServer(() => problem('not-found', 404));
    const client = createClient({ baseUrl, fetch: server.fetch, retry: quick });
    await expect(client.procedures.get('1.999999')).rejects.toMatchObject({ kind: 'not-found' });
    expect(server.requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says', async () => {
    const clock = fakeClock();
    const server = createStubServer((_, index) => {
      clock.stamp();
      return index === 0
        ? problem('rate-limited', 429, { headers: { 'retry-after': '2' } })
        : json(procedurePage);
    });
    const client = createClient({ baseUrl, fetch: server.fetch, retry: quick });
    const page = client.procedures.list();
    await clock.runUntilRequests(2);
    await expect(page).resolves.toEqual(procedurePage);
    const [gap] = clock.gaps();
    expect(gap).toBeGreaterThanOrEqual(2_000);
    expect(gap).toBeLessThan(2_050);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: the error reaches the app', async () => {
    const server = createStubServer(() =>
      problem('rate-limited', 429, { headers: { 'retry-after': '3600' } }),
    );
    const client = createClient({
      baseUrl,
      fetch: server.fetch,
      retry: { ...quick, maxRetryAfterMs: 60_000 },
    });
    await expect(client.procedures.list()).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(server.requests).toHaveLength(1);
  });

  it('backs off exponentially with full jitter, capped at maxDelayMs', async () => {
    const clock = fakeClock();
    // Full jitter waits a random share of the backoff; pin the share to one half.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const server = createStubServer(() => {
      clock.stamp();
      return problem('internal', 500);
    });
    const client = createClient({
      baseUrl,
      fetch: server.fetch,
      retry: { attempts: 4, baseDelayMs: 200, maxDelayMs: 300 },
    });
    const page = client.procedures.list().catch((error: unknown) => error);
    await clock.runUntilRequests(4);
    expect(isDvcApiError(await page)).toBe(true);
    expect(server.requests).toHaveLength(4);
    // 200 × ½ = 100 ms, then 400 × ½ = 200 ms, then 800 × ½ = 400 ms capped at 300 ms (± one 5 ms step).
    const expected = [100, 200, 300];
    clock.gaps().forEach((gap, index) => {
      expect(gap).toBeGreaterThanOrEqual(expected[index] ?? 0);
      expect(gap).toBeLessThanOrEqual((expected[index] ?? 0) + 10);
    });
  });

  it('sends once with retry: false', async () => {
    const server = createStubServer(() => problem('internal', 500));
    const client = createClient({ baseUrl, fetch: server.fetch, retry: false });
    await expect(client.procedures.list()).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('gives each attempt the read timeout, retries, then fails with DvcTimeoutError', async () => {
    const server = createStubServer((request) => hang(request));
    const client = createClient({
      baseUrl,
      fetch: server.fetch,
      timeout: { read: 30 },
      retry: { ...quick, attempts: 2 },
    });
    const error = await client.procedures.list().catch((caught: unknown) => caught);
    expect(isDvcTimeoutError(error)).toBe(true);
    expect(isDvcTimeoutError(error) && error.timeoutMs).toBe(30);
    expect(server.requests).toHaveLength(2);
    // Each attempt was aborted, so no socket is left open.
    expect(server.requests.every((request) => request.signal.aborted)).toBe(true);
  });

  it('gives submissions their own, longer timeout', async () => {
    const server = createStubServer(async (request) =>
      request.method === 'GET' ? hang(request) : json(dossierCreated(), 201),
    );
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      timeout: { read: 20, submit: 5_000 },
      retry: false,
    });
    await expect(client.procedures.list()).rejects.toMatchObject({ name: 'DvcTimeoutError' });
    await expect(client.dossiers.create(dossierCreate)).resolves.toMatchObject({ receipt: { setCount: 1 } });
  });
});

describe('retries of POSTs', () => {
  it('never retries a POST without an Idempotency-Key', async () => {
    const server = createStubServer(() =>
      problem('service-unavailable', 503, { headers: { 'retry-after': '0' } }),
    );
    const client = createClient({ baseUrl, getToken: () => 't', fetch: server.fetch, retry: quick });
    await expect(client.ratings.rateLocation('loc-ba-dinh', { stars: 4 })).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('never retries an unkeyed POST after a network error either', async () => {
    const server = createStubServer(() => {
      throw new TypeError('socket hang up');
    });
    const client = createClient({ baseUrl, fetch: server.fetch, retry: quick });
    const error = await client.dossiers
      .lookup({ code: 'X', ownerPersonalId: '001203012345' })
      .catch((caught: unknown) => caught);
    expect(isDvcNetworkError(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a keyed POST on 409 request-in-progress, honouring Retry-After, with the same key', async () => {
    const clock = fakeClock();
    const server = createStubServer((_, index) => {
      clock.stamp();
      return index === 0
        ? problem('request-in-progress', 409, { headers: { 'retry-after': '1' } })
        : json(dossierCreated(), 201);
    });
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      retry: quick,
      idempotencyStore: createMemoryIdempotencyStore(),
    });
    const created = client.dossiers.create(dossierCreate);
    await clock.runUntilRequests(2);
    await expect(created).resolves.toMatchObject({ dossier: { status: 'SUBMITTED' } });
    const [gap] = clock.gaps();
    expect(gap).toBeGreaterThanOrEqual(1_000);
    expect(gap).toBeLessThan(1_050);
    const keys = server.requests.map((request) => request.headers.get('idempotency-key'));
    expect(keys[1]).toBe(keys[0]);
  });

  it('does not retry a keyed POST on another 409 (conflict) or on a 422', async () => {
    for (const answer of [() => problem('conflict', 409), () => problem('validation', 422)]) {
      const server = createStubServer(answer);
      const client = createClient({
        baseUrl,
        getToken: () => 't',
        fetch: server.fetch,
        retry: quick,
        idempotencyStore: createMemoryIdempotencyStore(),
      });
      await expect(client.dossiers.create(dossierCreate)).rejects.toMatchObject({ name: 'DvcApiError' });
      expect(server.requests).toHaveLength(1);
    }
  });

  it('retries a keyed POST whose answer was lost after the server committed; the server replays it', async () => {
    // A fault-injecting server: it stores the dossier under the key, then drops the connection.
    const stored = new Map<string, Response>();
    let created = 0;
    const server = createStubServer((request) => {
      const key = request.headers.get('idempotency-key') ?? '';
      const replay = stored.get(key);
      if (replay) return replay.clone();
      created++;
      stored.set(key, json(dossierCreated(), 201));
      throw new TypeError('connection reset after commit');
    });
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      retry: quick,
      idempotencyStore: createMemoryIdempotencyStore(),
    });
    await expect(client.dossiers.create(dossierCreate)).resolves.toMatchObject({
      dossier: { statusCode: 1 },
    });
    expect(created).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a keyed POST after a timeout', async () => {
    const server = createStubServer((request, index) =>
      index === 0 ? hang(request) : json(dossierCreated(), 201),
    );
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      timeout: { submit: 30 },
      retry: quick,
      idempotencyStore: createMemoryIdempotencyStore(),
    });
    await expect(client.dossiers.create(dossierCreate)).resolves.toBeDefined();
    expect(server.requests).toHaveLength(2);
  });
});
