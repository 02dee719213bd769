/**
 * Whether a web origin is allowed by a pattern list. A pattern is an exact origin, or one ending in `:*`
 * for any port (local development servers pick their ports).
 */
export function isOriginAllowed(origin: string, patterns: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin !== origin.replace(/\/$/, '')) return false;
  return patterns.some((pattern) => {
    if (pattern.endsWith(':*')) {
      const base = pattern.slice(0, -2);
      return `${parsed.protocol}//${parsed.hostname}` === base;
    }
    return pattern === parsed.origin;
  });
}
