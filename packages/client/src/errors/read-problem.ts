import type { components } from '../generated/openapi.js';

type Problem = components['schemas']['Problem'];

/**
 * Reads an error response's body as problem details. Not schema-validated on purpose: an error body
 * that strays from the contract must still become a `DvcApiError` with whatever it does say, and a body
 * that is not JSON at all (a proxy's HTML page) gives `undefined`.
 */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const body: unknown = JSON.parse(await response.text());
    return typeof body === 'object' && body !== null && typeof (body as Problem).type === 'string'
      ? (body as Problem)
      : undefined;
  } catch {
    return undefined;
  }
}
