import { readFileSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import type { RunningSandbox } from '../sandbox.js';
import { readProblem } from '../testing/problem-response.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

let sandbox: RunningSandbox;
const validator = new ContractValidator();
/** The sandbox's clock stands still, so expiry times are exact. */
const NOW = new Date('2025-11-27T02:30:00.000Z');
const ORIGIN = 'http://localhost:5173';
const ALL_SCOPES = ['dossier:create', 'dossier:read', 'dossier:update', 'rating:create', 'sandbox:simulate'];

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: () => NOW });
});
afterAll(async () => {
  await sandbox.close();
});

/** Posts an embed session request with a credential (the VNPost secret key by default; `null` for none). */
function createSession(
  body: unknown,
  credential: string | null = sandbox.secretKeys.VNPOST,
): Promise<Response> {
  return fetch(`${sandbox.url}/v1/embed-sessions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

describe('POST /v1/embed-sessions — the happy path', () => {
  it('exchanges a secret key for an origin-bound, scoped embed token', async () => {
    const response = await createSession({ origin: ORIGIN, scopes: ['dossier:create', 'dossier:read'] });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = (await response.json()) as Record<string, unknown> & { token: string };
    expect(validator.validateComponent('EmbedSession', session)).toEqual([]);
    expect(session).toMatchObject({
      // The contract's default lifetime: 15 minutes.
      expiresAt: new Date(NOW.getTime() + 900_000).toISOString(),
      scopes: ['dossier:create', 'dossier:read'],
      origin: ORIGIN,
      partnerCode: 'VNPOST',
      agentPointId: null,
      staff: null,
    });
    const claims = decodeJwt(session.token);
    expect(claims).toMatchObject({ sub: 'VNPOST', aud: ORIGIN, exp: NOW.getTime() / 1000 + 900 });
  });

  it('binds a counter session to one of the partner’s agent points and its staff member', async () => {
    const staff = { id: 'nv-0042', fullName: 'Trần Thị Bích Ngọc' };
    const response = await createSession({
      origin: ORIGIN,
      scopes: ALL_SCOPES,
      agentPointId: 'loc-agent-vnpost-01',
      staff,
      ttlSeconds: 300,
    });
    expect(response.status).toBe(201);
    const session = await response.json();
    expect(validator.validateComponent('EmbedSession', session)).toEqual([]);
    expect(session).toMatchObject({
      agentPointId: 'loc-agent-vnpost-01',
      staff,
      expiresAt: new Date(NOW.getTime() + 300_000).toISOString(),
    });
  });

  it('stores the staff member’s name in NFC', async () => {
    const response = await createSession({
      origin: ORIGIN,
      scopes: ['dossier:create'],
      agentPointId: 'loc-agent-vnpost-01',
      staff: { id: 'nv-1', fullName: 'Nguyễn Văn An'.normalize('NFD') },
    });
    const session = (await response.json()) as { staff: { fullName: string } };
    expect(session.staff.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it.each(['EmbedSessionCreate.json', 'EmbedSessionCreate.citizen-app.json'])(
    'accepts the contract’s example request %s',
    async (file) => {
      const example = JSON.parse(
        readFileSync(new URL(`../../../../openapi/examples/${file}`, import.meta.url), 'utf8'),
      );
      const response = await createSession(example);
      expect(response.status).toBe(201);
      expect(validator.validateComponent('EmbedSession', await response.json())).toEqual([]);
    },
  );

  it('accepts any port of an allowed localhost pattern', async () => {
    expect((await createSession({ origin: 'http://127.0.0.1:8080', scopes: ['dossier:read'] })).status).toBe(
      201,
    );
  });

  it('mints a token the dossier endpoints accept, scoped to the partner', async () => {
    const token = await mintEmbedToken(sandbox, {
      partner: 'VIETTEL_POST',
      agentPointId: 'loc-agent-viettel-post-01',
    });
    const response = await fetch(`${sandbox.url}/v1/dossiers`, {
      headers: { authorization: `Bearer ${token}`, origin: ORIGIN },
    });
    expect(response.status).toBe(200);
    expect(validator.validateComponent('DossierPage', await response.json())).toEqual([]);
  });
});

describe('POST /v1/embed-sessions — refusals', () => {
  it('refuses an origin outside the allowed list with 403', async () => {
    const problem = await readProblem(
      await createSession({ origin: 'https://evil.example', scopes: ['dossier:read'] }),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([403, 'forbidden', []]);
    expect(problem.body.detail).toContain('https://evil.example');
  });

  it.each([
    'http://localhost:5173/',
    'http://localhost:5173/app',
    'http://localhost:5173?x=1',
    'HTTP://LOCALHOST:5173',
  ])('refuses the non-bare origin %j with a 422 at /origin', async (origin) => {
    const problem = await readProblem(await createSession({ origin, scopes: ['dossier:read'] }));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.[0]?.pointer).toBe('/origin');
  });

  it('refuses another partner’s agent point with 403', async () => {
    const problem = await readProblem(
      await createSession({ origin: ORIGIN, scopes: ['dossier:create'], agentPointId: 'loc-agent-bidv-01' }),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([403, 'forbidden', []]);
  });

  it('refuses a location that is not an agent point with 403', async () => {
    const problem = await readProblem(
      await createSession({ origin: ORIGIN, scopes: ['dossier:create'], agentPointId: 'loc-head-office' }),
    );
    expect([problem.status, problem.kind]).toEqual([403, 'forbidden']);
  });

  it('refuses an unknown agent point with a 422 at /agentPointId', async () => {
    const problem = await readProblem(
      await createSession({
        origin: ORIGIN,
        scopes: ['dossier:create'],
        agentPointId: 'loc-agent-nowhere-99',
      }),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.[0]?.pointer).toBe('/agentPointId');
  });

  it('refuses staff without an agent point with a 422 at /staff', async () => {
    const problem = await readProblem(
      await createSession({
        origin: ORIGIN,
        scopes: ['dossier:create'],
        staff: { id: 'nv-1', fullName: 'Lê Văn Tám' },
      }),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.[0]?.pointer).toBe('/staff');
  });

  it.each([
    [{ origin: ORIGIN, scopes: ['dossier:read'], ttlSeconds: 901 }, '/ttlSeconds'],
    [{ origin: ORIGIN, scopes: ['dossier:read'], ttlSeconds: 59 }, '/ttlSeconds'],
    [{ origin: ORIGIN, scopes: [] }, '/scopes'],
    [{ origin: ORIGIN, scopes: ['dossier:delete'] }, '/scopes/0'],
    [{ origin: ORIGIN }, '/scopes'],
    [{ origin: 'not an origin', scopes: ['dossier:read'] }, '/origin'],
    [{ origin: ORIGIN, scopes: ['dossier:read'], role: 'admin' }, '/role'],
  ])('refuses %j with a 422 at %s', async (body, pointer) => {
    const problem = await readProblem(await createSession(body));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([422, 'validation', []]);
    expect(problem.body.errors?.map((error) => error.pointer)).toContain(pointer);
  });

  it('refuses an embed token with 403: a token cannot mint another', async () => {
    const token = await mintEmbedToken(sandbox, { scopes: ALL_SCOPES });
    const problem = await readProblem(
      await createSession({ origin: ORIGIN, scopes: ['dossier:read'] }, token),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([403, 'forbidden', []]);
  });

  it('refuses an unknown secret key with 401', async () => {
    const problem = await readProblem(
      await createSession({ origin: ORIGIN, scopes: ['dossier:read'] }, 'sk_test_nobody_0000000000000000'),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([401, 'unauthorized', []]);
  });

  it('refuses a request without credentials with 401', async () => {
    const problem = await readProblem(
      await createSession({ origin: ORIGIN, scopes: ['dossier:read'] }, null),
    );
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([401, 'unauthorized', []]);
  });
});
