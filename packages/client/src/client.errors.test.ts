import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { DvcApiError } from './errors/api-error.js';
import { DVC_ERROR_BRAND } from './errors/dvc-error.js';
import {
  isDvcApiError,
  isDvcError,
  isDvcNetworkError,
  isDvcResponseValidationError,
  isDvcTimeoutError,
} from './errors/guards.js';
import { DvcNetworkError } from './errors/network-error.js';
import { createStubServer, problem } from './testing/stub-server.js';

const baseUrl = 'http://dvc.test';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
}

describe('error mapping', () => {
  it('turns a problem+json answer into a DvcApiError with its fields', async () => {
    const fieldError = {
      pointer: '/owner/personalId',
      code: 'personal-id.birth-year-mismatch',
      message: {
        vi: 'Năm sinh không khớp với số định danh.',
        en: 'The birth year does not match the ID number.',
      },
    };
    const server = createStubServer(() =>
      problem('validation', 422, {
        errors: [fieldError],
        userMessage: { vi: 'Hồ sơ chưa hợp lệ.', en: 'The dossier is not valid.' },
      }),
    );
    const client = createClient({ baseUrl, fetch: server.fetch });
    const error = await failure(client.dossiers.lookup({ code: 'X', ownerPersonalId: '001203012345' }));

    expect(isDvcApiError(error)).toBe(true);
    if (!isDvcApiError(error)) return;
    expect(error).toBeInstanceOf(DvcApiError);
    expect(error.name).toBe('DvcApiError');
    expect(error.status).toBe(422);
    expect(error.type).toBe('https://dvc-kit.dev/problems/validation');
    expect(error.kind).toBe('validation');
    expect(error.errors).toEqual([fieldError]);
    expect(error.requestId).toBe('req-validation');
    expect(error.userMessage).toBe('Hồ sơ chưa hợp lệ.');
    expect(error.problem?.detail).toBe('Test problem validation');
    expect(error.request?.url).toBe('http://dvc.test/v1/dossier-lookups');
    expect(error.response.status).toBe(422);
    expect(error.message).toContain('422 validation');
  });

  it('picks the userMessage of the client’s locale', async () => {
    const server = createStubServer(() =>
      problem('not-found', 404, { userMessage: { vi: 'Không tìm thấy.', en: 'Not found.' } }),
    );
    const client = createClient({ baseUrl, fetch: server.fetch, locale: 'en' });
    const error = await failure(client.procedures.get('1.999999'));
    expect(isDvcApiError(error) && error.userMessage).toBe('Not found.');
    // Both languages stay at hand, so a page that switches language can re-word the error.
    expect(isDvcApiError(error) && error.userMessages).toEqual({ vi: 'Không tìm thấy.', en: 'Not found.' });
    expect(server.requests[0]?.headers.get('accept-language')).toBe('en');
  });

  it('maps a non-JSON error body (a gateway page) by its status, with a fallback message', async () => {
    const server = createStubServer(
      () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html', 'x-request-id': 'edge-42' },
        }),
    );
    const client = createClient({ baseUrl, fetch: server.fetch, retry: false });
    const error = await failure(client.wards.list());
    expect(isDvcApiError(error)).toBe(true);
    if (!isDvcApiError(error)) return;
    expect(error.kind).toBe('service-unavailable');
    expect(error.type).toBeUndefined();
    expect(error.problem).toBeUndefined();
    expect(error.errors).toEqual([]);
    expect(error.requestId).toBe('edge-42');
    expect(error.userMessage).toBe('Đã có lỗi xảy ra. Vui lòng thử lại sau.');
    expect(error.userMessages.en).toBe('Something went wrong. Please try again later.');
  });

  it('maps a problem type outside the contract to the kind its status implies', async () => {
    const server = createStubServer(
      () =>
        new Response(JSON.stringify({ type: 'about:blank', status: 403, title: 'Forbidden' }), {
          status: 403,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const client = createClient({ baseUrl, fetch: server.fetch });
    const error = await failure(client.partners.list());
    expect(isDvcApiError(error) && [error.kind, error.type]).toEqual(['forbidden', undefined]);
  });

  it('maps a failed fetch to DvcNetworkError, with the request and the cause', async () => {
    const cause = new TypeError('getaddrinfo ENOTFOUND dvc.test');
    const client = createClient({
      baseUrl,
      retry: false,
      fetch: async () => {
        throw cause;
      },
    });
    const error = await failure(client.fields.list());
    expect(isDvcNetworkError(error)).toBe(true);
    if (!isDvcNetworkError(error)) return;
    expect(error.name).toBe('DvcNetworkError');
    expect(error.cause).toBe(cause);
    expect(error.request?.url).toBe('http://dvc.test/v1/fields');
    expect(error.userMessage).toContain('Không kết nối được');
    expect(error.userMessages.en).toBe('Could not reach the server. Check the connection and try again.');
  });

  it('passes a caller’s abort through untouched', async () => {
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const client = createClient({
      baseUrl,
      fetch: (input) =>
        new Promise((_, reject) => {
          (input as Request).signal.addEventListener('abort', () => reject((input as Request).signal.reason));
          controller.abort(reason);
        }),
    });
    await expect(client.fields.list({ signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('error guards', () => {
  it('tell the classes apart', () => {
    const error = new DvcNetworkError({ request: undefined, cause: new TypeError('x'), locale: 'vi' });
    expect(isDvcError(error)).toBe(true);
    expect(isDvcNetworkError(error)).toBe(true);
    expect(isDvcApiError(error)).toBe(false);
    expect(isDvcTimeoutError(error)).toBe(false);
    expect(isDvcResponseValidationError(error)).toBe(false);
  });

  it('recognise an error from another copy of the package or another realm (no instanceof)', () => {
    // What a second bundle's DvcApiError looks like from here: another class, the same registry symbol.
    const foreign = Object.assign(new Error('x'), {
      name: 'DvcApiError',
      [Symbol.for('dvc-kit.error')]: 'DvcApiError',
    });
    expect(foreign).not.toBeInstanceOf(DvcApiError);
    expect(isDvcApiError(foreign)).toBe(true);
    expect(isDvcError(foreign)).toBe(true);
    expect(Symbol.for('dvc-kit.error')).toBe(DVC_ERROR_BRAND);
  });

  it('reject look-alikes without the brand, or with a brand that does not match the name', () => {
    expect(isDvcApiError(Object.assign(new Error('x'), { name: 'DvcApiError' }))).toBe(false);
    expect(isDvcApiError({ name: 'DvcApiError', [DVC_ERROR_BRAND]: 'DvcNetworkError' })).toBe(false);
    expect(isDvcError(null)).toBe(false);
    expect(isDvcError('DvcApiError')).toBe(false);
  });
});
