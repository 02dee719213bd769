import { toValidationResult, type ValidationIssue, type ValidationResult } from './validation-issue.js';

/** What a business tax code ("mã số thuế") identifies. */
export const TAX_CODE_KINDS = ['MAIN', 'BRANCH'] as const;

/** `'MAIN'` (the enterprise, 10 digits) or `'BRANCH'` (10 digits + `-` + 3). */
export type TaxCodeKind = (typeof TAX_CODE_KINDS)[number];

/** A valid business tax code. */
export interface TaxCodeInfo {
  /** Normalised: `0100233488`, or `0314409058-002` for a branch. */
  readonly value: string;
  readonly kind: TaxCodeKind;
  /** The enterprise's own 10-digit code (equal to `value` for `MAIN`). */
  readonly mainCode: string;
}

/** The result of {@link validateTaxCode}. */
export type TaxCodeResult = ValidationResult<TaxCodeInfo>;

/** Options of {@link validateTaxCode}. */
export interface TaxCodeOptions {
  /**
   * How a wrong 10th (check) digit is reported; default `'error'`. The check digit is not in
   * domain.md's sources (it comes from the tax authority's numbering scheme as libraries such as
   * python-stdnum implement it), hence the switch.
   */
  readonly checkDigit?: 'error' | 'warning' | 'off';
}

// 10 digits: 2 province + 7 serial + 1 check digit; a branch adds "-" and 3 digits (domain.md [K]).
const MAIN_LENGTH = 10;
const SEPARATORS = /[\s.]/g;
const MAIN_CODE = /^\d{10}$/;
const BRANCH_CODE = /^(\d{10})-?(\d{3})$/;
// The 7-digit serial starts at 0000001 and branch numbers at 001.
const EMPTY_SERIAL = '0000000';
const EMPTY_BRANCH = '000';
const SERIAL_START = 2;
const SERIAL_END = 9;
// Weights of the first 9 digits in the check-digit sum; the check digit is 10 − (sum mod 11).
const CHECK_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;
const CHECK_MODULUS = 11;
const CHECK_BASE = 10;

/**
 * Validates a business tax code: 10 digits, or a branch's 10 digits + `-` + 3 digits (the dash may
 * be left out). Spaces and dots are ignored.
 *
 * @example
 * validateTaxCode('0100233488'); // { ok: true, value: '0100233488', kind: 'MAIN', mainCode: '0100233488', warnings: [] }
 * validateTaxCode('0314409058 - 002'); // { ok: true, value: '0314409058-002', kind: 'BRANCH', … }
 */
export function validateTaxCode(input: string, options: TaxCodeOptions = {}): TaxCodeResult {
  const compact = input.normalize('NFC').replace(SEPARATORS, '');
  if (compact === '') return { ok: false, issues: [REQUIRED] };
  const branch = BRANCH_CODE.exec(compact);
  const mainCode = branch ? branch[1]! : compact;
  if (!MAIN_CODE.test(mainCode)) return { ok: false, issues: [FORMAT] };

  const issues: ValidationIssue[] = [];
  if (mainCode.slice(SERIAL_START, SERIAL_END) === EMPTY_SERIAL) issues.push(FORMAT);
  if (branch && branch[2] === EMPTY_BRANCH) issues.push(BRANCH_NUMBER);
  const checkDigit = options.checkDigit ?? 'error';
  if (checkDigit !== 'off' && !hasValidCheckDigit(mainCode)) {
    issues.push({ ...CHECK_DIGIT, severity: checkDigit });
  }
  const value = branch ? `${mainCode}-${branch[2]}` : mainCode;
  return toValidationResult(issues, { value, kind: branch ? 'BRANCH' : 'MAIN', mainCode });
}

function hasValidCheckDigit(mainCode: string): boolean {
  let sum = 0;
  CHECK_WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(mainCode[index]);
  });
  return CHECK_BASE - (sum % CHECK_MODULUS) === Number(mainCode[MAIN_LENGTH - 1]);
}

const REQUIRED: ValidationIssue = {
  code: 'tax-code.required',
  message: { vi: 'Vui lòng nhập mã số thuế.', en: 'Enter the tax code.' },
  severity: 'error',
};
const FORMAT: ValidationIssue = {
  code: 'tax-code.format',
  message: {
    vi: 'Mã số thuế gồm 10 chữ số; mã số thuế của chi nhánh thêm dấu gạch ngang và 3 chữ số (ví dụ 0100233488-001).',
    en: 'A tax code has 10 digits; a branch adds a dash and 3 digits (e.g. 0100233488-001).',
  },
  severity: 'error',
};
const BRANCH_NUMBER: ValidationIssue = {
  code: 'tax-code.branch',
  message: {
    vi: 'Số thứ tự chi nhánh (3 số cuối) phải từ 001 đến 999.',
    en: 'A branch number (the last 3 digits) runs from 001 to 999.',
  },
  severity: 'error',
};
const CHECK_DIGIT: ValidationIssue = {
  code: 'tax-code.check-digit',
  message: {
    vi: 'Mã số thuế không đúng (sai chữ số kiểm tra). Vui lòng kiểm tra lại.',
    en: 'This tax code is not valid (wrong check digit). Please check it.',
  },
  severity: 'error',
};
