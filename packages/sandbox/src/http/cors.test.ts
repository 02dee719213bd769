import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../sandbox.js';
import { startTestSandbox } from '../testing/test-sandbox.js';

let sandbox: RunningSandbox;
const ALLOWED = 'http://localhost:5173';
const DISALLOWED = 'https://evil.example';

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

function preflight(origin: string, method = 'POST'): Promise<Response> {
  return fetch(`${sandbox.url}/v1/dossiers`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });
}

describe('CORS', () => {
  it('lets an allowed origin send credentials and the idempotency key', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowedHeaders = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const header of ['authorization', 'content-type', 'idempotency-key']) {
      expect(allowedHeaders).toContain(header);
    }
  });

  it('gives an allowed origin the response headers a client reads', async () => {
    const response = await fetch(`${sandbox.url}/v1/procedures/1.001193`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const exposed = response.headers.get('access-control-expose-headers')?.toLowerCase() ?? '';
    expect(exposed).toContain('etag');
    expect(exposed).toContain('x-request-id');
    expect(response.headers.get('vary')?.toLowerCase()).toContain('origin');
  });

  it('accepts any port of a localhost pattern', async () => {
    const response = await preflight('http://127.0.0.1:61234');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:61234');
  });

  it('does not allow another origin, on the preflight or the request', async () => {
    const response = await preflight(DISALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const request = await fetch(`${sandbox.url}/v1/procedures/1.001193`, { headers: { origin: DISALLOWED } });
    expect(request.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not mistake a look-alike host for an allowed one', async () => {
    const response = await preflight('http://localhost.evil.example:5173');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
