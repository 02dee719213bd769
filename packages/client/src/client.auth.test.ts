import { describe, expect, it, vi } from 'vitest';
import { createClient } from './client.js';
import { isDvcApiError } from './errors/guards.js';
import { createMemoryIdempotencyStore } from './idempotency/memory-store.js';
import { dossierCreate, dossierCreated, dossierStatusView, procedurePage } from './testing/fixtures.js';
import { createStubServer, json, problem } from './testing/stub-server.js';

const baseUrl = 'http://dvc.test';

describe('authentication', () => {
  it('sends no token on public operations and does not even ask for one', async () => {
    const getToken = vi.fn(() => 'embed-token');
    const server = createStubServer((request) =>
      request.url.pathname === '/v1/dossier-lookups' ? json(dossierStatusView) : json(procedurePage),
    );
    const client = createClient({ baseUrl, getToken, fetch: server.fetch });
    await client.procedures.list({ q: 'khai sinh' });
    await client.dossiers.lookup({ code: '000.00.24.H26-251127-0001', ownerPersonalId: '001203012345' });
    expect(server.requests.map((request) => request.headers.get('authorization'))).toEqual([null, null]);
    expect(getToken).not.toHaveBeenCalled();
  });

  it('sends the embed token as a bearer token on authenticated operations', async () => {
    const server = createStubServer(() => json({ items: [], nextCursor: null }));
    const client = createClient({ baseUrl, getToken: () => 'embed-token', fetch: server.fetch });
    await client.dossiers.list({ status: 'RECEIVED' });
    expect(server.requests[0]?.headers.get('authorization')).toBe('Bearer embed-token');
  });

  it('refreshes an expired token once for concurrent requests and repeats each request once', async () => {
    let issued = 0;
    const getToken = vi.fn(async () => `token-${++issued}`);
    const server = createStubServer((request) =>
      request.headers.get('authorization') === 'Bearer token-1'
        ? problem('token-expired', 401)
        : json({ items: [], nextCursor: null }),
    );
    const client = createClient({ baseUrl, getToken, fetch: server.fetch });

    const pages = await Promise.all([client.dossiers.list(), client.dossiers.list(), client.dossiers.list()]);

    expect(pages).toHaveLength(3);
    // One call for the first token, one shared refresh.
    expect(getToken).toHaveBeenCalledTimes(2);
    const tokens = server.requests.map((request) => request.headers.get('authorization'));
    expect(tokens.filter((token) => token === 'Bearer token-1')).toHaveLength(3);
    expect(tokens.filter((token) => token === 'Bearer token-2')).toHaveLength(3);
  });

  it('repeats an unkeyed POST after a refresh (a 401 means nothing was done) but only once', async () => {
    const server = createStubServer(() => problem('token-expired', 401));
    const client = createClient({ baseUrl, getToken: () => 'always-expired', fetch: server.fetch });
    const error = await client.ratings
      .rateLocation('loc-ba-dinh', { stars: 5 })
      .catch((caught: unknown) => caught);
    expect(isDvcApiError(error) && error.kind).toBe('token-expired');
    expect(server.requests).toHaveLength(2);
  });

  it('does not refresh on other 401s', async () => {
    const getToken = vi.fn(() => 'revoked');
    const server = createStubServer(() => problem('unauthorized', 401));
    const client = createClient({ baseUrl, getToken, fetch: server.fetch });
    await expect(client.dossiers.get('X')).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(server.requests).toHaveLength(1);
  });

  it('keys a submission the same way across a token refresh', async () => {
    const server = createStubServer((request) =>
      request.headers.get('authorization') === 'Bearer old'
        ? problem('token-expired', 401)
        : json(dossierCreated(), 201),
    );
    let token = 'old';
    const client = createClient({
      baseUrl,
      getToken: () => {
        const current = token;
        token = 'new';
        return current;
      },
      fetch: server.fetch,
      idempotencyStore: createMemoryIdempotencyStore(),
    });
    await client.dossiers.create(dossierCreate);
    const keys = server.requests.map((request) => request.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });
});
