import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';

interface ClientErrorShape {
  readonly name?: unknown;
  readonly userMessage?: unknown;
  readonly problem?: { readonly userMessage?: Partial<Record<Locale, unknown>> };
}

/**
 * The message to show the user for an error of the client, in the page's `locale`.
 *
 * The client writes `userMessage` in its own locale, which may not be the page's (the app switched
 * the elements to English and kept a Vietnamese client). So: the server's message in `locale` when
 * the answer carried one, else the client's `userMessage` when the client speaks `locale`, else a
 * message of our own for the kind of failure.
 */
export function errorText(error: unknown, locale: Locale, clientLocale: Locale | undefined): string {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ClientErrorShape;
  const fromServer = shape.problem?.userMessage?.[locale];
  if (typeof fromServer === 'string' && fromServer !== '') return fromServer;
  if (clientLocale === locale && typeof shape.userMessage === 'string' && shape.userMessage !== '') {
    return shape.userMessage;
  }
  switch (shape.name) {
    case 'DvcNetworkError':
      return msg('Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.', {
        id: 'picker.error.network',
      });
    case 'DvcTimeoutError':
      return msg('Máy chủ phản hồi quá lâu. Vui lòng thử lại.', { id: 'picker.error.timeout' });
    default:
      return msg('Đã có lỗi xảy ra. Vui lòng thử lại sau.', { id: 'picker.error.generic' });
  }
}
