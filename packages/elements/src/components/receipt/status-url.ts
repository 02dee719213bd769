/** Where the dossier code goes in a status-page URL template. */
export const STATUS_URL_CODE_PLACEHOLDER = '{code}';

/** The outcome of {@link statusPageUrl}: the URL, or why the template cannot make one. */
export type StatusPageUrlResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: 'missing-placeholder' | 'invalid-url' | 'unsupported-protocol' };

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Fills a status-page URL template (`https://dichvucong.example.vn/tra-cuu?code={code}`) with a
 * dossier code, URL-encoded. Only the code goes in: the QR code printed from this URL must never
 * carry personal data such as the ID number. A relative template resolves against `baseUrl` (the
 * page), since a QR code scanned on another phone needs an absolute URL. Only http(s) URLs are
 * accepted: the URL also becomes a link.
 *
 * @example
 * statusPageUrl('https://dvc.example.vn/tra-cuu?code={code}', '000.00.24.H26-251127-0001', location.href);
 * // { ok: true, url: 'https://dvc.example.vn/tra-cuu?code=000.00.24.H26-251127-0001' }
 */
export function statusPageUrl(template: string, code: string, baseUrl: string): StatusPageUrlResult {
  if (!template.includes(STATUS_URL_CODE_PLACEHOLDER)) return { ok: false, problem: 'missing-placeholder' };
  const filled = template.replaceAll(
    STATUS_URL_CODE_PLACEHOLDER,
    encodeURIComponent(code.normalize('NFC').trim()),
  );
  let url: URL;
  try {
    url = new URL(filled, baseUrl);
  } catch {
    return { ok: false, problem: 'invalid-url' };
  }
  if (!WEB_PROTOCOLS.has(url.protocol)) return { ok: false, problem: 'unsupported-protocol' };
  return { ok: true, url: url.href };
}
