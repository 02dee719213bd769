import { toLocalDateString, validatePersonalId, validatePersonName, validatePhone } from '@dvc-kit/domain';
import type { FieldError } from '../http/problem.js';
import type { Ward } from '../seed/seed-types.js';
import type { Address, Person, Representative } from './dossier-types.js';
import { type Checked, fieldError, issuesAt } from './field-errors.js';

/** Hanoi's province code: every ward of the sandbox is in Hà Nội (domain.md, "Addresses"). */
export const HANOI_PROVINCE_CODE = '01';

/** What person checks need from the catalogue. */
export interface PersonChecks {
  ward: (code: string) => Ward | undefined;
  now: Date;
}

/** Checks a person's name with the domain's rules; the value is the normalised name. */
export function checkPersonName(name: string, pointer: string): Checked<string> {
  const result = validatePersonName(name);
  return result.ok
    ? { value: result.value, errors: [] }
    : { value: name, errors: issuesAt(pointer, result.issues) };
}

/** Checks a phone number with the domain's rules (Vietnamese mobile or Hà Nội landline). */
export function checkPhone(phone: string, pointer: string): Checked<string> {
  const result = validatePhone(phone);
  return result.ok
    ? { value: result.value, errors: [] }
    : { value: phone, errors: issuesAt(pointer, result.issues) };
}

/** Checks that an address is in Hà Nội and names a ward that exists. */
export function checkAddress(address: Address, pointer: string, checks: PersonChecks): FieldError[] {
  const errors: FieldError[] = [];
  if (address.provinceCode !== HANOI_PROVINCE_CODE) {
    errors.push(
      fieldError(`${pointer}/provinceCode`, 'province-unsupported', {
        vi: 'Chỉ nhận địa chỉ tại Hà Nội (mã tỉnh 01).',
        en: 'Only addresses in Hanoi (province code 01) are accepted.',
      }),
    );
  }
  if (!checks.ward(address.wardCode))
    errors.push(fieldError(`${pointer}/wardCode`, 'unknown-ward', UNKNOWN_WARD));
  return errors;
}

/**
 * Checks the dossier's owner: the name, the personal ID number (its structure, and what it encodes
 * against the date of birth and the sex entered), the phone, a date of birth not in the future, and
 * the address. Each failure is a field error under `/owner`.
 */
export function checkOwner(owner: Person, checks: PersonChecks): Checked<Person> {
  const name = checkPersonName(owner.fullName, '/owner/fullName');
  const phone = checkPhone(owner.phone, '/owner/phone');
  const personalId = validatePersonalId(owner.personalId, {
    dateOfBirth: owner.dateOfBirth,
    sex: owner.sex,
    now: checks.now,
  });
  const errors = [
    ...name.errors,
    ...(personalId.ok ? [] : issuesAt('/owner/personalId', personalId.issues)),
    ...phone.errors,
    ...checkAddress(owner.address, '/owner/address', checks),
  ];
  // Dates compare as yyyy-MM-dd text; "today" is Hanoi's date, the only one the office knows.
  if (owner.dateOfBirth > toLocalDateString(checks.now)) {
    errors.push(
      fieldError('/owner/dateOfBirth', 'date-of-birth-future', {
        vi: 'Ngày sinh không được ở tương lai.',
        en: 'The date of birth cannot be in the future.',
      }),
    );
  }
  return { value: { ...owner, fullName: name.value, phone: phone.value }, errors };
}

/**
 * Checks who files for the owner: name, ID number and phone when given, and that an authorisation
 * document, when named, is among the dossier's attachments.
 */
export function checkRepresentative(
  representative: Representative,
  attachedDocumentCodes: ReadonlySet<string>,
  now: Date,
): Checked<Representative> {
  const name = checkPersonName(representative.fullName, '/representative/fullName');
  const phone = representative.phone ? checkPhone(representative.phone, '/representative/phone') : undefined;
  const personalId = representative.personalId
    ? validatePersonalId(representative.personalId, { now })
    : undefined;
  const errors = [
    ...name.errors,
    ...(personalId && !personalId.ok ? issuesAt('/representative/personalId', personalId.issues) : []),
    ...(phone?.errors ?? []),
  ];
  const authorization = representative.authorizationDocumentCode;
  if (authorization !== undefined && !attachedDocumentCodes.has(authorization)) {
    errors.push(
      fieldError('/representative/authorizationDocumentCode', 'authorization-not-attached', {
        vi: 'Văn bản ủy quyền chưa được đính kèm hồ sơ.',
        en: 'The authorisation document is not among the attachments.',
      }),
    );
  }
  return {
    value: { ...representative, fullName: name.value, ...(phone ? { phone: phone.value } : {}) },
    errors,
  };
}

const UNKNOWN_WARD = {
  vi: 'Không có phường, xã nào của Hà Nội mang mã này.',
  en: 'No ward or commune of Hanoi has this code.',
};
