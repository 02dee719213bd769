import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, type nothing, type TemplateResult } from 'lit';
import { fact } from './template-parts.js';
import { dateTimeText } from './tracker-text.js';
import type { SupplementRequest } from './tracker-types.js';

/**
 * An open supplement request — why, the deadline — around what answers it: the form that sends the
 * missing documents (`supplement-form.ts`, loaded on demand), its loading state, or nothing when no
 * document is missing.
 */
export function renderSupplementRequest(
  request: SupplementRequest,
  locale: Locale,
  answer: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<section part="supplement" class="panel" aria-labelledby="supplement-title"><h3 id="supplement-title">${msg('Cần bổ sung giấy tờ', { id: 'tracker.supplement-title' })}</h3><p>${request.reason[locale]}</p><dl>${fact(
    msg('Hạn bổ sung', { id: 'tracker.supplement-deadline' }),
    dateTimeText(request.deadline),
  )}</dl>${answer}</section>`;
}
