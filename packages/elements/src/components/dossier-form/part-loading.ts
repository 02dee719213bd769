import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/** What shows where a part of the form loaded on demand will be, while it is on its way (briefly). */
export function renderPartLoading(): TemplateResult {
  return html`<p class="hint">${msg('Đang tải…', { id: 'form.loading' })}</p>`;
}
