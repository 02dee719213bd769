// Calls from an example page to its partner backend (same origin): JSON in, JSON or RFC 9457
// problem+json out. The backend's session cookie is HttpOnly and SameSite=Strict: the page never sees
// it, the browser sends it.

/** @typedef {{ vi: string, en: string }} PageText */
/** @typedef {{ pointer: string, code: string, message: PageText }} FieldProblem */

const UNREACHABLE = {
  vi: 'Không kết nối được máy chủ của đối tác. Kiểm tra mạng rồi thử lại.',
  en: "Could not reach the partner's server. Check the network and try again.",
};

/** A failed call: the backend's problem (status, user-safe message, per-field errors) or no answer. */
export class BackendProblem extends Error {
  /**
   * @param {string} message - for developers
   * @param {{ status: number, userMessage: PageText, errors?: FieldProblem[] }} details
   */
  constructor(message, details) {
    super(message);
    this.name = 'BackendProblem';
    /** The HTTP status, 0 when the backend did not answer. */
    this.status = details.status;
    /** @type {PageText} */
    this.userMessage = details.userMessage;
    /** @type {FieldProblem[]} */
    this.errors = details.errors ?? [];
  }
}

/**
 * Calls the backend; resolves with the JSON answer (`undefined` for 204), rejects with a
 * {@link BackendProblem}.
 *
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [options]
 */
export async function callBackend(path, { method = 'GET', body } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new BackendProblem(`${method} ${path}: ${String(error)}`, { status: 0, userMessage: UNREACHABLE });
  }
  if (response.status === 204) return undefined;
  const answer = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new BackendProblem(`${method} ${path}: ${response.status} ${answer?.detail ?? ''}`, {
      status: response.status,
      userMessage: answer?.userMessage ?? UNREACHABLE,
      errors: answer?.errors,
    });
  }
  return answer;
}

/**
 * The `getToken` of a page's dvc-kit client: asks the backend for a fresh embed token. The client calls
 * it at its first authenticated request and again when a token expires (15 minutes at most).
 *
 * @param {string} path - the backend's token route
 * @returns {() => Promise<string>}
 */
export function embedTokenFrom(path) {
  return async () => (await callBackend(path, { method: 'POST' })).token;
}
