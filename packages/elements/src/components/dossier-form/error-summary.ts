// GOV.UK's error summary: shown only once the checks have run, so it loads with them (see
// `validation-part.ts`).
import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { type FormMessage, messageText } from './form-message.js';
import { fieldId } from './pointers.js';

/** One line of the summary: a field's error (a link to it) or an error about no field shown. */
export interface SummaryEntry {
  /** The field's pointer; none for errors the form has no field for. */
  readonly pointer?: string | undefined;
  /** The field's label, for messages that name it. */
  readonly label?: string | undefined;
  readonly message: FormMessage;
}

/**
 * GOV.UK's error summary: a heading ("Có lỗi cần sửa"), then every error in the order of the form,
 * each a link that moves focus to its field, worded exactly like the inline message. The form focuses
 * it after a failed submission; `role="alert"` makes screen readers read it out even where focus
 * alone would not.
 *
 * @param onFollow Called with a field's pointer when its link is followed (the form focuses it, on
 *   whichever step it is).
 */
export function renderErrorSummary(
  entries: readonly SummaryEntry[],
  locale: Locale,
  onFollow: (pointer: string) => void,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<h2 class="summary-title">${msg('Có lỗi cần sửa', { id: 'form.error-summary' })}</h2>
    <ul class="summary-list">
      ${entries.map(({ pointer, label, message }) => {
        const text = messageText(message, locale, label);
        if (pointer === undefined) return html`<li>${text}</li>`;
        return html`<li>
          <a
            href="#${fieldId(pointer)}"
            @click=${(event: Event) => {
              event.preventDefault();
              onFollow(pointer);
            }}
            >${text}</a
          >
        </li>`;
      })}
    </ul>`;
}
