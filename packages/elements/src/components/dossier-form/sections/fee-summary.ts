import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { durationText } from '../../../i18n/duration-text.js';
import { vndText } from '../../../i18n/money-text.js';
import type { Channel, ProcedureDetail } from '../form-types.js';

/**
 * The fee and the processing time of the procedure through the form's channel (online filing is
 * often cheaper), as a description list.
 */
export function renderFeeSummary(
  procedure: ProcedureDetail,
  channel: Channel,
  locale: Locale,
): TemplateResult {
  const offer = procedure.channels.find((candidate) => candidate.channel === channel);
  const amount = offer?.fee.amount;
  const fee =
    amount === undefined || amount === null
      ? msg('Chưa có thông tin', { id: 'form.fee.unknown' })
      : amount === 0
        ? msg('Miễn phí', { id: 'form.fee.free' })
        : vndText(amount, locale);
  return html`<dl class="answer-list" part="fee-summary">
    <div>
      <dt>${msg('Phí, lệ phí', { id: 'form.fee' })}</dt>
      <dd>${fee}${offer?.fee.note ? html`<span class="hint">${offer.fee.note[locale]}</span>` : nothing}</dd>
    </div>
    <div>
      <dt>${msg('Thời gian giải quyết', { id: 'form.processing-time' })}</dt>
      <dd>${offer?.processingTime ? durationText(offer.processingTime) : msg('Chưa có thông tin', { id: 'form.fee.unknown' })}</dd>
    </div>
  </dl>`;
}
