import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractOperations } from '../contract/contract.js';
import type { RunningSandbox } from '../sandbox.js';
import { startTestSandbox } from '../testing/test-sandbox.js';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

describe('the sandbox implements the contract', () => {
  it.each(contractOperations().map((operation) => [operation.operationId, operation] as const))(
    '%s has a route',
    (_operationId, operation) => {
      expect(sandbox.app.hasRoute({ method: operation.method, url: operation.routePath })).toBe(true);
    },
  );

  it('does not report a route that is not registered (the check above can fail)', () => {
    expect(sandbox.app.hasRoute({ method: 'GET', url: '/v1/not-an-operation' })).toBe(false);
    expect(sandbox.app.hasRoute({ method: 'DELETE', url: '/v1/procedures' })).toBe(false);
  });
});
