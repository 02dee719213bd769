import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/** One term and its value in a description list; nothing when there is no value to show. */
export function fact(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === null || value === '') return nothing;
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** The `aria-describedby` of the control `id`: its hint, and its error when it has one. */
export function describedBy(id: string, error: string | undefined): string {
  return error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`;
}

/**
 * A form field: label, hint, inline error and control in one shadow root, so that the control's
 * `aria-describedby` (see {@link describedBy}) reaches the hint and the error. The error has a visually
 * hidden "Lỗi:" prefix (GOV.UK's pattern): a screen reader user hears it is an error, not a hint.
 */
export function field(
  id: string,
  label: string,
  hint: string,
  error: string | undefined,
  control: TemplateResult,
): TemplateResult {
  return html`<div class="field"><label for=${id}>${label}</label><p id="${id}-hint" class="hint">${hint}</p>${
    error === undefined
      ? nothing
      : html`<p id="${id}-error" part="error-message" class="error-message"><span class="visually-hidden">${msg('Lỗi:', { id: 'tracker.error-prefix' })}</span> ${error}</p>`
  }${control}</div>`;
}
