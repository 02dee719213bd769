import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/** What the form's message region reports. */
export interface LoadMessageView {
  /** The loads of the form's data that failed (procedure, wards, places): "Thử lại" runs them again. */
  readonly failedLoads: readonly { run(): unknown }[];
  /** A part of the form itself could not be loaded (see `DossierFormParts.failed`). */
  readonly partFailed: boolean;
  /** The procedure is loading (nothing else to show yet). */
  readonly loading: boolean;
}

/**
 * The content of the form's message region (an alert region present from the first render): loads that
 * failed, with a retry; a part of the form that could not be loaded, which only a reload brings back;
 * else "Đang tải…" while the procedure loads.
 */
export function renderLoadMessage(view: LoadMessageView): TemplateResult | string | typeof nothing {
  const { failedLoads, partFailed } = view;
  if (failedLoads.length > 0 || partFailed) {
    return html`${
      partFailed
        ? html`<p>
            ${msg('Không tải được một phần của biểu mẫu. Vui lòng tải lại trang.', { id: 'form.part-failed' })}
          </p>`
        : nothing
    }
    ${
      failedLoads.length > 0
        ? html`<p>${msg('Không tải được dữ liệu của biểu mẫu.', { id: 'form.load-failed' })}</p>
            <button type="button" class="button secondary small" @click=${() => {
              for (const load of failedLoads) void load.run();
            }}>
              ${msg('Thử lại', { id: 'common.retry' })}
            </button>`
        : nothing
    }`;
  }
  return view.loading ? msg('Đang tải…', { id: 'form.loading' }) : nothing;
}
