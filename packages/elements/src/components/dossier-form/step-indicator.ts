import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/** Where the form is: filling in, checking before sending, sent, or queued in the outbox. */
export type FormStep = 'edit' | 'review' | 'done' | 'queued';

/**
 * The three steps of filing, as an ordered list with the current one marked (`aria-current="step"`,
 * and bold and underlined: not by colour alone). Sent and queued are both the third step.
 */
export function renderStepIndicator(step: FormStep): TemplateResult {
  const labels = [
    msg('Điền thông tin', { id: 'form.step.edit' }),
    msg('Kiểm tra và nộp', { id: 'form.step.review' }),
    msg('Nhận giấy tiếp nhận', { id: 'form.step.done' }),
  ];
  const current = step === 'edit' ? 0 : step === 'review' ? 1 : 2;
  return html`<ol part="steps" class="steps" aria-label=${msg('Các bước nộp hồ sơ', { id: 'form.steps' })}>
    ${labels.map(
      (label, index) =>
        html`<li class=${index === current ? 'current' : index < current ? 'past' : ''} aria-current=${index === current ? 'step' : nothing}>
          ${label}
        </li>`,
    )}
  </ol>`;
}
