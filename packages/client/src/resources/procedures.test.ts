import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { procedureDetail, procedurePage } from '../testing/fixtures.js';
import { createStubServer, json } from '../testing/stub-server.js';

const baseUrl = 'http://dvc.test/api/';

describe('procedures', () => {
  it('lists with the query as search parameters, normalised to NFC, under the base URL’s path', async () => {
    const server = createStubServer(() => json(procedurePage));
    const client = createClient({ baseUrl, fetch: server.fetch });
    await client.procedures.list({
      q: 'Đa\u0306ng ky\u0301',
      level: 'COMMUNE',
      agentAssisted: true,
      limit: 5,
    });
    const url = server.requests[0]?.url;
    expect(url?.pathname).toBe('/api/v1/procedures');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      q: 'Đăng ký',
      level: 'COMMUNE',
      agentAssisted: 'true',
      limit: '5',
    });
  });

  it('revalidates with If-None-Match and returns the cached body on 304', async () => {
    const server = createStubServer((request) =>
      request.headers.get('if-none-match') === '"v1"'
        ? new Response(null, { status: 304, headers: { etag: '"v1"' } })
        : json(procedureDetail, 200, { etag: '"v1"' }),
    );
    const client = createClient({ baseUrl, fetch: server.fetch });
    const first = await client.procedures.get('1.001193');
    const second = await client.procedures.get('1.001193');
    expect(second).toEqual(procedureDetail);
    expect(second).toBe(first);
    expect(server.requests.map((request) => request.headers.get('if-none-match'))).toEqual([null, '"v1"']);
  });

  it('keeps one ETag per URL: another query is not revalidated with it', async () => {
    const server = createStubServer(() => json(procedurePage, 200, { etag: '"page"' }));
    const client = createClient({ baseUrl, fetch: server.fetch });
    await client.procedures.list({ q: 'khai sinh' });
    await client.procedures.list({ q: 'kết hôn' });
    await client.procedures.list({ q: 'khai sinh' });
    expect(server.requests.map((request) => request.headers.get('if-none-match'))).toEqual([
      null,
      null,
      '"page"',
    ]);
  });

  it('takes the new body and ETag when the resource changed', async () => {
    const renamed = { ...procedurePage, total: 2, items: [...procedurePage.items, ...procedurePage.items] };
    const server = createStubServer((_, index) =>
      index === 0 ? json(procedurePage, 200, { etag: '"v1"' }) : json(renamed, 200, { etag: '"v2"' }),
    );
    const client = createClient({ baseUrl, fetch: server.fetch });
    await client.procedures.list();
    await expect(client.procedures.list()).resolves.toEqual(renamed);
    await client.procedures.list();
    expect(server.requests[2]?.headers.get('if-none-match')).toBe('"v2"');
  });

  it('encodes the code as one path segment', async () => {
    const server = createStubServer(() => json(procedureDetail));
    const client = createClient({ baseUrl, fetch: server.fetch });
    await client.procedures.get('1.001193/../x');
    expect(server.requests[0]?.url.pathname).toBe('/api/v1/procedures/1.001193%2F..%2Fx');
  });
});
