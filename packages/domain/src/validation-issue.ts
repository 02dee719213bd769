import type { LocalizedText } from './localized.js';

/** How bad an issue is: an `error` blocks the value, a `warning` only asks the user to check it. */
export const VALIDATION_SEVERITIES = ['error', 'warning'] as const;

/** How bad an issue is: `'error'` or `'warning'`. */
export type ValidationSeverity = (typeof VALIDATION_SEVERITIES)[number];

/**
 * One finding of a validator: the common result shape of every validator in this package, so the
 * server can turn issues into RFC 9457 problem details and the web components into an error summary
 * with the same wording.
 */
export interface ValidationIssue {
  /** Stable machine code, `<concern>.<rule>`, e.g. `'personal-id.length'`. Never reworded. */
  readonly code: string;
  /** What went wrong and how to fix it, in Vietnamese and English. */
  readonly message: LocalizedText;
  /** `'error'` blocks the value; `'warning'` lets it through. */
  readonly severity: ValidationSeverity;
}

/**
 * The outcome of a validator. On success the normalised value (and whatever the validator learnt)
 * comes with the warnings found; on failure `issues` lists every error and warning found.
 *
 * @example
 * const result = validatePhone('0912 345 678');
 * if (result.ok) save(result.value);
 * else show(result.issues);
 */
export type ValidationResult<T extends object> =
  | ({ readonly ok: true; readonly warnings: readonly ValidationIssue[] } & T)
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Builds a validation issue.
 *
 * @example
 * validationIssue('phone.required', { vi: 'Vui lòng nhập số điện thoại.', en: 'Enter a phone number.' });
 */
export function validationIssue(
  code: string,
  message: LocalizedText,
  severity: ValidationSeverity = 'error',
): ValidationIssue {
  return { code, message, severity };
}

/** Whether any of the issues is an error (warnings alone do not block a value). */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * Turns the issues a validator found into its result: a failure when any is an error, otherwise a
 * success carrying `value` with the issues as warnings.
 */
export function toValidationResult<T extends object>(
  issues: readonly ValidationIssue[],
  value: T,
): ValidationResult<T> {
  if (hasErrors(issues)) return { ok: false, issues };
  return { ...value, ok: true, warnings: issues };
}
