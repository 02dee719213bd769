// The elements ship none of the client's code (type-only imports), so they read its errors by shape:
// a `DvcApiError` carries `kind` (the problem type's short name); every `DvcError` carries its message
// in both languages (`userMessages`) and in the client's locale (`userMessage`). Errors from an older
// copy of the client (another partner's bundle on the page) may lack `userMessages`: their problem
// details still carry the server's wording in both languages.
import type { ApiErrorKind } from '@dvc-kit/client';
import type { Locale } from '@dvc-kit/domain';

interface ClientErrorShape {
  readonly kind?: unknown;
  readonly userMessage?: unknown;
  readonly userMessages?: Partial<Record<Locale, unknown>>;
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
 * The user-safe message of a failed call in `locale` (so that a locale switch re-words it), else the
 * client's `userMessage` in the client's locale — unless `clientLocale` is given and differs from
 * `locale`. `undefined` for anything else: the caller shows its own generic text.
 *
 * @example
 * errorText(error, this.locale) ?? msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: '…' });
 */
export function errorText(error: unknown, locale: Locale, clientLocale?: Locale): string | undefined {
  const shape = shapeOf(error);
  for (const inLocale of [shape.userMessages?.[locale], shape.problem?.userMessage?.[locale]]) {
    if (typeof inLocale === 'string' && inLocale !== '') return inLocale;
  }
  if (clientLocale !== undefined && clientLocale !== locale) return undefined;
  const fromClient = shape.userMessage;
  return typeof fromClient === 'string' && fromClient !== '' ? fromClient : undefined;
}
