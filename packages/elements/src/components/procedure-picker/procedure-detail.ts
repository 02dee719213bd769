// The detail view of <dvc-procedure-picker>, which the element loads on demand
// (`import('./procedure-detail.js')`) when a procedure is first opened — or earlier, once the citizen
// comes to the search box: a page that only lists procedures never downloads it.
import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  agentAssistedText,
  channelText,
  feeText,
  levelText,
  onlineLevelText,
  processingTimeText,
} from './procedure-text.js';
import type { ProcedureDetail, ProcedureSummary, RequiredDocument } from './procedure-types.js';
import { documentCountText, submissionText } from './required-document-text.js';

// Added to the element's shadow root when this part lands (see `LazyPart`).
export { procedureDetailStyles as styles } from './procedure-detail.styles.js';

/** What the detail view shows and what its buttons do. */
export interface ProcedureDetailView {
  /** The procedure as listed: shown at once, while its full record loads. */
  readonly summary: ProcedureSummary;
  /** The full record, once loaded. */
  readonly detail: ProcedureDetail | undefined;
  /** The failure of loading the full record, already worded for the user. */
  readonly errorMessage: string | undefined;
  readonly locale: Locale;
  readonly onChoose: (procedure: ProcedureDetail) => void;
  readonly onRetry: () => void;
}

function renderDocument(document: RequiredDocument, locale: Locale): TemplateResult {
  const count = documentCountText(document);
  return html`<li class="document">
    <span class="document-name">${document.name[locale]}</span>
    <span class="tags">
      <span class=${document.required ? 'tag required' : 'tag'}>
        ${
          document.required
            ? msg('Bắt buộc', { id: 'picker.document.required' })
            : msg('Không bắt buộc', { id: 'picker.document.optional' })
        }
      </span>
      ${count === '' ? nothing : html`<span class="tag">${count}</span>`}
      <span class="tag">${submissionText(document)}</span>
      ${
        document.reusableFromNationalDb
          ? html`<span class="tag">
            ${msg('Có thể dùng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư', { id: 'picker.document.reusable' })}
          </span>`
          : nothing
      }
    </span>
  </li>`;
}

function renderOffers(procedure: ProcedureSummary, locale: Locale): TemplateResult {
  // Channels often share one note ("free when registered on time"): each note is written once.
  const notes = [
    ...new Set(procedure.channels.flatMap((offer) => (offer.fee.note ? [offer.fee.note[locale]] : []))),
  ];
  return html`<table part="offers-table" class="offers">
      <thead>
        <tr>
          <th scope="col">${msg('Cách thức nộp', { id: 'picker.offers.channel' })}</th>
          <th scope="col">${msg('Thời gian giải quyết', { id: 'picker.offers.time' })}</th>
          <th scope="col">${msg('Phí, lệ phí', { id: 'picker.offers.fee' })}</th>
        </tr>
      </thead>
      <tbody>
        ${procedure.channels.map(
          (offer) => html`<tr>
            <th scope="row">${channelText(offer, locale)}</th>
            <td>${processingTimeText(offer)}</td>
            <td>${feeText(offer.fee, locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${notes.length === 0 ? nothing : html`<ul class="notes">${notes.map((note) => html`<li>${note}</li>`)}</ul>`}`;
}

function renderFullRecord(view: ProcedureDetailView): TemplateResult {
  const { detail, locale } = view;
  if (detail === undefined) {
    if (view.errorMessage === undefined) {
      return html`<p class="message">${msg('Đang tải thành phần hồ sơ…', { id: 'picker.detail.loading' })}</p>`;
    }
    return html`<div part="message" class="message error" role="alert">
      <p>${msg('Không tải được chi tiết thủ tục.', { id: 'picker.detail.failed' })} ${view.errorMessage}</p>
      <button part="retry-button" class="button secondary" type="button" @click=${view.onRetry}>
        ${msg('Thử lại', { id: 'common.retry' })}
      </button>
    </div>`;
  }
  return html`<h3>${msg('Cơ quan giải quyết', { id: 'picker.detail.authority' })}</h3>
    <p>${detail.competentAuthority[locale]}</p>
    <h3>${msg('Thành phần hồ sơ', { id: 'picker.detail.documents' })}</h3>
    ${
      detail.requiredDocuments.length === 0
        ? html`<p>${msg('Không yêu cầu giấy tờ.', { id: 'picker.detail.no-documents' })}</p>`
        : html`<ul part="checklist" class="checklist">
          ${detail.requiredDocuments.map((document) => renderDocument(document, locale))}
        </ul>`
    }
    ${
      detail.resultDocuments.length === 0
        ? nothing
        : html`<h3>${msg('Kết quả giải quyết', { id: 'picker.detail.results' })}</h3>
            <ul class="results-list">
              ${detail.resultDocuments.map((document) => html`<li>${document.name[locale]}</li>`)}
            </ul>`
    }
    <button part="choose-button" class="button choose" type="button" @click=${() => view.onChoose(detail)}>
      ${msg('Chọn thủ tục này', { id: 'picker.choose' })}
    </button>`;
}

/**
 * The detail of one procedure: name, code, field, levels and online level, each channel's processing
 * time and fee, then — once the full record has loaded — the competent authority, the checklist of
 * documents (required or not, originals and copies, uploaded or shown, reusable from the national
 * population database), the result documents and the button that chooses the procedure.
 */
export function renderProcedureDetail(view: ProcedureDetailView): TemplateResult {
  const procedure = view.detail ?? view.summary;
  const { locale } = view;
  const facts: [string, string][] = [
    [msg('Mã thủ tục', { id: 'picker.detail.code' }), procedure.code],
    [msg('Lĩnh vực', { id: 'picker.field' }), procedure.field.name[locale]],
    [msg('Cấp thực hiện', { id: 'picker.level' }), procedure.levels.map(levelText).join(', ')],
    [msg('Mức độ trực tuyến', { id: 'picker.online' }), onlineLevelText(procedure.onlineLevel)],
  ];
  if (procedure.agentAssisted) {
    facts.push([msg('Đại lý dịch vụ công', { id: 'picker.detail.agent' }), agentAssistedText()]);
  }
  const busy = view.detail === undefined && view.errorMessage === undefined;
  return html`<section part="detail" class="detail" aria-labelledby="detail-title" aria-busy=${busy ? 'true' : 'false'}>
    <h2 id="detail-title" part="detail-title" class="detail-title">${procedure.name[locale]}</h2>
    <dl class="facts">
      ${facts.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>
    <h3>${msg('Thời gian giải quyết và phí, lệ phí', { id: 'picker.detail.offers' })}</h3>
    ${renderOffers(procedure, locale)} ${renderFullRecord(view)}
  </section>`;
}
