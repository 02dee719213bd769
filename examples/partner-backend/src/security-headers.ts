/** Where browsers send Content-Security-Policy violation reports (`report-uri`). */
export const CSP_REPORT_PATH = '/api/csp-reports';

/**
 * The strict Content-Security-Policy of every page: scripts and styles from this origin's files only
 * (no `'unsafe-inline'`, no `'unsafe-eval'`; Lit's constructable stylesheets need neither), requests to
 * this origin and the dvc-kit API only, no plugins, no `<base>`, no framing.
 *
 * `report-uri` rather than `report-to`: the Reporting API batches reports for up to a minute, while
 * `report-uri` posts each violation as it happens, which a developer watching the console wants.
 */
export function contentSecurityPolicy(apiOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

/** The headers of every answer: the CSP and the usual hardening. */
export function securityHeaders(apiOrigin: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(apiOrigin),
    'x-content-type-options': 'nosniff',
    // The receipt's QR code carries a status URL, never personal data; still, no page leaks its URL.
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
  };
}
