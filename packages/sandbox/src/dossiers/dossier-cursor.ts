import { createHash } from 'node:crypto';
import { ProblemError } from '../http/problem.js';
import type { DossierListFilters, DossierListPosition } from '../store/dossiers-store.js';

/** Length of the filter fingerprint: 64 bits tell filter sets apart; a cursor is not a secret. */
const FINGERPRINT_LENGTH = 11;

function fingerprintOf(filters: DossierListFilters): string {
  const canonical = JSON.stringify([filters.agentPointId ?? null, filters.status ?? null]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, FINGERPRINT_LENGTH);
}

function invalidCursor(detail: string): ProblemError {
  return new ProblemError('validation', detail, {
    errors: [
      {
        pointer: 'query/cursor',
        code: 'cursor',
        message: {
          vi: 'Con trỏ trang không hợp lệ cho truy vấn này. Hãy tải lại từ trang đầu.',
          en: 'This page cursor does not belong to this query. Start again from the first page.',
        },
      },
    ],
  });
}

/**
 * Encodes the last row of a page as an opaque cursor (base64url JSON) bound to the list's filters, so a
 * cursor reused with other filters is refused instead of listing the wrong dossiers.
 */
export function encodeDossierCursor(position: DossierListPosition, filters: DossierListFilters): string {
  return Buffer.from(
    JSON.stringify({ s: position.submittedAt, c: position.code, f: fingerprintOf(filters) }),
  ).toString('base64url');
}

/** Decodes a cursor of {@link encodeDossierCursor}; none means the first page. A foreign cursor is 422. */
export function decodeDossierCursor(
  cursor: string | undefined,
  filters: DossierListFilters,
): DossierListPosition | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('The cursor is not one this server issued.');
  }
  const { s, c, f } = (decoded ?? {}) as { s?: unknown; c?: unknown; f?: unknown };
  if (typeof s !== 'string' || typeof c !== 'string' || typeof f !== 'string') {
    throw invalidCursor('The cursor is not one this server issued.');
  }
  if (f !== fingerprintOf(filters)) {
    throw invalidCursor('The cursor belongs to another query: keep the same filters while paging.');
  }
  return { submittedAt: s, code: c };
}
