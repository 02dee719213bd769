// The elements ship none of the client's code (type-only imports), so they read its errors by shape:
// a `DvcApiError` carries `kind` (the problem type's short name) and the problem details, whose
// `userMessage` the server words in both languages; every `DvcError` carries a `userMessage` in the
// client's locale.
import type { ApiErrorKind } from '@dvc-kit/client';
import type { Locale } from '@dvc-kit/domain';

interface ClientErrorShape {
  readonly kind?: unknown;
  readonly userMessage?: unknown;
  readonly problem?: { readonly userMessage?: Partial<Record<Locale, unknown>> };
}

function shapeOf(error: unknown): ClientErrorShape {
  return typeof error === 'object' && error !== null ? error : {};
}

/**
 * The problem kind of an API error (`'already-rated'`, `'not-found'`, …), or `undefined` for other
 * errors (network, timeout, a bug).
 */
export function apiErrorKind(error: unknown): ApiErrorKind | undefined {
  const { kind } = shapeOf(error);
  return typeof kind === 'string' ? (kind as ApiErrorKind) : undefined;
}

/**
 * The user-safe message of a failed call, in `locale` when the server sent it in both languages (so
 * that a locale switch re-words it), else the client's `userMessage` (network and timeout errors, in
 * the client's locale) — unless `clientLocale` is given and differs from `locale`. `undefined` for
 * anything else: the caller shows its own generic text.
 *
 * @example
 * errorText(error, this.locale) ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: '…' });
 */
export function errorText(error: unknown, locale: Locale, clientLocale?: Locale): string | undefined {
  const shape = shapeOf(error);
  const fromServer = shape.problem?.userMessage?.[locale];
  if (typeof fromServer === 'string' && fromServer !== '') return fromServer;
  if (clientLocale !== undefined && clientLocale !== locale) return undefined;
  const fromClient = shape.userMessage;
  return typeof fromClient === 'string' && fromClient !== '' ? fromClient : undefined;
}
