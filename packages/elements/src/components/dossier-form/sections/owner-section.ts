import { msg } from '@lit/localize';
import type { FieldOption, FieldSection } from '../form-field.js';

/** The contract's longest address detail ("house number, street, hamlet"). */
export const ADDRESS_DETAIL_MAX_LENGTH = 200;

const sexOptions = (): FieldOption[] => [
  { value: 'MALE', label: msg('Nam', { id: 'form.sex.male' }) },
  { value: 'FEMALE', label: msg('Nữ', { id: 'form.sex.female' }) },
];

/**
 * The owner ("chủ hồ sơ"): the citizen the dossier is for. Their ID number is cross-checked with the
 * date of birth and the sex typed next to it (the number encodes both); an ID number of a province
 * the domain does not know gets a warning that does not block.
 */
export function ownerSection(wardOptions: readonly FieldOption[]): FieldSection {
  return {
    id: 'owner',
    title: msg('Chủ hồ sơ', { id: 'form.owner' }),
    fields: [
      {
        pointer: '/owner/fullName',
        label: msg('Họ, chữ đệm và tên', { id: 'form.full-name' }),
        hint: msg('Như trên thẻ căn cước', { id: 'form.full-name-hint' }),
        required: true,
        autocomplete: 'name',
        requiredMessage: 'check',
        check: { rule: 'person-name' },
      },
      {
        pointer: '/owner/personalId',
        label: msg('Số định danh cá nhân', { id: 'form.personal-id' }),
        hint: msg('12 chữ số in trên thẻ căn cước', { id: 'form.personal-id-hint' }),
        required: true,
        inputMode: 'numeric',
        requiredMessage: 'check',
        check: { rule: 'personal-id', dateOfBirthField: '/owner/dateOfBirth', sexField: '/owner/sex' },
      },
      {
        pointer: '/owner/dateOfBirth',
        label: msg('Ngày sinh', { id: 'form.date-of-birth' }),
        hint: msg('Ngày/tháng/năm, ví dụ 14/03/1990', { id: 'form.date-hint' }),
        required: true,
        inputMode: 'numeric',
        autocomplete: 'bday',
        check: { rule: 'date', notFuture: true },
      },
      {
        pointer: '/owner/sex',
        label: msg('Giới tính', { id: 'form.sex' }),
        control: 'radio',
        required: true,
        options: sexOptions(),
      },
      {
        pointer: '/owner/phone',
        label: msg('Số điện thoại', { id: 'form.phone' }),
        required: true,
        type: 'tel',
        autocomplete: 'tel',
        requiredMessage: 'check',
        check: { rule: 'phone' },
      },
      {
        pointer: '/owner/email',
        label: msg('Email', { id: 'form.email' }),
        type: 'email',
        autocomplete: 'email',
        check: { rule: 'email' },
      },
      {
        pointer: '/owner/address/wardCode',
        label: msg('Phường, xã nơi cư trú (Hà Nội)', { id: 'form.owner-ward' }),
        control: 'select',
        required: true,
        options: wardOptions,
      },
      {
        pointer: '/owner/address/detail',
        label: msg('Số nhà, đường, tổ dân phố', { id: 'form.address-detail' }),
        required: true,
        autocomplete: 'street-address',
        check: { rule: 'text', minLength: 1, maxLength: ADDRESS_DETAIL_MAX_LENGTH },
      },
    ],
  };
}
