import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { durationText } from '../../../i18n/duration-text.js';
import { vndText } from '../../../i18n/money-text.js';
import type { FieldDef, FieldOption } from '../form-field.js';
import type { Channel, Delivery, Location, ProcedureDetail } from '../form-types.js';
import {
  checkEmail,
  checkLength,
  checkPersonName,
  checkPhone,
  REQUIRED_NAME,
  REQUIRED_PHONE,
} from '../validation.js';
import type { FieldSection } from './eform-fields.js';
import { ADDRESS_DETAIL_MAX_LENGTH } from './owner-section.js';

/** The ways a result comes back, in the contract's order. */
export const DELIVERY_METHODS = [
  'AT_LOCATION',
  'POSTAL',
  'ELECTRONIC',
] as const satisfies readonly Delivery['method'][];

/** One of {@link DELIVERY_METHODS}. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/**
 * The ward to list result-return places in. Not in the body: it narrows the choice of
 * `/delivery/locationId` among the Center's 160-odd places; it follows the owner's ward until the
 * user picks another.
 */
export const DELIVERY_WARD_FILTER = '/delivery/wardFilter';

/** What the delivery section shows besides the values. */
export interface DeliveryOptions {
  readonly method: DeliveryMethod;
  readonly wardOptions: readonly FieldOption[];
  /** The places of the filter's ward that return results; `undefined` before a ward is chosen. */
  readonly locations: readonly Location[] | 'loading' | undefined;
  readonly locale: Locale;
}

/**
 * Where the citizen gets the result: at any branch or point of the Center they pick, whatever their
 * address ("phi địa giới"); by public post to an address in Hà Nội; or electronically, optionally
 * by e-mail too.
 */
export function deliverySection(options: DeliveryOptions): FieldSection {
  const { method, wardOptions, locations, locale } = options;
  const fields: FieldDef[] = [
    {
      pointer: '/delivery/method',
      label: msg('Cách nhận kết quả', { id: 'form.delivery-method' }),
      control: 'radio',
      required: true,
      options: [
        {
          value: 'AT_LOCATION',
          label: msg('Nhận trực tiếp tại nơi bạn chọn', { id: 'form.delivery.at-location' }),
          hint: msg('Bất kỳ chi nhánh, điểm tiếp nhận nào ở Hà Nội, không phụ thuộc nơi cư trú', {
            id: 'form.delivery.at-location-hint',
          }),
        },
        {
          value: 'POSTAL',
          label: msg('Nhận qua dịch vụ bưu chính công ích', { id: 'form.delivery.postal' }),
          hint: msg('Cước gửi kết quả do doanh nghiệp bưu chính thu khi giao', {
            id: 'form.delivery.postal-hint',
          }),
        },
        { value: 'ELECTRONIC', label: msg('Nhận kết quả điện tử', { id: 'form.delivery.electronic' }) },
      ],
    },
  ];
  if (method === 'AT_LOCATION') {
    fields.push(
      {
        pointer: DELIVERY_WARD_FILTER,
        label: msg('Phường, xã của nơi nhận kết quả', { id: 'form.delivery.ward-filter' }),
        control: 'select',
        required: true,
        options: wardOptions,
      },
      {
        pointer: '/delivery/locationId',
        label: msg('Nơi nhận kết quả', { id: 'form.delivery.location' }),
        hint:
          locations === undefined
            ? msg('Chọn phường, xã để xem các nơi trả kết quả.', { id: 'form.delivery.location-hint' })
            : locations === 'loading'
              ? msg('Đang tải…', { id: 'form.loading' })
              : locations.length === 0
                ? msg('Phường, xã này chưa có nơi trả kết quả. Hãy chọn phường, xã khác.', {
                    id: 'form.delivery.location-none',
                  })
                : undefined,
        control: 'select',
        required: true,
        options: (typeof locations === 'object' ? locations : []).map((location) => ({
          value: location.id,
          label: `${location.name[locale]} — ${location.addressDetail}`,
        })),
      },
    );
  } else if (method === 'POSTAL') {
    fields.push(
      {
        pointer: '/delivery/address/recipientName',
        label: msg('Người nhận', { id: 'form.delivery.recipient' }),
        required: true,
        requiredMessage: REQUIRED_NAME,
        validate: checkPersonName,
      },
      {
        pointer: '/delivery/address/phone',
        label: msg('Số điện thoại người nhận', { id: 'form.delivery.recipient-phone' }),
        required: true,
        type: 'tel',
        requiredMessage: REQUIRED_PHONE,
        validate: checkPhone,
      },
      {
        pointer: '/delivery/address/wardCode',
        label: msg('Phường, xã nhận kết quả (Hà Nội)', { id: 'form.delivery.ward' }),
        control: 'select',
        required: true,
        options: wardOptions,
      },
      {
        pointer: '/delivery/address/detail',
        label: msg('Số nhà, đường, tổ dân phố', { id: 'form.address-detail' }),
        required: true,
        validate: (value) => checkLength(value, 1, ADDRESS_DETAIL_MAX_LENGTH),
      },
    );
  } else {
    fields.push({
      pointer: '/delivery/email',
      label: msg('Gửi thêm kết quả qua email', { id: 'form.delivery.email' }),
      type: 'email',
      validate: checkEmail,
    });
  }
  return { id: 'delivery', title: msg('Nhận kết quả', { id: 'form.delivery' }), fields };
}

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
  return html`<dl class="fee-summary" part="fee-summary">
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
