import type { IncomingMessage } from 'node:http';

/** Reads one cookie of a request (`undefined` when absent or malformed). */
export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Options of {@link sessionCookie}. */
export interface SessionCookieOptions {
  /** Lifetime in seconds; 0 deletes the cookie. */
  maxAgeSeconds: number;
  /** Add `Secure` (the page is served over HTTPS). */
  secure: boolean;
}

/**
 * A `Set-Cookie` value for a session id: `HttpOnly` (no script reads it, so an injected script cannot
 * steal the session), `SameSite=Strict` (no other site's page can make the browser send it: the
 * backend's POSTs need no CSRF token besides the `Origin` check) and `Path=/`.
 */
export function sessionCookie(name: string, value: string, options: SessionCookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${options.maxAgeSeconds}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
