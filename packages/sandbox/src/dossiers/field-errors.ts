import type { ValidationIssue } from '@dvc-kit/domain';
import { type FieldError, type LocalizedText, ProblemError } from '../http/problem.js';

/** A checked value in its normalised form, with the errors that stop it (none when it is valid). */
export interface Checked<T> {
  value: T;
  errors: FieldError[];
}

/** One field error. */
export function fieldError(pointer: string, code: string, message: LocalizedText): FieldError {
  return { pointer, code, message: { vi: message.vi, en: message.en } };
}

/**
 * The errors among a domain validator's issues as field errors at one pointer; warnings (an unknown
 * province code of a personal ID, say) do not block a submission and are left out.
 */
export function issuesAt(pointer: string, issues: readonly ValidationIssue[]): FieldError[] {
  return issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => fieldError(pointer, issue.code, issue.message));
}

/**
 * The 422 `validation` problem for a list of field errors, with a developer message that names every
 * pointer.
 */
export function validationProblem(errors: readonly FieldError[], what = 'The request'): ProblemError {
  const pointers = [...new Set(errors.map((error) => error.pointer))].join(', ');
  return new ProblemError('validation', `${what} is not valid at ${pointers}.`, { errors: [...errors] });
}

/** Throws the validation problem when there is any error. */
export function throwIfAny(errors: readonly FieldError[], what?: string): void {
  if (errors.length > 0) throw validationProblem(errors, what);
}
