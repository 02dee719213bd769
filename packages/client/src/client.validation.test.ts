import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { isDvcResponseValidationError } from './errors/guards.js';
import { procedureDetail, procedurePage } from './testing/fixtures.js';
import { createStubServer, json } from './testing/stub-server.js';

const baseUrl = 'http://dvc.test';
const drifted = { ...procedurePage, total: '1' };

describe('response validation', () => {
  it('is on by default: a body that breaks the contract is a DvcResponseValidationError', async () => {
    const server = createStubServer(() => json(drifted));
    const client = createClient({ baseUrl, fetch: server.fetch });
    const error = await client.procedures.list().catch((caught: unknown) => caught);
    expect(isDvcResponseValidationError(error)).toBe(true);
    if (!isDvcResponseValidationError(error)) return;
    expect(error.issues.map((issue) => issue.path)).toEqual([['total']]);
    expect(error.body).toEqual(drifted);
    expect(error.response.status).toBe(200);
    expect(error.message).toContain('total');
    expect(error.userMessage).toContain('không đọc được');
  });

  it('checks nested data too (a procedure’s e-form)', async () => {
    const broken = {
      ...procedureDetail,
      eForm: {
        ...procedureDetail.eForm,
        fields: { childName: { type: 'date', title: { vi: 'x', en: 'x' } } },
      },
    };
    const server = createStubServer(() => json(broken));
    const client = createClient({ baseUrl, fetch: server.fetch });
    const error = await client.procedures.get('1.001193').catch((caught: unknown) => caught);
    expect(isDvcResponseValidationError(error) && error.issues[0]?.path).toEqual([
      'eForm',
      'fields',
      'childName',
      'type',
    ]);
  });

  it('drops members the contract does not know, so the app only sees contract data', async () => {
    const server = createStubServer(() => json({ ...procedurePage, debug: { sql: 'select 1' } }));
    const client = createClient({ baseUrl, fetch: server.fetch });
    await expect(client.procedures.list()).resolves.toEqual(procedurePage);
  });

  it('can be turned off: the body passes as sent', async () => {
    const server = createStubServer(() => json(drifted));
    const client = createClient({ baseUrl, fetch: server.fetch, validate: false });
    await expect(client.procedures.list()).resolves.toEqual(drifted);
  });

  it('reports a success body that is not JSON, even with validation off', async () => {
    const server = createStubServer(() => new Response('<html>captive portal</html>', { status: 200 }));
    const client = createClient({ baseUrl, fetch: server.fetch, validate: false });
    const error = await client.wards.list().catch((caught: unknown) => caught);
    expect(isDvcResponseValidationError(error)).toBe(true);
    expect(isDvcResponseValidationError(error) && error.body).toBe('<html>captive portal</html>');
  });
});
