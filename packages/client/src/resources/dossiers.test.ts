import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { isDvcApiError } from '../errors/guards.js';
import { bodyHash } from '../idempotency/body-hash.js';
import type { IdempotencyEntry } from '../idempotency/idempotency-store.js';
import { createMemoryIdempotencyStore } from '../idempotency/memory-store.js';
import { dossierCreate, dossierCreated, dossierStatusView } from '../testing/fixtures.js';
import { createStubServer, json, problem } from '../testing/stub-server.js';

const baseUrl = 'http://dvc.test';
const quick = { baseDelayMs: 1, maxDelayMs: 2 };

function setup(handler: Parameters<typeof createStubServer>[0], retry: { attempts?: number } = {}) {
  const store = createMemoryIdempotencyStore();
  const server = createStubServer(handler);
  const client = createClient({
    baseUrl,
    getToken: () => 'embed-token',
    fetch: server.fetch,
    idempotencyStore: store,
    retry: { ...quick, ...retry },
  });
  return { store, server, client };
}

const keyOf = (request: { headers: Headers } | undefined) => request?.headers.get('idempotency-key');

describe('dossiers.create — exactly once', () => {
  it('persists the key before the first attempt is sent', async () => {
    let storedAtFirstAttempt: IdempotencyEntry[] = [];
    const { store, server, client } = setup(async () => {
      storedAtFirstAttempt = await store.list();
      return json(dossierCreated(), 201);
    });
    await client.dossiers.create(dossierCreate);
    expect(storedAtFirstAttempt).toHaveLength(1);
    const [entry] = storedAtFirstAttempt;
    expect(entry?.key).toBe(keyOf(server.requests[0]));
    expect(entry?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry?.state).toBe('pending');
    expect(entry?.bodyHash).toBe(await bodyHash(dossierCreate));
    expect(Date.parse(entry?.createdAt ?? '')).toBeLessThanOrEqual(Date.now());
    // Finished: the entry is gone, so a deliberate second submission gets a new key.
    expect(await store.list()).toEqual([]);
  });

  it('resumes an unfinished submission of the same body with the same key', async () => {
    const { store, server, client } = setup(
      (_, index) => (index < 2 ? problem('service-unavailable', 503) : json(dossierCreated(), 201)),
      { attempts: 2 },
    );
    const error = await client.dossiers.create(dossierCreate).catch((caught: unknown) => caught);
    expect(isDvcApiError(error) && error.status).toBe(503);
    const key = keyOf(server.requests[0]);
    // The error says which key to resume with, and the store remembers that the outcome is unknown.
    expect(isDvcApiError(error) && error.idempotencyKey).toBe(key);
    expect(await store.list()).toMatchObject([{ key, state: 'uncertain' }]);

    // The same body, e.g. after a reload (key order and Unicode form do not matter).
    const { owner, ...rest } = dossierCreate;
    const reordered = {
      owner: { ...owner, fullName: 'Nguye\u0302\u0303n Va\u0306n An'.normalize('NFD') },
      ...rest,
    };
    await client.dossiers.create(reordered);
    expect(server.requests.map(keyOf)).toEqual([key, key, key]);
    expect(await store.list()).toEqual([]);
  });

  it('uses a new key for a different body', async () => {
    const { server, client } = setup(() => json(dossierCreated(), 201));
    await client.dossiers.create(dossierCreate);
    await client.dossiers.create({ ...dossierCreate, clientReference: 'quay-2' });
    expect(keyOf(server.requests[0])).not.toBe(keyOf(server.requests[1]));
  });

  it('survives a restart: a new client over the same store resumes with the stored key', async () => {
    const store = createMemoryIdempotencyStore();
    const hash = await bodyHash(dossierCreate);
    await store.put({
      key: 'key-from-before-the-crash',
      bodyHash: hash,
      createdAt: new Date().toISOString(),
      state: 'pending',
    });
    const server = createStubServer(() => json(dossierCreated(), 201));
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      idempotencyStore: store,
    });
    await client.dossiers.create(dossierCreate);
    expect(keyOf(server.requests[0])).toBe('key-from-before-the-crash');
  });

  it('does not resume with a key older than the server keeps keys (7 days)', async () => {
    const store = createMemoryIdempotencyStore();
    const hash = await bodyHash(dossierCreate);
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString();
    await store.put({ key: 'stale-key', bodyHash: hash, createdAt: eightDaysAgo, state: 'uncertain' });
    const server = createStubServer(() => json(dossierCreated(), 201));
    const client = createClient({
      baseUrl,
      getToken: () => 't',
      fetch: server.fetch,
      idempotencyStore: store,
    });
    await client.dossiers.create(dossierCreate);
    expect(keyOf(server.requests[0])).not.toBe('stale-key');
  });

  it('forgets the key after a definitive refusal (nothing was created)', async () => {
    const { store, client } = setup(() => problem('validation', 422));
    await expect(client.dossiers.create(dossierCreate)).rejects.toMatchObject({
      kind: 'validation',
      idempotencyKey: expect.any(String),
    });
    expect(await store.list()).toEqual([]);
  });

  it('uses the caller’s key and leaves the store alone', async () => {
    const { store, server, client } = setup(() => json(dossierCreated(), 201));
    await client.dossiers.create(dossierCreate, { idempotencyKey: 'outbox-item-key-1' });
    expect(keyOf(server.requests[0])).toBe('outbox-item-key-1');
    expect(await store.list()).toEqual([]);
  });

  it('shares one submission between identical bodies sent at once (a double tap)', async () => {
    const { server, client } = setup(() => json(dossierCreated(), 201));
    const [first, second] = await Promise.all([
      client.dossiers.create(dossierCreate),
      client.dossiers.create(dossierCreate),
    ]);
    expect(first).toBe(second);
    expect(server.requests).toHaveLength(1);
  });

  it('sends the body in NFC, with the key and the token', async () => {
    const { server, client } = setup(() => json(dossierCreated(), 201));
    const decomposed = { ...dossierCreate, formData: { childName: 'Nguyê\u0303n Thi\u0323 Bi\u0300nh' } };
    await client.dossiers.create(decomposed);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/v1/dossiers');
    expect(request?.headers.get('authorization')).toBe('Bearer embed-token');
    expect(request?.body).toMatchObject({ formData: { childName: 'Nguyễn Thị Bình' } });
  });

  it('still submits when the store fails (and warns): a full storage must not block a citizen', async () => {
    const server = createStubServer(() => json(dossierCreated(), 201));
    const broken = {
      get: async () => {
        throw new Error('QuotaExceededError');
      },
      put: async () => {
        throw new Error('QuotaExceededError');
      },
      delete: async () => undefined,
      list: async () => [],
    };
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const client = createClient({
        baseUrl,
        getToken: () => 't',
        fetch: server.fetch,
        idempotencyStore: broken,
      });
      await expect(client.dossiers.create(dossierCreate)).resolves.toBeDefined();
    } finally {
      console.warn = warn;
    }
    expect(server.requests).toHaveLength(1);
    expect(warnings.length).toBeGreaterThan(0);
  });
});

describe('dossiers — other operations', () => {
  it('looks a dossier up with a POST: the ID number never goes into the URL, and no token', async () => {
    const { server, client } = setup(() => json(dossierStatusView));
    const lookup = { code: ' 000.00.24.H26-251127-0001 ', ownerPersonalId: '001203012345' };
    await expect(client.dossiers.lookup(lookup)).resolves.toEqual(dossierStatusView);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe('http://dvc.test/v1/dossier-lookups');
    expect(request?.url.href).not.toContain('001203012345');
    expect(request?.body).toEqual(lookup);
    expect(request?.headers.get('authorization')).toBeNull();
  });

  it('reads, supplements, withdraws and prints receipts at the contract’s paths', async () => {
    const code = '000.00.24.H26-251127-0001';
    const created = dossierCreated(code);
    const { server, client } = setup((request) => {
      if (request.url.pathname.endsWith('/receipt')) return json(created.receipt);
      if (request.method === 'POST') return json(dossierStatusView);
      if (request.url.pathname === '/v1/dossiers') return json({ items: [], nextCursor: null });
      return json(created.dossier);
    });
    await client.dossiers.get(code);
    await client.dossiers.list({ status: 'SUPPLEMENT_REQUESTED', limit: 10 });
    await client.dossiers.supplement(code, {
      ownerPersonalId: '001203012345',
      attachments: [{ documentCode: 'TP1', attachmentId: 'att_x1' }],
    });
    await client.dossiers.withdraw(code, { ownerPersonalId: '001203012345', reason: 'Nộp nhầm thủ tục' });
    await client.dossiers.receipt(code);
    expect(
      server.requests.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`),
    ).toEqual([
      `GET /v1/dossiers/${code}`,
      'GET /v1/dossiers?status=SUPPLEMENT_REQUESTED&limit=10',
      `POST /v1/dossiers/${code}/supplements`,
      `POST /v1/dossiers/${code}/withdrawal`,
      `GET /v1/dossiers/${code}/receipt`,
    ]);
    expect(
      server.requests.every((request) => request.headers.get('authorization') === 'Bearer embed-token'),
    ).toBe(true);
  });
});
