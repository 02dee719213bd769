import { isPersonalIdProvinceCode } from './personal-id-province-codes.js';
import { toValidationResult, type ValidationIssue, type ValidationResult } from './validation-issue.js';
import { localDateParts, localDayNumber, toEpochMs } from './vietnam-time.js';

/** The sexes a personal ID number encodes. */
export const SEXES = ['MALE', 'FEMALE'] as const;

/** `'MALE'` or `'FEMALE'`, as encoded in the personal ID number. */
export type Sex = (typeof SEXES)[number];

/** Digits in a personal ID number: `PPP G YY NNNNNN` (domain.md, "Validation"). */
export const PERSONAL_ID_LENGTH = 12;

// The old 9-digit identity card (CMND) is history only (domain.md): recognised to say so.
const LEGACY_ID_CARD_LENGTH = 9;
// Positions inside the 12 digits: PPP province, G century and sex, YY year, then a 6-digit serial.
const PROVINCE_END = 3;
const CENTURY_SEX_INDEX = 3;
const YEAR_END = 6;
// G = 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s …: each century takes two digits, even = male.
const FIRST_CENTURY = 1900;
const YEARS_PER_CENTURY = 100;
const DIGITS_PER_CENTURY = 2;
const SEPARATORS = /[\s.]/g;
const DIGITS_ONLY = /^\d+$/;
const YEAR_FIRST_DATE = /^(\d{4})(?:-\d{2}-\d{2})?$/;
const DAY_FIRST_DATE = /^\d{1,2}\/\d{1,2}\/(\d{4})$/;

/** What a personal ID number tells. */
export interface PersonalIdInfo {
  /** The 12 digits, normalised (NFC, spaces and dots removed). */
  readonly value: string;
  /** The three-digit province code of birth registration. */
  readonly provinceCode: string;
  /** Whether `provinceCode` is one of the 63 known codes (unknown is only a warning). */
  readonly provinceKnown: boolean;
  readonly birthYear: number;
  readonly sex: Sex;
}

/** The result of {@link parsePersonalId} and {@link validatePersonalId}. */
export type PersonalIdResult = ValidationResult<PersonalIdInfo>;

/** What {@link validatePersonalId} cross-checks the number against. */
export interface PersonalIdCrossCheck {
  /**
   * The date of birth entered: a `Date` (judged in Asia/Ho_Chi_Minh), `yyyy-MM-dd`, `dd/MM/yyyy` or a
   * bare year `yyyy` (some citizens only know their year of birth). Another text is not
   * cross-checked: the date field has its own validation.
   */
  readonly dateOfBirth?: Date | string | null;
  readonly sex?: Sex | null;
  /** Today, to reject a birth year in the future; defaults to the current time. */
  readonly now?: Date;
}

/**
 * Normalises a personal ID number as typed: NFC, then spaces and dots removed (people copy it as
 * `001 0 95 012345` or `001.095.012345`).
 */
export function normalizePersonalId(input: string): string {
  return input.normalize('NFC').replace(SEPARATORS, '');
}

/**
 * Reads a 12-digit personal ID number ("số định danh cá nhân", the CCCD number) `PPP G YY NNNNNN`:
 * province of birth registration, century and sex, year of birth, serial. There is no check digit,
 * so a well-formed number may still be someone else's; an unknown province code is a warning.
 *
 * @example
 * const result = parsePersonalId('001 0 95 012345');
 * // { ok: true, value: '001095012345', provinceCode: '001', provinceKnown: true,
 * //   birthYear: 1995, sex: 'MALE', warnings: [] }
 */
export function parsePersonalId(input: string): PersonalIdResult {
  const value = normalizePersonalId(input);
  if (value === '') return { ok: false, issues: [REQUIRED] };
  if (!DIGITS_ONLY.test(value)) return { ok: false, issues: [DIGITS] };
  if (value.length === LEGACY_ID_CARD_LENGTH) return { ok: false, issues: [LEGACY_ID_CARD] };
  if (value.length !== PERSONAL_ID_LENGTH) return { ok: false, issues: [LENGTH] };

  const provinceCode = value.slice(0, PROVINCE_END);
  const provinceKnown = isPersonalIdProvinceCode(provinceCode);
  const centurySex = Number(value[CENTURY_SEX_INDEX]);
  const century = FIRST_CENTURY + Math.floor(centurySex / DIGITS_PER_CENTURY) * YEARS_PER_CENTURY;
  const birthYear = century + Number(value.slice(CENTURY_SEX_INDEX + 1, YEAR_END));
  const sex: Sex = centurySex % DIGITS_PER_CENTURY === 0 ? 'MALE' : 'FEMALE';
  const issues = provinceKnown ? [] : [UNKNOWN_PROVINCE];
  return toValidationResult(issues, { value, provinceCode, provinceKnown, birthYear, sex });
}

/**
 * {@link parsePersonalId}, then checks what the number encodes against the form: a birth year in
 * the future is an error, and so is a year of birth or a sex that differs from the ones entered.
 *
 * @example
 * validatePersonalId('001195012345', { dateOfBirth: '1995-03-08', sex: 'FEMALE' }).ok; // true
 * validatePersonalId('001095012345', { sex: 'FEMALE' }).ok; // false: the number says male
 */
export function validatePersonalId(input: string, crossCheck: PersonalIdCrossCheck = {}): PersonalIdResult {
  const parsed = parsePersonalId(input);
  if (!parsed.ok) return parsed;
  const { ok: _ok, warnings, ...info } = parsed;
  const issues: ValidationIssue[] = [...warnings];

  const currentYear = localDateParts(localDayNumber(toEpochMs(crossCheck.now ?? new Date()))).year;
  if (info.birthYear > currentYear) issues.push(FUTURE_BIRTH_YEAR);

  const enteredYear = birthYearOf(crossCheck.dateOfBirth);
  if (enteredYear !== undefined && enteredYear !== info.birthYear) issues.push(BIRTH_YEAR_MISMATCH);
  if (crossCheck.sex && crossCheck.sex !== info.sex) issues.push(SEX_MISMATCH);

  return toValidationResult(issues, info);
}

function birthYearOf(dateOfBirth: Date | string | null | undefined): number | undefined {
  if (dateOfBirth == null) return undefined;
  if (dateOfBirth instanceof Date) {
    const ms = dateOfBirth.getTime();
    return Number.isNaN(ms) ? undefined : localDateParts(localDayNumber(ms)).year;
  }
  const text = dateOfBirth.normalize('NFC').trim();
  const match = YEAR_FIRST_DATE.exec(text) ?? DAY_FIRST_DATE.exec(text);
  return match ? Number(match[1]) : undefined;
}

const REQUIRED: ValidationIssue = {
  code: 'personal-id.required',
  message: {
    vi: 'Vui lòng nhập số định danh cá nhân.',
    en: 'Enter the personal ID number.',
  },
  severity: 'error',
};
const DIGITS: ValidationIssue = {
  code: 'personal-id.digits',
  message: {
    vi: 'Số định danh cá nhân chỉ gồm chữ số.',
    en: 'A personal ID number contains digits only.',
  },
  severity: 'error',
};
const LEGACY_ID_CARD: ValidationIssue = {
  code: 'personal-id.legacy-id-card',
  message: {
    vi: 'Số chứng minh nhân dân 9 số không còn được dùng. Vui lòng nhập số định danh cá nhân 12 số (số căn cước).',
    en: 'The old 9-digit identity card number is no longer used. Enter the 12-digit personal ID number (on the citizen identity card).',
  },
  severity: 'error',
};
const LENGTH: ValidationIssue = {
  code: 'personal-id.length',
  message: {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    en: 'A personal ID number has exactly 12 digits.',
  },
  severity: 'error',
};
const UNKNOWN_PROVINCE: ValidationIssue = {
  code: 'personal-id.province-unknown',
  message: {
    vi: 'Ba số đầu không phải mã tỉnh, thành phố nơi đăng ký khai sinh đã biết. Vui lòng kiểm tra lại.',
    en: 'The first three digits are not a known province code of birth registration. Please check the number.',
  },
  severity: 'warning',
};
const FUTURE_BIRTH_YEAR: ValidationIssue = {
  code: 'personal-id.birth-year-future',
  message: {
    vi: 'Năm sinh trong số định danh cá nhân nằm ở tương lai. Vui lòng kiểm tra lại số.',
    en: 'The year of birth in the personal ID number is in the future. Please check the number.',
  },
  severity: 'error',
};
const BIRTH_YEAR_MISMATCH: ValidationIssue = {
  code: 'personal-id.birth-year-mismatch',
  message: {
    vi: 'Năm sinh không khớp với số định danh cá nhân.',
    en: 'The year of birth does not match the personal ID number.',
  },
  severity: 'error',
};
const SEX_MISMATCH: ValidationIssue = {
  code: 'personal-id.sex-mismatch',
  message: {
    vi: 'Giới tính không khớp với số định danh cá nhân.',
    en: 'The sex does not match the personal ID number.',
  },
  severity: 'error',
};
