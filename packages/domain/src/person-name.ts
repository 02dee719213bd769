import { toValidationResult, type ValidationIssue, type ValidationResult } from './validation-issue.js';

/**
 * Longest accepted name, in characters (code points after NFC). Vietnamese full names rarely pass
 * 40; 100 leaves room for foreign names with several given names while catching pasted paragraphs.
 */
export const PERSON_NAME_MAX_LENGTH = 100;

/** A valid person name, normalised. */
export interface PersonNameInfo {
  readonly value: string;
}

/** The result of {@link validatePersonName}. */
export type PersonNameResult = ValidationResult<PersonNameInfo>;

const WHITESPACE_RUN = /\s+/g;
const DIGIT = /\p{Nd}/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
// Letters of any script with their combining marks, and the separators names use: space, apostrophes
// (ASCII ' and typographic ’, as in "H'Hen Niê" and "O’Brien"), hyphen, dot ("Nguyễn Văn A.", "Jr.").
const NAME_CHARACTERS = /^[\p{L}\p{M} '’\-.]+$/u;

/**
 * Normalises a person name the way it is stored and compared: NFC, trimmed, runs of whitespace
 * collapsed to one space.
 */
export function normalizePersonName(input: string): string {
  return input.normalize('NFC').trim().replace(WHITESPACE_RUN, ' ');
}

/**
 * Validates a person's full name: letters of any script (Vietnamese with its diacritics, the names
 * of ethnic minorities, foreign names), spaces, apostrophes, hyphens and dots; no digits; starts with
 * a letter; at most {@link PERSON_NAME_MAX_LENGTH} characters. The name is kept as typed otherwise:
 * it must read as on the citizen's ID card.
 *
 * @example
 * validatePersonName("  H'Hen   Niê ").ok; // true, value "H'Hen Niê"
 * validatePersonName('Nguyễn Văn 2').ok; // false: digits
 */
export function validatePersonName(input: string): PersonNameResult {
  const value = normalizePersonName(input);
  if (value === '') return { ok: false, issues: [REQUIRED] };
  const issues: ValidationIssue[] = [];
  if (DIGIT.test(value)) issues.push(DIGITS);
  else if (!NAME_CHARACTERS.test(value)) issues.push(CHARACTERS);
  else if (!STARTS_WITH_LETTER.test(value)) issues.push(START);
  if ([...value].length > PERSON_NAME_MAX_LENGTH) issues.push(TOO_LONG);
  return toValidationResult(issues, { value });
}

/**
 * A name as printed on a receipt: normalised (see {@link normalizePersonName}) and upper-cased with
 * Vietnamese rules, so "nguyễn thị đào" becomes "NGUYỄN THỊ ĐÀO" (domain.md, "Receipt").
 */
export function toReceiptUpperCase(name: string): string {
  return normalizePersonName(name).toLocaleUpperCase('vi').normalize('NFC');
}

const REQUIRED: ValidationIssue = {
  code: 'person-name.required',
  message: { vi: 'Vui lòng nhập họ và tên.', en: 'Enter the full name.' },
  severity: 'error',
};
const DIGITS: ValidationIssue = {
  code: 'person-name.digits',
  message: { vi: 'Họ và tên không được chứa chữ số.', en: 'A name cannot contain digits.' },
  severity: 'error',
};
const CHARACTERS: ValidationIssue = {
  code: 'person-name.characters',
  message: {
    vi: "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (' hoặc ’), dấu gạch nối (-) và dấu chấm (.).",
    en: "A name may contain letters, spaces, apostrophes (' or ’), hyphens (-) and dots (.) only.",
  },
  severity: 'error',
};
const START: ValidationIssue = {
  code: 'person-name.start',
  message: { vi: 'Họ và tên phải bắt đầu bằng chữ cái.', en: 'A name must start with a letter.' },
  severity: 'error',
};
const TOO_LONG: ValidationIssue = {
  code: 'person-name.too-long',
  message: {
    vi: 'Họ và tên dài tối đa 100 ký tự.',
    en: 'A name can be at most 100 characters long.',
  },
  severity: 'error',
};
