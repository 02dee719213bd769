import { type Locale, toReceiptUpperCase } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt, ReceiptDocument } from '../../base/api-types.js';
import { datelinePhrase, dateTimePhrase } from '../../i18n/date-text.js';
import { durationText } from '../../i18n/duration-text.js';
import { vndText } from '../../i18n/money-text.js';
import type { CodeEncoder } from './receipt-encoders.js';

/** What the receipt's document needs besides the data. */
export interface ReceiptDocumentOptions {
  readonly locale: Locale;
  /** The place on the dateline ("Hà Nội, ngày …"). */
  readonly placeName: string;
  /** The filled status-page URL for the QR code and link; none prints no QR code. */
  readonly statusUrl: string | undefined;
  /** The Code 39 encoder of the dossier code, loaded on demand. */
  readonly barcode: CodeEncoder;
  /** The QR encoder of the status-page URL, loaded on demand (unused without `statusUrl`). */
  readonly qrCode: CodeEncoder;
}

const notSpecified = (): string => msg('Chưa xác định', { id: 'receipt.not-specified' });

function feeCollectionText(mode: Receipt['feeCollection']): string {
  switch (mode) {
    case 'FREE':
      return msg('Miễn phí', { id: 'receipt.fee-collection.free' });
    case 'AT_COUNTER':
      return msg('Nộp tại nơi tiếp nhận hồ sơ', { id: 'receipt.fee-collection.at-counter' });
    case 'ONLINE_PAYMENT':
      return msg('Thanh toán trực tuyến', { id: 'receipt.fee-collection.online-payment' });
    case 'ON_RESULT':
      return msg('Nộp khi nhận kết quả', { id: 'receipt.fee-collection.on-result' });
  }
}

function resultReturnMethodText(method: Receipt['resultReturn']['method']): string {
  switch (method) {
    case 'AT_LOCATION':
      return msg('Nhận trực tiếp', { id: 'receipt.result-return.at-location' });
    case 'POSTAL':
      return msg('Qua dịch vụ bưu chính công ích', { id: 'receipt.result-return.postal' });
    case 'ELECTRONIC':
      return msg('Nhận kết quả điện tử', { id: 'receipt.result-return.electronic' });
  }
}

function feeText(receipt: Receipt, locale: Locale): string {
  const mode = feeCollectionText(receipt.feeCollection);
  const { amount, note } = receipt.fee;
  const parts = [mode];
  if (amount !== null && amount > 0) parts.push(vndText(amount, locale));
  if (note) parts.push(note[locale]);
  return parts.join(' — ');
}

// Vietnamese forms write counts below 10 with a leading zero ("01 bộ"); English does not.
function setCountText(count: number, locale: Locale): string {
  const value = locale === 'vi' ? String(count).padStart(2, '0') : String(count);
  return count === 1
    ? msg(str`${value} bộ`, { id: 'receipt.set-count.one' })
    : msg(str`${value} bộ`, { id: 'receipt.set-count.other' });
}

function field(label: string, value: string | null | undefined, valueClass = ''): TemplateResult {
  return html`<div class="field">
    <dt>${label}:</dt>
    <dd class=${valueClass}>${value || '—'}</dd>
  </div>`;
}

function documentRow(document: ReceiptDocument, index: number, locale: Locale): TemplateResult {
  return html`<tr>
    <td class="number">${index + 1}</td>
    <td class="name">${document.name[locale]}</td>
    <td class="count">${document.originals}</td>
    <td class="count">${document.certifiedCopies}</td>
    <td class="count">${document.photocopies}</td>
  </tr>`;
}

function documentsTable(receipt: Receipt, locale: Locale): TemplateResult {
  const caption = msg('Thành phần hồ sơ nộp gồm', { id: 'receipt.documents' });
  return html`<table part="documents-table" class="documents">
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>
        <th scope="col" class="number">${msg('STT', { id: 'receipt.documents.number' })}</th>
        <th scope="col" class="name">${msg('Tên giấy tờ', { id: 'receipt.documents.name' })}</th>
        <th scope="col" class="count">${msg('Bản chính', { id: 'receipt.documents.originals' })}</th>
        <th scope="col" class="count">${msg('Bản sao chứng thực', { id: 'receipt.documents.certified-copies' })}</th>
        <th scope="col" class="count">${msg('Bản chụp', { id: 'receipt.documents.photocopies' })}</th>
      </tr>
    </thead>
    <tbody>
      ${
        receipt.documents.length === 0
          ? html`<tr><td colspan="5">${msg('Không có giấy tờ kèm theo', { id: 'receipt.documents.none' })}</td></tr>`
          : receipt.documents.map((document, index) => documentRow(document, index, locale))
      }
    </tbody>
  </table>`;
}

// A code whose encoder is still on its way keeps its box (the same classes size it), so that nothing on
// the sheet moves when it lands; one that could not be loaded is left out.
function drawnCode(
  encoder: CodeEncoder,
  text: string,
  label: string,
  boxClass: 'barcode' | 'qr-code',
): TemplateResult | typeof nothing {
  if (encoder === 'unavailable') return nothing;
  if (encoder === 'loading') return html`<div class="${boxClass} code-pending"></div>`;
  return encoder(text, label);
}

/**
 * The status-page URL as printed under the QR code, without its `https://`: on paper a link cannot be
 * followed, and a citizen whose phone cannot scan (or a receipt whose QR encoder failed to load) types
 * the address instead.
 */
function printedUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

function codes(receipt: Receipt, options: ReceiptDocumentOptions): TemplateResult {
  const code = receipt.dossierCode;
  const { statusUrl } = options;
  const barcodeLabel = msg(str`Mã vạch của mã hồ sơ ${code}`, { id: 'receipt.barcode-label' });
  const qrLabel = msg('Mã QR tra cứu hồ sơ', { id: 'receipt.qr-label' });
  return html`<div class="codes">
    <div class="code-block">
      ${drawnCode(options.barcode, code, barcodeLabel, 'barcode')}
      <p class="code-text" part="dossier-code">
        ${msg('Mã hồ sơ', { id: 'receipt.dossier-code' })}: <strong class="code">${code}</strong>
      </p>
    </div>
    ${
      statusUrl === undefined
        ? nothing
        : html`<figure class="qr-block">
            ${drawnCode(options.qrCode, statusUrl, qrLabel, 'qr-code')}
            <figcaption>
              <a part="status-link" class="status-link" href=${statusUrl} target="_blank" rel="noopener">
                ${msg('Tra cứu tình trạng hồ sơ', { id: 'receipt.status-link' })}
              </a>
              <span class="status-url" part="status-url">${printedUrl(statusUrl)}</span>
            </figcaption>
          </figure>`
    }
  </div>`;
}

/**
 * The receipt's document — Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" — in the order of the
 * legal template: national header, receiving unit, title, dossier code with barcode and QR code,
 * submitter, request, owner, fee, then the numbered items (documents, sets, processing time, time
 * received, appointment, where the result is returned) and the two signature blocks.
 */
export function renderReceiptDocument(receipt: Receipt, options: ReceiptDocumentOptions): TemplateResult {
  const { locale } = options;
  const unitName = receipt.receivingUnit.name[locale];
  const submitterName = toReceiptUpperCase(receipt.submitter.fullName);
  const dateline = datelinePhrase(options.placeName, receipt.issuedAt, locale);
  const received = receipt.receivedAt === null ? undefined : dateTimePhrase(receipt.receivedAt, locale);
  const appointment =
    receipt.appointmentAt === null ? undefined : dateTimePhrase(receipt.appointmentAt, locale);
  const resultReturn = `${resultReturnMethodText(receipt.resultReturn.method)}: ${receipt.resultReturn.description[locale]}`;

  return html`<article part="document" class="document" aria-labelledby="receipt-title">
    <header part="header" class="header">
      <div class="unit">
        <p class="unit-name">${toReceiptUpperCase(unitName)}</p>
      </div>
      <div class="nation">
        <p class="nation-name">${msg('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { id: 'receipt.national-name' })}</p>
        <p class="motto">${msg('Độc lập - Tự do - Hạnh phúc', { id: 'receipt.national-motto' })}</p>
      </div>
      ${dateline === undefined ? nothing : html`<p class="dateline">${dateline}</p>`}
    </header>

    <h2 part="title" class="title" id="receipt-title">
      ${msg('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', { id: 'receipt.title' })}
    </h2>

    ${codes(receipt, options)}

    <p class="intro">${msg(str`${unitName} tiếp nhận hồ sơ của:`, { id: 'receipt.received-from' })}</p>
    <dl class="fields">
      ${field(msg('Ông/Bà', { id: 'receipt.submitter-name' }), submitterName, 'person-name')}
      ${field(msg('Địa chỉ', { id: 'receipt.address' }), receipt.submitter.address)}
      ${field(msg('Số điện thoại', { id: 'receipt.phone' }), receipt.submitter.phone)}
      ${field(msg('Email', { id: 'receipt.email' }), receipt.submitter.email)}
      ${field(msg('Số định danh cá nhân', { id: 'receipt.personal-id' }), receipt.submitter.personalId)}
      ${field(msg('Nội dung yêu cầu giải quyết', { id: 'receipt.procedure' }), receipt.procedure.name[locale])}
      ${field(msg('Chủ hồ sơ', { id: 'receipt.owner' }), toReceiptUpperCase(receipt.owner.fullName), 'person-name')}
      ${field(msg('Hình thức thu phí, lệ phí', { id: 'receipt.fee-collection' }), feeText(receipt, locale))}
    </dl>

    <ol class="items">
      <li>
        <span class="item-label">${msg('Thành phần hồ sơ nộp gồm', { id: 'receipt.documents' })}:</span>
        ${documentsTable(receipt, locale)}
      </li>
      <li>
        <span class="item-label">${msg('Số lượng hồ sơ', { id: 'receipt.set-count' })}:</span>
        ${setCountText(receipt.setCount, locale)}
      </li>
      <li>
        <span class="item-label">${msg('Thời gian giải quyết hồ sơ theo quy định', { id: 'receipt.processing-time' })}:</span>
        ${receipt.processingTime === null ? notSpecified() : durationText(receipt.processingTime)}
      </li>
      <li>
        <span class="item-label">${msg('Thời gian nhận hồ sơ', { id: 'receipt.received-at' })}:</span>
        ${received ?? notSpecified()}
      </li>
      <li>
        <span class="item-label">${msg('Thời gian trả kết quả giải quyết hồ sơ', { id: 'receipt.appointment-at' })}:</span>
        ${appointment ?? notSpecified()}
      </li>
      <li>
        <span class="item-label">${msg('Nơi trả kết quả', { id: 'receipt.result-return' })}:</span>
        ${resultReturn}
      </li>
    </ol>

    <div part="signatures" class="signatures">
      <div class="signature">
        <p class="signature-role">${msg('NGƯỜI NỘP HỒ SƠ', { id: 'receipt.submitter-signature' })}</p>
        <p class="signature-hint">${msg('(Ký và ghi rõ họ tên)', { id: 'receipt.signature-hint' })}</p>
        <p class="signature-name">${submitterName}</p>
      </div>
      <div class="signature">
        <p class="signature-role">${msg('NGƯỜI TIẾP NHẬN HỒ SƠ', { id: 'receipt.receiver-signature' })}</p>
        <p class="signature-hint">${msg('(Ký và ghi rõ họ tên)', { id: 'receipt.signature-hint' })}</p>
      </div>
    </div>
  </article>`;
}
