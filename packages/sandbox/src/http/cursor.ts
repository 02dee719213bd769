import { createHash } from 'node:crypto';
import { contract } from '../contract/contract.js';
import { ProblemError } from './problem.js';

/**
 * The page size when a request names none: the contract's `Limit` default, read from the contract so
 * the two cannot drift apart (20 is the contract's value today).
 */
export const DEFAULT_PAGE_LIMIT =
  (contract.components.parameters.Limit?.schema.default as number | undefined) ?? 20;

/**
 * The query a page belongs to: every input that changes which items are listed or in which order
 * (not the page size, which a client may change between pages).
 */
export type PageQuery = Record<string, string | number | boolean | undefined>;

/** Length of the query fingerprint: 64 bits tell queries apart; a cursor is not a secret. */
const FINGERPRINT_LENGTH = 11;

/**
 * A stable fingerprint of a query: the same filters in any order give the same fingerprint, and an
 * absent filter equals an omitted one.
 */
function fingerprintOf(query: PageQuery): string {
  const canonical = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify(canonical))
    .digest('base64url')
    .slice(0, FINGERPRINT_LENGTH);
}

/**
 * Encodes the position of the next page of `query` as an opaque cursor (base64url). It carries the
 * offset and the query's fingerprint, so a cursor used with another query is refused instead of
 * silently listing the wrong items.
 *
 * @example
 * const nextCursor = end < total ? encodeCursor(end, { q, field }) : null;
 */
export function encodeCursor(offset: number, query: PageQuery): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprintOf(query) })).toString('base64url');
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
 * Decodes a cursor of {@link encodeCursor} back to its offset; no cursor means the first page.
 * Throws a 422 `validation` problem for a cursor that is not ours or was made for another query.
 */
export function decodeCursor(cursor: string | undefined, query: PageQuery): number {
  if (cursor === undefined || cursor === '') return 0;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('The cursor is not one this server issued.');
  }
  const { o: offset, f: fingerprint } = (decoded ?? {}) as { o?: unknown; f?: unknown };
  if (
    typeof offset !== 'number' ||
    !Number.isSafeInteger(offset) ||
    offset < 0 ||
    typeof fingerprint !== 'string'
  ) {
    throw invalidCursor('The cursor is not one this server issued.');
  }
  if (fingerprint !== fingerprintOf(query)) {
    throw invalidCursor('The cursor belongs to another query: keep the same filters while paging.');
  }
  return offset;
}

/** One page of items with the contract's paging fields. */
export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/**
 * Cuts one page out of the full, ordered list of matches.
 *
 * @example
 * return pageOf(matches, { cursor: request.query.cursor, limit: request.query.limit }, { q, field });
 */
export function pageOf<T>(
  matches: readonly T[],
  paging: { cursor?: string; limit?: number },
  query: PageQuery,
): Page<T> {
  const offset = decodeCursor(paging.cursor, query);
  const end = offset + (paging.limit ?? DEFAULT_PAGE_LIMIT);
  return {
    items: matches.slice(offset, end),
    total: matches.length,
    nextCursor: end < matches.length ? encodeCursor(end, query) : null,
  };
}
