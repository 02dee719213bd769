// The panels after sending: loaded with the submission (see `submission-part.ts`).
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierCreated, OutboxItem } from './form-types.js';

/** What the panel after sending shows. */
export interface OutcomeView {
  /** The created dossier and its receipt. */
  readonly created: DossierCreated | undefined;
  /** The outbox item of a queued dossier. */
  readonly queued: OutboxItem | undefined;
  readonly statusUrl: string | undefined;
  /** "New dossier": empties the form for the next citizen. */
  readonly onNew: () => void;
  /**
   * Warns the app, once per form, about its setup (the message comes with this panel, so that a page
   * that never submits never downloads it).
   */
  readonly warnOnce: (key: string, message: string) => void;
}

/**
 * After sending: the dossier code and the receipt (`<dvc-receipt>`, ready to print), or — queued in
 * the outbox — what happens next; then the button that starts the next dossier.
 */
export function renderOutcome(view: OutcomeView): TemplateResult {
  const { created, queued } = view;
  let body: TemplateResult;
  if (created) {
    // The app imported only the form's define file: the receipt would not show.
    if (!customElements.get('dvc-receipt')) {
      view.warnOnce(
        'receipt',
        '<dvc-dossier-form> shows the receipt with <dvc-receipt>: import its define file.',
      );
    }
    body = html`<h2 part="step-heading" class="step-heading" tabindex="-1">
        ${msg('Đã nộp hồ sơ', { id: 'form.done' })}
      </h2>
      <p>${msg('Mã hồ sơ', { id: 'form.dossier-code' })}: <strong class="code">${created.dossier.code}</strong></p>
      <dvc-receipt .receipt=${created.receipt} status-url=${view.statusUrl ?? nothing}></dvc-receipt>`;
  } else {
    body = html`<h2 part="step-heading" class="step-heading" tabindex="-1">
        ${msg('Đã xếp hàng gửi khi có mạng', { id: 'form.queued' })}
      </h2>
      <p>
        ${msg('Hồ sơ được lưu trên máy này và tự động gửi khi có mạng; giấy tiếp nhận có khi gửi xong.', {
          id: 'form.queued-detail',
        })}
      </p>
      ${
        queued?.state === 'needs-attention'
          ? html`<p class="error-text">
              ${msg('Hồ sơ trong hàng đợi cần được kiểm tra lại:', { id: 'form.queued-attention' })}
              ${queued.lastError?.message ?? ''}
            </p>`
          : nothing
      }`;
  }
  return html`<section part="outcome" class="outcome">
    ${body}
    <div part="actions" class="actions">
      <button type="button" class="button" @click=${view.onNew}>${msg('Nộp hồ sơ khác', { id: 'form.new' })}</button>
    </div>
  </section>`;
}
