import type { IncomingMessage } from 'node:http';
import { PartnerProblem } from './problem.js';

/** Host names this backend answers to by default: the loopback ones a developer opens. */
export const LOOPBACK_HOSTNAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

/**
 * The web origin of the page that made the request, as the browser sees this backend
 * (`http://127.0.0.1:4020`), from the `Host` header. A host name outside `allowedHostnames` is refused:
 * a DNS-rebinding page must not get a token minted for its own origin.
 */
export function pageOrigin(request: IncomingMessage, allowedHostnames: readonly string[]): string {
  const host = request.headers.host ?? '';
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    throw new PartnerProblem('malformed-request', `Bad Host header "${host}".`);
  }
  if (url.host !== host.toLowerCase() || !allowedHostnames.includes(url.hostname)) {
    throw new PartnerProblem('forbidden', `Host ${host} is not one of ${allowedHostnames.join(', ')}.`);
  }
  return url.origin;
}

/**
 * For a request that changes something or mints a token: the page's origin, after checking that the
 * browser says the request comes from a page of this same origin (`Origin`). With the session cookie's
 * `SameSite=Strict` this is the whole CSRF defence.
 */
export function sameOriginRequest(request: IncomingMessage, allowedHostnames: readonly string[]): string {
  const origin = pageOrigin(request, allowedHostnames);
  const claimed = request.headers.origin;
  if (claimed !== origin) {
    throw new PartnerProblem(
      'forbidden',
      claimed
        ? `Origin ${claimed} is not this site (${origin}).`
        : `No Origin header: call this from a page of ${origin} (or send Origin: ${origin}).`,
    );
  }
  return origin;
}
