// Why a dossier cannot be rated now, worded; <dvc-rating> loads it on demand
// (`import('./rating-notice.js')`): a dossier that is not ready yet, or a status check that failed,
// are the exceptions (apps show the rating once the result is ready), and the wording carries the
// statuses' names in two languages.
import { type DossierStatus, type Locale, statusInfo } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { apiErrorKind, errorText } from '../../base/client-error.js';

/** What {@link noticeText} words. */
export interface NoticeTextOptions {
  /** The dossier is not ready to be rated, or its status could not be checked. */
  readonly reason: 'not-ready' | 'check-failed';
  /** The dossier's status, when known. */
  readonly status: DossierStatus | undefined;
  /** Why the status check failed. */
  readonly error: unknown;
  readonly locale: Locale;
  /** The element's words for "no dossier has this code and ID number". */
  readonly notFoundText: string;
}

/** The notice's text, and whether trying the check again may help. */
export interface NoticeText {
  readonly text: string;
  readonly retry: boolean;
}

/**
 * The notice shown above disabled controls: "not ready yet" with the current status in words, or
 * why the status check failed — the dossier was not found (retrying will not help), or the server's
 * or client's message.
 *
 * @example
 * noticeText({ reason: 'not-ready', status: 'PROCESSING', error: undefined, locale: 'vi', notFoundText });
 * // { text: 'Ông/Bà có thể đánh giá khi hồ sơ đã có kết quả. Trạng thái hiện tại: Đang xử lý.', retry: false }
 */
export function noticeText(options: NoticeTextOptions): NoticeText {
  if (options.reason === 'check-failed') {
    if (apiErrorKind(options.error) === 'not-found') return { text: options.notFoundText, retry: false };
    const text = [
      msg('Không kiểm tra được hồ sơ.', { id: 'rating.check-failed' }),
      errorText(options.error, options.locale),
    ]
      .filter(Boolean)
      .join(' ');
    return { text, retry: true };
  }
  let text = msg('Ông/Bà có thể đánh giá khi hồ sơ đã có kết quả.', { id: 'rating.not-ready' });
  if (options.status !== undefined) {
    const label = statusInfo(options.status).label[options.locale];
    text += ` ${msg(str`Trạng thái hiện tại: ${label}.`, { id: 'rating.current-status' })}`;
  }
  return { text, retry: false };
}

/** What {@link renderNotice} renders. */
export interface NoticeOptions extends NoticeTextOptions {
  /** Runs the status check again. */
  readonly onRetry: () => void;
}

/**
 * The notice above the disabled controls (`#notice`, which they name in `aria-describedby`, and the
 * target of focus when the server refuses): {@link noticeText}, and "Thử lại" when trying again may
 * help. The element draws the "checking" notice itself, with the same frame.
 */
export function renderNotice(options: NoticeOptions): TemplateResult {
  const { text, retry } = noticeText(options);
  return html`<div part="notice" class="notice">
    <p id="notice" tabindex="-1" data-view-focus>${text}</p>
    ${
      retry
        ? html`<button part="retry-button" class="button secondary" type="button" @click=${options.onRetry}>
            ${msg('Thử lại', { id: 'common.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}
