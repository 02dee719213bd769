import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './sandbox.js';
import { readProblem } from './testing/problem-response.js';
import { startTestSandbox } from './testing/test-sandbox.js';

// A client's mistake — whatever the bytes — gets a 4xx problem+json that conforms to the contract's
// `Problem`, never a 5xx, a hang or a closed server; a health check after each case proves the
// server still serves.

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

/**
 * Sends bytes exactly as given: `fetch` would normalise `..` segments and refuse odd headers. A fresh
 * connection per request, since the server closes one after a request it cannot parse.
 */
function rawRequest(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Response> {
  const { hostname, port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: hostname, port, method, path, headers: options.headers, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers }));
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const json = { 'content-type': 'application/json' };
const withKey = () => ({ ...json, authorization: `Bearer ${sandbox.secretKeys.VNPOST}` });

interface Case {
  name: string;
  send: () => Promise<Response>;
  status: number;
  kind: string;
}

const cases: Case[] = [
  // ——— bodies ———
  {
    name: 'malformed JSON',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: withKey(),
        body: '{"origin": "http://localhost:5173",',
      }),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'an empty JSON body',
    send: () => rawRequest('POST', '/v1/embed-sessions', { headers: withKey(), body: '' }),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'a JSON body with invalid UTF-8 bytes',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: withKey(),
        // {"origin":"<FF FE>","scopes":["dossier:read"]}: the bytes decode to replacement characters.
        body: Buffer.concat([
          Buffer.from('{"origin":"'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('","scopes":["dossier:read"]}'),
        ]),
      }),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a prototype-poisoning body',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: withKey(),
        body: '{"__proto__":{"admin":true},"origin":"http://localhost:5173","scopes":["dossier:read"]}',
      }),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'a JSON array instead of an object',
    send: () => rawRequest('POST', '/v1/embed-sessions', { headers: withKey(), body: '[1,2,3]' }),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'wrong types',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: withKey(),
        body: JSON.stringify({ origin: 42, scopes: 'dossier:read', ttlSeconds: '900' }),
      }),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'missing fields',
    send: () => rawRequest('POST', '/v1/embed-sessions', { headers: withKey(), body: '{}' }),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a body over the JSON limit',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: withKey(),
        body: JSON.stringify({
          origin: 'http://localhost:5173',
          scopes: ['dossier:read'],
          pad: 'x'.repeat(sandbox.config.jsonBodyLimit),
        }),
      }),
    status: 413,
    kind: 'payload-too-large',
  },
  {
    name: 'text/plain on a JSON operation',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${sandbox.secretKeys.VNPOST}` },
        body: 'origin=http://localhost:5173',
      }),
    status: 415,
    kind: 'unsupported-media-type',
  },
  {
    name: 'a form body on a JSON operation',
    send: () =>
      rawRequest('POST', '/v1/embed-sessions', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'origin=x',
      }),
    status: 415,
    kind: 'unsupported-media-type',
  },
  {
    name: 'a body without a content type',
    send: () => rawRequest('POST', '/v1/embed-sessions', { headers: {}, body: '{"origin":"x"}' }),
    status: 415,
    kind: 'unsupported-media-type',
  },
  // ——— paths and methods ———
  { name: 'an unknown path', send: () => rawRequest('GET', '/v1/dossier'), status: 404, kind: 'not-found' },
  {
    name: 'an unknown version',
    send: () => rawRequest('GET', '/v2/procedures'),
    status: 404,
    kind: 'not-found',
  },
  { name: 'the root without examples', send: () => rawRequest('GET', '/'), status: 404, kind: 'not-found' },
  {
    name: 'DELETE on a GET path',
    send: () => rawRequest('DELETE', '/v1/procedures'),
    status: 405,
    kind: 'method-not-allowed',
  },
  {
    name: 'PUT on a POST path',
    send: () => rawRequest('PUT', '/v1/embed-sessions', { headers: json, body: '{}' }),
    status: 405,
    kind: 'method-not-allowed',
  },
  {
    name: 'PATCH on a path with a parameter',
    send: () => rawRequest('PATCH', '/v1/procedures/1.001193', { headers: json, body: '{}' }),
    status: 405,
    kind: 'method-not-allowed',
  },
  // ——— query strings ———
  {
    name: 'a limit below 1',
    send: () => rawRequest('GET', '/v1/procedures?limit=0'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a limit that is no number',
    send: () => rawRequest('GET', '/v1/procedures?limit=1e999'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'an unknown enum value',
    send: () => rawRequest('GET', '/v1/locations?type=CAFE'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a missing required parameter',
    send: () => rawRequest('GET', '/v1/calendar/holidays'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a query string of 8 KB',
    send: () => rawRequest('GET', `/v1/procedures?q=${'khai%20sinh%20'.repeat(600)}`),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a URL over the 16 KB header limit',
    send: () => rawRequest('GET', `/v1/procedures?q=${'a'.repeat(20_000)}`),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'a forged cursor',
    send: () => rawRequest('GET', '/v1/procedures?cursor=eyJvIjoxMDAwMDAwMDAwMDAwMDAwMDAwMH0'),
    status: 422,
    kind: 'validation',
  },
  // ——— odd bytes and traversal in path parameters ———
  {
    name: 'an undecodable percent-escape',
    send: () => rawRequest('GET', '/v1/procedures/%FF'),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'a truncated percent-escape',
    send: () => rawRequest('GET', '/v1/procedures/1.00119%E'),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'a NUL byte in a code',
    send: () => rawRequest('GET', '/v1/procedures/1.001193%00'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'an encoded traversal in a code',
    send: () => rawRequest('GET', '/v1/procedures/..%2F..%2F..%2Fetc%2Fpasswd'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a literal traversal after a code',
    send: () => rawRequest('GET', '/v1/procedures/../../../etc/passwd'),
    status: 404,
    kind: 'not-found',
  },
  {
    name: 'a Windows-style traversal',
    send: () => rawRequest('GET', '/v1/procedures/..%5C..%5Cwindows%5Cwin.ini'),
    status: 422,
    kind: 'validation',
  },
  {
    name: 'a code over the router’s parameter limit',
    send: () => rawRequest('GET', `/v1/procedures/${'1'.repeat(500)}`),
    status: 400,
    kind: 'malformed-request',
  },
  {
    name: 'non-ASCII text in a code',
    send: () => rawRequest('GET', `/v1/procedures/${encodeURIComponent('Đăng ký')}`),
    status: 422,
    kind: 'validation',
  },
];

describe('the server answers every client mistake with a 4xx problem and keeps serving', () => {
  it.each(cases)('$name → $status $kind', async ({ send, status, kind }) => {
    const problem = await readProblem(await send());
    expect(problem.status).toBe(status);
    expect(problem.kind).toBe(kind);
    expect(problem.contentType).toMatch(/^application\/problem\+json/);
    expect(problem.contractViolations).toEqual([]);
    expect(problem.body.requestId).toMatch(/^req_/);

    const health = await fetch(`${sandbox.url}/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('names the allowed methods in Allow on a 405', async () => {
    const response = await rawRequest('DELETE', '/v1/procedures');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('answers valid bytes in an odd encoding of a query as a plain search', async () => {
    // `%FF%FE` decodes to replacement characters: nothing to search for, so nothing found — not an error.
    const response = await rawRequest('GET', '/v1/procedures?q=%FF%FE');
    expect(response.status).toBe(200);
  });

  it('survives a burst of bad requests in parallel', async () => {
    const answers = await Promise.all(cases.map(({ send }) => send().then((response) => response.status)));
    expect(answers.every((status) => status >= 400 && status < 500)).toBe(true);
    expect((await fetch(`${sandbox.url}/v1/health`)).status).toBe(200);
  });
});
