import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServerClient } from './server.js';
import { dossierCreated } from './testing/fixtures.js';
import { createStubServer, json } from './testing/stub-server.js';

const session = {
  token: 'eyJhbGciOiJFUzI1NiJ9.e30.sig',
  expiresAt: '2025-11-27T09:15:00+07:00',
  scopes: ['dossier:create', 'dossier:read'],
  origin: 'https://quay.vnpost.vn',
  partnerCode: 'VNPOST',
  agentPointId: 'loc-vnpost-ba-dinh-01',
  staff: { id: 'nv-0042', fullName: 'Trần Thị Bích' },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('createServerClient', () => {
  it('mints an embed session with the secret key, sending the NFC body as given', async () => {
    const server = createStubServer(() => json(session, 201));
    const dvc = createServerClient({
      baseUrl: 'http://dvc.test',
      secretKey: 'sk_test_vnpost',
      fetch: server.fetch,
    });
    const staff = { id: 'nv-0042', fullName: 'Trần Thị Bích'.normalize('NFD') };
    const created = await dvc.embedSessions.create({
      origin: 'https://quay.vnpost.vn',
      scopes: ['dossier:create', 'dossier:read'],
      agentPointId: 'loc-vnpost-ba-dinh-01',
      staff,
    });
    expect(created).toEqual(session);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/v1/embed-sessions');
    expect(request?.headers.get('authorization')).toBe('Bearer sk_test_vnpost');
    // ttlSeconds left out: the server applies the contract's default.
    expect(request?.body).toEqual({
      origin: 'https://quay.vnpost.vn',
      scopes: ['dossier:create', 'dossier:read'],
      agentPointId: 'loc-vnpost-ba-dinh-01',
      staff: { id: 'nv-0042', fullName: 'Trần Thị Bích' },
    });
  });

  it('reads the partner’s own dossiers and receipts with the secret key', async () => {
    const created = dossierCreated();
    const server = createStubServer((request) => {
      if (request.url.pathname.endsWith('/receipt')) return json(created.receipt);
      if (request.url.pathname === '/v1/dossiers') return json({ items: [], nextCursor: null });
      return json(created.dossier);
    });
    const dvc = createServerClient({
      baseUrl: 'http://dvc.test',
      secretKey: 'sk_test_vnpost',
      fetch: server.fetch,
    });
    await dvc.dossiers.list({ agentPointId: 'loc-vnpost-ba-dinh-01' });
    await dvc.dossiers.get(created.dossier.code);
    await dvc.dossiers.receipt(created.dossier.code);
    expect(server.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer sk_test_vnpost',
      'Bearer sk_test_vnpost',
      'Bearer sk_test_vnpost',
    ]);
  });

  it('refuses to load where there is a window: secret keys stay on servers', async () => {
    vi.stubGlobal('window', {});
    vi.resetModules();
    await expect(import('./server.js')).rejects.toThrow(/must run on your server only/);
  });
});
