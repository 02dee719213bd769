// The counter's steps of <dvc-rating>, which the element loads on demand (`import('./rating-counter.js')`):
// only `counter` mode with a dossier hands the device over or offers the citizen's own phone, so a
// citizen rating on their own device never downloads them.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { STATUS_URL_CODE_PLACEHOLDER, statusPageUrl } from '../receipt/status-url.js';

// Added to the element's shadow root when this part lands (see `LazyPart`).
export { counterStyles as styles } from './rating-counter.styles.js';

/** Why `owner-personal-id` is ignored at a counter (the element's warning). */
export const IGNORED_PERSONAL_ID_WARNING =
  '<dvc-rating counter> ignores owner-personal-id: at a counter the citizen types their own ID number.';

/** Where a counter's rating stands before the citizen rates: the agent's choice, the QR code, or the hand-over. */
export type CounterStep = 'choose' | 'phone' | 'handover';

const URL_PROBLEMS = {
  'missing-placeholder': `it has no ${STATUS_URL_CODE_PLACEHOLDER} placeholder`,
  'invalid-url': 'it is not a valid URL',
  'unsupported-protocol': 'only http and https URLs can be shown as a QR code',
} as const;

/**
 * Fills `rating-url` with the dossier code (URL-encoded, never the ID number), resolved against the
 * page; `undefined` without a template or a code, or with a template that cannot make a URL, which
 * `warn` reports (the counter then offers the hand-over only).
 *
 * @example
 * ratingPageUrl('https://dvc.example.vn/danh-gia?code={code}', '000.00.24.H26-251127-0001', location.href, warn);
 * // 'https://dvc.example.vn/danh-gia?code=000.00.24.H26-251127-0001'
 */
export function ratingPageUrl(
  template: string | undefined,
  code: string | undefined,
  baseUrl: string,
  warn: (message: string) => void,
): string | undefined {
  if (!template || code === undefined) return undefined;
  const result = statusPageUrl(template, code, baseUrl);
  if (result.ok) return result.url;
  warn(
    `<dvc-rating> ignores rating-url ${JSON.stringify(template)}: ${URL_PROBLEMS[result.problem]}; the counter offers the hand-over only.`,
  );
  return undefined;
}

/** What {@link renderCounterStep} renders. */
export interface CounterStepOptions {
  /** The agent's choice, or the QR code for the citizen's own phone. */
  readonly step: 'choose' | 'phone';
  /** The rating page for the citizen's own phone; without it only the hand-over is offered. */
  readonly url: string | undefined;
  /** Draws the QR code of `url` with its accessible name, once the encoder is loaded. */
  readonly renderQrCode: ((text: string, label: string) => TemplateResult) | undefined;
  readonly disabled: boolean;
  /** The agent (or the citizen, back from the QR code) moves to another step. */
  readonly onStep: (step: CounterStep) => void;
}

/**
 * A counter's step before the citizen rates. The agent's choice: hand the device to the citizen, or
 * show a QR code for the citizen's own phone — only the citizen rates, the intro says so to both. The
 * QR code of the rating page with its link, and the way back to the choice.
 */
export function renderCounterStep(options: CounterStepOptions): TemplateResult {
  const { url, onStep } = options;
  if (options.step === 'phone') {
    return html`<div class="view">
      <p class="title" tabindex="-1" data-view-focus>
        ${msg('Quét mã QR để đánh giá trên điện thoại của Ông/Bà', { id: 'rating.phone-title' })}
      </p>
      <figure class="qr-block">
        ${options.renderQrCode?.(url ?? '', msg('Mã QR mở trang đánh giá', { id: 'rating.qr-label' })) ?? nothing}
        <figcaption><a part="rating-link" class="rating-link" href=${url ?? ''} target="_blank" rel="noopener">${url}</a></figcaption>
      </figure>
      <div class="actions">
        <button part="back-button" class="button secondary" type="button" @click=${() => onStep('choose')}>
          ${msg('Quay lại', { id: 'rating.back' })}
        </button>
      </div>
    </div>`;
  }
  return html`<div class="view">
    <p class="title" tabindex="-1" data-view-focus>${msg('Đánh giá mức độ hài lòng', { id: 'rating.counter-title' })}</p>
    <p>${msg('Chỉ người dân tự đánh giá; cán bộ không đánh giá thay.', { id: 'rating.counter-intro' })}</p>
    <div class="actions stacked">
      <button part="handover-button" class="button" type="button" ?disabled=${options.disabled} @click=${() => onStep('handover')}>
        ${msg('Đưa thiết bị cho người dân', { id: 'rating.handover' })}
      </button>
      ${
        url === undefined
          ? nothing
          : html`<button part="phone-button" class="button secondary" type="button" ?disabled=${options.disabled} @click=${() => onStep('phone')}>
              ${msg('Đánh giá trên điện thoại của bạn', { id: 'rating.own-phone' })}
            </button>`
      }
    </div>
  </div>`;
}

/** Ends a hand-over without rating: back to the agent's choice, forgetting what the citizen typed. */
export function renderCancelButton(onCancel: () => void): TemplateResult {
  return html`<button part="cancel-button" class="button secondary" type="button" @click=${onCancel}>
    ${msg('Hủy đánh giá', { id: 'rating.cancel' })}
  </button>`;
}
