// The form's checks of typed values, over the domain's validators. Loaded on demand with them (see
// `validation-part.ts`): the first render of the form never checks anything.
import {
  type Sex,
  toLocalDateString,
  type ValidationResult,
  validatePersonalId,
  validatePersonName,
  validatePhone,
} from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import type { FormMessage } from './form-message.js';

/** The first blocking issue of a domain validator's result (warnings never block). */
function firstError(result: ValidationResult<object>): FormMessage | undefined {
  return result.ok ? undefined : result.issues.find((issue) => issue.severity === 'error')?.message;
}

// "Họ, chữ đệm và tên" reads "họ, chữ đệm và tên" inside a sentence.
const inSentence = (label: string): string => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/**
 * An empty required text field, named as GOV.UK asks ("Vui lòng nhập ngày sinh."), so that each line
 * of the error summary says which field it is about.
 */
export const ENTER: FormMessage = (label) => {
  const field = inSentence(label);
  return msg(str`Vui lòng nhập ${field}.`, { id: 'form.error.enter' });
};
/** An empty required select or radio group: "Vui lòng chọn giới tính." */
export const CHOOSE: FormMessage = (label) => {
  const field = inSentence(label);
  return msg(str`Vui lòng chọn ${field}.`, { id: 'form.error.choose' });
};

/** Length in characters as JSON Schema counts them (code points), after NFC. */
const length = (value: string): number => [...value].length;

// Dates are typed day first, as Vietnamese forms write them: 14/03/1990, 14.03.1990, 14-3-1990 or
// 14031990 (phone keypads in numeric mode have no slash); an ISO date pasted from elsewhere is kept.
const DAY_FIRST = /^(\d{1,2})[\s./-]+(\d{1,2})[\s./-]+(\d{4})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a typed date as `yyyy-MM-dd`, or `undefined` when it is not a day of the calendar. */
export function parseDateInput(input: string): string | undefined {
  const text = input.normalize('NFC').trim();
  const iso = ISO.exec(text);
  const parts = iso ? [iso[3], iso[2], iso[1]] : (DAY_FIRST.exec(text) ?? COMPACT.exec(text))?.slice(1);
  if (!parts) return undefined;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** `yyyy-MM-dd` as the form shows it: `dd/MM/yyyy`. */
export function formatDateInput(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** Checks a typed date; `notFuture` for dates of birth (judged on Hà Nội's calendar, like the server). */
export function checkDate(value: string, options: { notFuture?: boolean } = {}): FormMessage | undefined {
  const date = parseDateInput(value);
  if (date === undefined) {
    return () =>
      msg('Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 14/03/1990.', { id: 'form.error.date' });
  }
  if (options.notFuture && date > toLocalDateString(new Date())) {
    return () => msg('Ngày sinh không được ở tương lai.', { id: 'form.error.date-future' });
  }
  return undefined;
}

/**
 * The domain's own words for an empty name, ID number or phone ("Vui lòng nhập họ và tên."): more
 * helpful than the generic "required", and the same as the validators give.
 */
export const REQUIRED_NAME = firstError(validatePersonName(''));
/** The domain's message for an empty personal ID number. */
export const REQUIRED_PERSONAL_ID = firstError(validatePersonalId(''));
/** The domain's message for an empty phone number. */
export const REQUIRED_PHONE = firstError(validatePhone(''));

/** A person's full name, by the domain's rules (letters, diacritics, apostrophes; no digits). */
export const checkPersonName = (value: string): FormMessage | undefined =>
  firstError(validatePersonName(value));

/** A Vietnamese mobile number or a Hà Nội landline, by the domain's rules. */
export const checkPhone = (value: string): FormMessage | undefined => firstError(validatePhone(value));

/** What a personal ID number is cross-checked with: the date of birth (`yyyy-MM-dd`) and the sex entered. */
export interface PersonalIdCrossCheck {
  readonly dateOfBirth?: string | undefined;
  readonly sex?: Sex | undefined;
}

/**
 * A 12-digit personal ID number, cross-checked with the date of birth (`yyyy-MM-dd`) and the sex
 * entered next to it, by the domain's rules.
 */
export const checkPersonalId = (
  value: string,
  crossCheck: PersonalIdCrossCheck = {},
): FormMessage | undefined => firstError(validatePersonalId(value, crossCheck));

/**
 * The domain's first warning about a personal ID number it otherwise accepts — a province code of
 * birth registration it does not know ("personal-id.province-unknown"), worth a second look but no
 * reason to refuse the number: new codes can appear before the list knows them.
 */
export function personalIdWarning(
  value: string,
  crossCheck: PersonalIdCrossCheck = {},
): FormMessage | undefined {
  const result = validatePersonalId(value, crossCheck);
  return result.ok ? result.warnings[0]?.message : undefined;
}

// The "fast" e-mail format of ajv-formats, which the server checks `format: email` with: the same
// addresses pass on both sides.
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** The contract's longest e-mail address (RFC 5321's path limit). */
const EMAIL_MAX_LENGTH = 254;

/** An e-mail address as the contract's `format: email` accepts it. */
export function checkEmail(value: string): FormMessage | undefined {
  const email = value.trim();
  return EMAIL.test(email) && email.length <= EMAIL_MAX_LENGTH
    ? undefined
    : () => msg('Địa chỉ email không hợp lệ, ví dụ ten@example.com.', { id: 'form.error.email' });
}

/** Text length bounds of an e-form field or a contract string. */
export function checkLength(value: string, min = 0, max = Number.POSITIVE_INFINITY): FormMessage | undefined {
  const count = length(value.trim());
  if (count < min) return () => msg(str`Cần ít nhất ${min} ký tự.`, { id: 'form.error.min-length' });
  if (count > max) return () => msg(str`Không quá ${max} ký tự.`, { id: 'form.error.max-length' });
  return undefined;
}

const INTEGER = /^-?\d+$/;

/** A whole number within bounds. */
export function checkInteger(value: string, min?: number, max?: number): FormMessage | undefined {
  const text = value.trim();
  if (!INTEGER.test(text)) return () => msg('Vui lòng nhập một số nguyên.', { id: 'form.error.integer' });
  const number = Number(text);
  if (min !== undefined && number < min) {
    return () => msg(str`Giá trị phải từ ${min} trở lên.`, { id: 'form.error.minimum' });
  }
  if (max !== undefined && number > max) {
    return () => msg(str`Giá trị không được lớn hơn ${max}.`, { id: 'form.error.maximum' });
  }
  return undefined;
}

/**
 * A value against an e-form field's `pattern` (JSON Schema: unanchored, Unicode). A pattern this
 * browser cannot compile is left to the server.
 */
export function checkPattern(value: string, pattern: string): FormMessage | undefined {
  let expression: RegExp;
  try {
    expression = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  return expression.test(value.trim())
    ? undefined
    : () => msg('Giá trị không đúng định dạng.', { id: 'form.error.pattern' });
}
