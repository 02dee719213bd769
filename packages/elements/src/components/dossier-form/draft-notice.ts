import { formatDateTime } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The "draft restored" notice, a status region present from the first render: when the form restored
 * a draft (and is on the fill-in step), when it was saved and a button that starts over — a counter's
 * next citizen must not fill in on top of the previous one's answers.
 *
 * @param restoredAt When the draft on show was saved (RFC 3339), or `undefined`.
 */
export function renderDraftNotice(restoredAt: string | undefined, onStartOver: () => void): TemplateResult {
  return html`<div part="notice" class="notice ${restoredAt ? 'shown' : ''}" role="status">
    ${
      restoredAt
        ? html`<p>
              ${msg(str`Đã khôi phục bản nháp lưu lúc ${formatDateTime(restoredAt)}.`, {
                id: 'form.draft-restored',
              })}
            </p>
            <button type="button" class="button secondary small" @click=${onStartOver}>
              ${msg('Bắt đầu lại', { id: 'form.start-over' })}
            </button>`
        : nothing
    }
  </div>`;
}
