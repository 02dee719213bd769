import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../sandbox.js';
import { readProblem } from '../testing/problem-response.js';
import { startTestSandbox } from '../testing/test-sandbox.js';

/** A limit small enough to reach in a test; the window is long so it cannot reset mid-test. */
const MAX = 5;

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimit: { max: MAX, windowMs: 60_000, lookupMax: MAX } });
});
afterAll(async () => {
  await sandbox.close();
});

function get(path: string, credential?: string): Promise<Response> {
  return fetch(
    `${sandbox.url}${path}`,
    credential ? { headers: { authorization: `Bearer ${credential}` } } : {},
  );
}

describe('the rate limit', () => {
  it('answers 429 rate-limited with Retry-After once a caller passes the limit', async () => {
    for (let request = 0; request < MAX; request++) {
      expect((await get('/v1/procedures?q=khai%20sinh')).status).toBe(200);
    }
    const response = await get('/v1/procedures?q=khai%20sinh');
    const retryAfter = Number(response.headers.get('retry-after'));
    const problem = await readProblem(response);
    expect([problem.status, problem.kind, problem.contractViolations]).toEqual([429, 'rate-limited', []]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // The window is a minute: the wait is never longer.
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(problem.body.retryAfterSeconds).toBe(retryAfter);
  });

  it('counts each credential on its own: another partner is not slowed by the first', async () => {
    for (let request = 0; request < MAX; request++) {
      expect((await get('/v1/partners', sandbox.secretKeys.BIDV)).status).toBe(200);
    }
    expect((await get('/v1/partners', sandbox.secretKeys.BIDV)).status).toBe(429);
    expect((await get('/v1/partners', sandbox.secretKeys.VNPT)).status).toBe(200);
  });
});
