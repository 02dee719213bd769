import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../sandbox.js';
import { readProblem } from '../testing/problem-response.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

// Embed tokens over real HTTP, against an operation that takes them (`POST /v1/attachments`, scope
// dossier:create). The sandbox's clock is injected so that a test can move it past a token's expiry.

let sandbox: RunningSandbox;
const START = new Date('2025-11-27T02:00:00.000Z');
let now = START;
const ORIGIN = 'http://localhost:5173';

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: () => now });
});
afterAll(async () => {
  await sandbox.close();
});

/** Uploads a minimal PDF with a credential, from a browser page at `origin` (none: a server). */
function upload(token: string, origin: string | null = ORIGIN): Promise<Response> {
  const form = new FormData();
  form.set('file', new Blob(['%PDF-1.7\n%%EOF\n'], { type: 'application/pdf' }), 'giay-to.pdf');
  return fetch(`${sandbox.url}/v1/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(origin ? { origin } : {}) },
    body: form,
  });
}

describe('embed tokens', () => {
  it('work from their origin with their scope (the baseline the refusals differ from)', async () => {
    now = START;
    const token = await mintEmbedToken(sandbox, { scopes: ['dossier:create'], ttlSeconds: 60 });
    expect((await upload(token)).status).toBe(201);
    // A server-to-server call sends no Origin; the token's other checks still apply.
    expect((await upload(token, null)).status).toBe(201);
  });

  it('are refused with token-expired once the clock passes their expiry', async () => {
    now = START;
    const token = await mintEmbedToken(sandbox, { scopes: ['dossier:create'], ttlSeconds: 60 });
    now = new Date(START.getTime() + 59_000);
    expect((await upload(token)).status).toBe(201);

    now = new Date(START.getTime() + 61_000);
    const problem = await readProblem(await upload(token));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([401, 'token-expired', []]);
    now = START;
  });

  it('are refused when signed with another secret', async () => {
    const forged = await new SignJWT({ scope: 'dossier:create', ap: null, staff: null })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('dvc-kit-sandbox')
      .setSubject('VNPOST')
      .setAudience(ORIGIN)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 600)
      .sign(new TextEncoder().encode('not-the-sandbox-secret-not-the-sandbox-secret'));
    const problem = await readProblem(await upload(forged));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([401, 'unauthorized', []]);
  });

  it('are refused when their payload was edited after signing', async () => {
    const token = await mintEmbedToken(sandbox, { scopes: ['dossier:read'] });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const widened = Buffer.from(JSON.stringify({ ...claims, scope: 'dossier:read dossier:create' })).toString(
      'base64url',
    );
    const problem = await readProblem(await upload(`${header}.${widened}.${signature}`));
    expect([problem.status, problem.kind]).toEqual([401, 'unauthorized']);
  });

  it.each(['garbage', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJWTlBPU1QifQ.', 'x'.repeat(4000)])(
    'are refused when malformed (%#)',
    async (token) => {
      const problem = await readProblem(await upload(token));
      expect([problem.status, problem.kind, problem.contractViolations]).toEqual([401, 'unauthorized', []]);
    },
  );

  it('are refused from another origin than the one they are bound to', async () => {
    const token = await mintEmbedToken(sandbox, { scopes: ['dossier:create'] });
    const problem = await readProblem(await upload(token, 'http://localhost:3000'));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([403, 'forbidden', []]);
    expect(problem.body.detail).toContain(ORIGIN);
  });

  it('are refused without the operation’s scope', async () => {
    const token = await mintEmbedToken(sandbox, { scopes: ['dossier:read', 'rating:create'] });
    const problem = await readProblem(await upload(token));
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([403, 'forbidden', []]);
    expect(problem.body.detail).toContain('dossier:create');
  });
});

describe('the Authorization header', () => {
  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer', 'Bearer '],
  ])('is refused with 401 when it has %s', async (_case, header) => {
    const response = await fetch(`${sandbox.url}/v1/attachments`, {
      method: 'POST',
      headers: header ? { authorization: header } : {},
      body: new FormData(),
    });
    const problem = await readProblem(response);
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([401, 'unauthorized', []]);
  });
});
