import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { FieldDef, FieldOption, FieldSection, FieldValue } from '../form-field.js';
import type { Delivery, Location } from '../form-types.js';
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
        requiredMessage: 'check',
        check: { rule: 'person-name' },
      },
      {
        pointer: '/delivery/address/phone',
        label: msg('Số điện thoại người nhận', { id: 'form.delivery.recipient-phone' }),
        required: true,
        type: 'tel',
        requiredMessage: 'check',
        check: { rule: 'phone' },
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
        check: { rule: 'text', minLength: 1, maxLength: ADDRESS_DETAIL_MAX_LENGTH },
      },
    );
  } else {
    fields.push({
      pointer: '/delivery/email',
      label: msg('Gửi thêm kết quả qua email', { id: 'form.delivery.email' }),
      type: 'email',
      check: { rule: 'email' },
    });
  }
  return { id: 'delivery', title: msg('Nhận kết quả', { id: 'form.delivery' }), fields };
}

/** The postal address's fields, by where they start from: the owner's own. */
const POSTAL_FROM_OWNER: Readonly<Record<string, string>> = {
  '/delivery/address/recipientName': '/owner/fullName',
  '/delivery/address/phone': '/owner/phone',
  '/delivery/address/wardCode': '/owner/address/wardCode',
  '/delivery/address/detail': '/owner/address/detail',
};

/**
 * The owner usually receives the result at home: when the user chooses the post, the empty fields of
 * the postal address start from the owner's (in `values`, which it changes).
 */
export function prefillPostalAddress(values: Record<string, FieldValue>): void {
  for (const [to, from] of Object.entries(POSTAL_FROM_OWNER)) values[to] ||= values[from] ?? '';
}
