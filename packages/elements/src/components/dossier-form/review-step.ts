// The review step of <dvc-dossier-form> under its heading: loaded with it (see `review-part.ts`).
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { type ReviewView, renderReview } from './sections/review-section.js';

/** What the review step shows besides the answers. */
export interface ReviewStepView extends ReviewView {
  /** The fee and processing time (the form renders it on both steps). */
  readonly fee: TemplateResult;
  /** The consent checkbox, rendered by the form like its other fields. */
  readonly consent: TemplateResult;
  /** Why the last submission did not go through, worded in the locale on show; empty when none failed. */
  readonly problem: string;
  /** A submission is on its way: the button says so and takes no second press. */
  readonly submitting: boolean;
  /** Back to the fill-in step. */
  readonly onBack: () => void;
}

/**
 * The review step's body, inside the form's `<form>` and under its heading: every answer with a way
 * back to it, the fee, the consent, why a submission did not go through (an alert region), and the
 * buttons back and to submit. The submit button stays enabled while submitting (`aria-disabled`), so
 * that focus stays on it; the form ignores a second press.
 */
export function renderReviewStep(view: ReviewStepView): TemplateResult {
  return html`${renderReview(view)}
    ${view.fee} ${view.consent}
    <p part="submit-error" class="message" role="alert">${view.problem || nothing}</p>
    <div part="actions" class="actions">
      <button type="button" class="button secondary" @click=${view.onBack}>
        ${msg('Quay lại', { id: 'form.back' })}
      </button>
      <button part="submit-button" class="button" type="submit" aria-disabled=${view.submitting ? 'true' : 'false'}>
        ${view.submitting ? msg('Đang nộp…', { id: 'form.submitting' }) : msg('Nộp hồ sơ', { id: 'form.submit' })}
      </button>
    </div>`;
}
