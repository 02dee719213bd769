import type { Locale, Sex } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { FieldDef, FieldOption, FieldValues } from '../form-field.js';
import type { RequiredDocument } from '../form-types.js';
import {
  checkDate,
  checkEmail,
  checkLength,
  checkPersonalId,
  checkPersonName,
  checkPhone,
  parseDateInput,
  REQUIRED_NAME,
  REQUIRED_PERSONAL_ID,
  REQUIRED_PHONE,
} from '../validation.js';
import type { FieldSection } from './eform-fields.js';

/** The contract's longest address detail ("house number, street, hamlet"). */
export const ADDRESS_DETAIL_MAX_LENGTH = 200;

/** Who files: the owner alone (no `representative` in the body), agent staff, or an authorised person. */
export const FILER_ROLES = ['OWNER', 'AGENT_STAFF', 'AUTHORIZED_PERSON'] as const;

/** One of {@link FILER_ROLES}. */
export type FilerRole = (typeof FILER_ROLES)[number];

/** The pointer of the filer choice: not in the body, it decides whether `representative` is. */
export const FILER_ROLE = '/representative/role';

const sexOptions = (): FieldOption[] => [
  { value: 'MALE', label: msg('Nam', { id: 'form.sex.male' }) },
  { value: 'FEMALE', label: msg('Nữ', { id: 'form.sex.female' }) },
];

const detail = (value: string) => checkLength(value, 1, ADDRESS_DETAIL_MAX_LENGTH);

/** The owner's ID number is cross-checked with the date of birth and the sex typed next to it. */
function checkOwnerPersonalId(value: string, values: FieldValues) {
  const dateOfBirth = values['/owner/dateOfBirth'];
  const sex = values['/owner/sex'];
  return checkPersonalId(value, {
    dateOfBirth: typeof dateOfBirth === 'string' ? parseDateInput(dateOfBirth) : undefined,
    sex: sex === 'MALE' || sex === 'FEMALE' ? (sex as Sex) : undefined,
  });
}

/** The owner ("chủ hồ sơ"): the citizen the dossier is for. */
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
        requiredMessage: REQUIRED_NAME,
        validate: checkPersonName,
      },
      {
        pointer: '/owner/personalId',
        label: msg('Số định danh cá nhân', { id: 'form.personal-id' }),
        hint: msg('12 chữ số in trên thẻ căn cước', { id: 'form.personal-id-hint' }),
        required: true,
        inputMode: 'numeric',
        requiredMessage: REQUIRED_PERSONAL_ID,
        validate: checkOwnerPersonalId,
      },
      {
        pointer: '/owner/dateOfBirth',
        label: msg('Ngày sinh', { id: 'form.date-of-birth' }),
        hint: msg('Ngày/tháng/năm, ví dụ 14/03/1990', { id: 'form.date-hint' }),
        required: true,
        inputMode: 'numeric',
        autocomplete: 'bday',
        validate: (value) => checkDate(value, { notFuture: true }),
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
        requiredMessage: REQUIRED_PHONE,
        validate: checkPhone,
      },
      {
        pointer: '/owner/email',
        label: msg('Email', { id: 'form.email' }),
        type: 'email',
        autocomplete: 'email',
        validate: checkEmail,
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
        validate: detail,
      },
    ],
  };
}

/**
 * Who files for the owner: nobody (the citizen files alone), the agent-point staff member (pre-filled
 * from the counter session's `staff`), or an authorised person with their ID number. The
 * authorisation ("văn bản ủy quyền") is one of the procedure's uploaded documents.
 */
export function representativeSection(
  role: FilerRole,
  documents: readonly RequiredDocument[],
  locale: Locale,
): FieldSection {
  const fields: FieldDef[] = [
    {
      pointer: FILER_ROLE,
      label: msg('Ai nộp hồ sơ?', { id: 'form.filer' }),
      control: 'radio',
      required: true,
      options: [
        { value: 'OWNER', label: msg('Chủ hồ sơ tự nộp', { id: 'form.filer.owner' }) },
        { value: 'AGENT_STAFF', label: msg('Nhân viên điểm đại lý nộp thay', { id: 'form.filer.staff' }) },
        {
          value: 'AUTHORIZED_PERSON',
          label: msg('Người được ủy quyền nộp thay', { id: 'form.filer.authorized' }),
        },
      ],
    },
  ];
  if (role !== 'OWNER') {
    fields.push({
      pointer: '/representative/fullName',
      label: msg('Họ và tên người nộp', { id: 'form.filer-name' }),
      required: true,
      requiredMessage: REQUIRED_NAME,
      validate: checkPersonName,
    });
    if (role === 'AUTHORIZED_PERSON') {
      fields.push({
        pointer: '/representative/personalId',
        label: msg('Số định danh cá nhân của người nộp', { id: 'form.filer-personal-id' }),
        inputMode: 'numeric',
        validate: (value) => checkPersonalId(value),
      });
    }
    fields.push(
      {
        pointer: '/representative/phone',
        label: msg('Số điện thoại của người nộp', { id: 'form.filer-phone' }),
        type: 'tel',
        validate: checkPhone,
      },
      {
        pointer: '/representative/authorizationDocumentCode',
        label: msg('Văn bản ủy quyền nằm trong giấy tờ nào?', { id: 'form.authorization' }),
        control: 'select',
        options: documents
          .filter((document) => document.submission === 'UPLOAD')
          .map((document) => ({ value: document.code, label: document.name[locale] })),
      },
    );
  }
  return { id: 'representative', title: msg('Người nộp hồ sơ', { id: 'form.representative' }), fields };
}
