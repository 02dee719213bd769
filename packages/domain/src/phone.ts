import { toValidationResult, type ValidationIssue, type ValidationResult } from './validation-issue.js';

/** What a Vietnamese phone number reaches: a mobile or a fixed line. */
export const PHONE_KINDS = ['MOBILE', 'LANDLINE'] as const;

/** `'MOBILE'` or `'LANDLINE'`. */
export type PhoneKind = (typeof PHONE_KINDS)[number];

/** A valid phone number in E.164 form (`+84…`) and its kind. */
export interface PhoneInfo {
  readonly value: string;
  readonly kind: PhoneKind;
}

/** The result of {@link validatePhone}. */
export type PhoneResult = ValidationResult<PhoneInfo>;

/** Vietnam's country calling code. */
export const VIETNAM_CALLING_CODE = '84';

// What people type between digits: spaces, dots, dashes, brackets around an area code.
const SEPARATORS = /[\s.\-()]/g;
const DIGITS_ONLY = /^\d+$/;
const TRUNK_PREFIX = '0';
const INTERNATIONAL_PREFIX = '00';
// Without the trunk 0 a landline has 10 digits (24 + 8) and a mobile 9. So 84 + a number is at least
// 11 digits, and digits starting with 84 that are 10 or fewer are a national number typed without its
// 0 (0845 123 456 → 845123456), not a country code.
const LANDLINE_NATIONAL_LENGTH = 10;
// Mobile ranges 03x, 05x, 07x, 08x, 09x followed by 7 digits (domain.md, "Validation").
const MOBILE_NUMBER = /^[35789]\d{8}$/;
// Hà Nội's area code since the 2017 renumbering: 024 + 8 digits.
const HANOI_LANDLINE = /^24\d{8}$/;
const LANDLINE_PREFIX = '2';
const MOBILE_PREFIX = /^[35789]/;
// A number dialled with a country code: + or 00, then digits only.
const INTERNATIONAL_NUMBER = /^(?:\+|00)\d+$/;

/**
 * Rewrites a Vietnamese phone number as typed into E.164 (`+84…`), or `null` when it cannot be one:
 * other characters than digits and separators, or another country's code. Accepts `0912 345 678`,
 * `+84 912 345 678`, `84912345678`, `0084…`, `(024) 3825-1234`, `0912.345.678`, and the national
 * number without its leading 0 (`912345678`). It does not check length or range: see
 * {@link validatePhone}.
 *
 * @example
 * normalizePhone('0912 345 678'); // '+84912345678'
 * normalizePhone('+1 202 555 0100'); // null
 */
export function normalizePhone(input: string): string | null {
  const compact = compactPhone(input);
  const international = compact.startsWith('+');
  const digits = international ? compact.slice(1) : compact;
  if (!DIGITS_ONLY.test(digits)) return null;
  if (international || digits.startsWith(INTERNATIONAL_PREFIX)) {
    const withCountryCode = international ? digits : digits.slice(INTERNATIONAL_PREFIX.length);
    if (!withCountryCode.startsWith(VIETNAM_CALLING_CODE)) return null;
    return toE164(withCountryCode.slice(VIETNAM_CALLING_CODE.length));
  }
  if (digits.startsWith(VIETNAM_CALLING_CODE) && digits.length > LANDLINE_NATIONAL_LENGTH) {
    return toE164(digits.slice(VIETNAM_CALLING_CODE.length));
  }
  return toE164(digits);
}

/**
 * Validates a phone number for a dossier: a Vietnamese mobile number (03x, 05x, 07x, 08x, 09x + 7
 * digits) or a Hà Nội landline (024 + 8 digits), the two kinds domain.md lists. Landlines of other
 * provinces are refused with their own issue code (`phone.landline-outside-hanoi`), so a partner that
 * needs them can tell the case apart.
 *
 * @example
 * validatePhone('0912 345 678'); // { ok: true, value: '+84912345678', kind: 'MOBILE', warnings: [] }
 * validatePhone('024 3825 1234'); // { ok: true, value: '+842438251234', kind: 'LANDLINE', warnings: [] }
 */
export function validatePhone(input: string): PhoneResult {
  const compact = compactPhone(input);
  if (compact === '') return { ok: false, issues: [REQUIRED] };
  const value = normalizePhone(input);
  if (value === null) {
    return { ok: false, issues: [INTERNATIONAL_NUMBER.test(compact) ? FOREIGN : CHARACTERS] };
  }

  const national = value.slice(1 + VIETNAM_CALLING_CODE.length);
  if (MOBILE_NUMBER.test(national)) return toValidationResult([], { value, kind: 'MOBILE' });
  if (HANOI_LANDLINE.test(national)) return toValidationResult([], { value, kind: 'LANDLINE' });
  if (national.startsWith(LANDLINE_PREFIX)) {
    return {
      ok: false,
      issues: [national.length === LANDLINE_NATIONAL_LENGTH ? LANDLINE_OUTSIDE_HANOI : LENGTH],
    };
  }
  if (MOBILE_PREFIX.test(national)) return { ok: false, issues: [LENGTH] };
  return { ok: false, issues: [PREFIX] };
}

function compactPhone(input: string): string {
  return input.normalize('NFC').replace(SEPARATORS, '');
}

/** `+84` and the national number, dropping a trunk 0 (also when typed after +84: `+84 0912…`). */
function toE164(nationalWithOptionalTrunk: string): string {
  const national = nationalWithOptionalTrunk.startsWith(TRUNK_PREFIX)
    ? nationalWithOptionalTrunk.slice(TRUNK_PREFIX.length)
    : nationalWithOptionalTrunk;
  return `+${VIETNAM_CALLING_CODE}${national}`;
}

const REQUIRED: ValidationIssue = {
  code: 'phone.required',
  message: { vi: 'Vui lòng nhập số điện thoại.', en: 'Enter a phone number.' },
  severity: 'error',
};
const CHARACTERS: ValidationIssue = {
  code: 'phone.characters',
  message: {
    vi: 'Số điện thoại chỉ gồm chữ số, có thể kèm dấu cách, dấu chấm, dấu gạch ngang hoặc mã quốc gia +84.',
    en: 'A phone number contains digits only, with optional spaces, dots, dashes or the +84 country code.',
  },
  severity: 'error',
};
const FOREIGN: ValidationIssue = {
  code: 'phone.foreign',
  message: {
    vi: 'Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84).',
    en: 'Only Vietnamese phone numbers (country code +84) are accepted.',
  },
  severity: 'error',
};
const LENGTH: ValidationIssue = {
  code: 'phone.length',
  message: {
    vi: 'Số điện thoại không đủ hoặc thừa chữ số: số di động có 10 chữ số, số cố định Hà Nội có 11 chữ số (kể cả số 0 đầu).',
    en: 'The phone number has too few or too many digits: a mobile number has 10 digits, a Hà Nội landline 11 (counting the leading 0).',
  },
  severity: 'error',
};
const LANDLINE_OUTSIDE_HANOI: ValidationIssue = {
  code: 'phone.landline-outside-hanoi',
  message: {
    vi: 'Chỉ nhận số cố định Hà Nội (bắt đầu bằng 024). Vui lòng nhập số di động.',
    en: 'Only Hà Nội landlines (starting with 024) are accepted. Please enter a mobile number.',
  },
  severity: 'error',
};
const PREFIX: ValidationIssue = {
  code: 'phone.prefix',
  message: {
    vi: 'Số điện thoại không hợp lệ: số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định Hà Nội bắt đầu bằng 024.',
    en: 'This is not a valid phone number: mobile numbers start with 03, 05, 07, 08 or 09; Hà Nội landlines with 024.',
  },
  severity: 'error',
};
