import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { errorText as clientErrorText } from '../../base/client-error.js';

/**
 * The message to show the user for an error of the client, in the page's `locale`: the error's own
 * message in that language (see `base/client-error.ts`), else — an error from another copy of the
 * client that speaks only its own locale — a message of our own for the kind of failure. The picker is
 * often the first thing a page shows, so it names a network or timeout failure rather than a generic one.
 */
export function errorText(error: unknown, locale: Locale, clientLocale: Locale | undefined): string {
  const own = clientErrorText(error, locale, clientLocale);
  if (own !== undefined) return own;
  switch ((error as { name?: unknown } | null)?.name) {
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
