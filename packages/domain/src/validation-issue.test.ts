import { describe, expect, it } from 'vitest';
import { hasErrors, toValidationResult, type ValidationIssue, validationIssue } from './validation-issue.js';

const warning = validationIssue('demo.warning', { vi: 'Cảnh báo', en: 'Warning' }, 'warning');
const error: ValidationIssue = validationIssue('demo.error', { vi: 'Lỗi', en: 'Error' });

describe('validation results', () => {
  it('builds errors by default', () => {
    expect(error.severity).toBe('error');
    expect(warning.severity).toBe('warning');
  });

  it('fails when any issue is an error and keeps every issue', () => {
    expect(hasErrors([warning, error])).toBe(true);
    expect(toValidationResult([warning, error], { value: 'x' })).toEqual({
      ok: false,
      issues: [warning, error],
    });
  });

  it('succeeds with warnings only, carrying the value', () => {
    expect(hasErrors([warning])).toBe(false);
    expect(toValidationResult([warning], { value: 'x' })).toEqual({
      ok: true,
      value: 'x',
      warnings: [warning],
    });
  });

  it('does not let the value overwrite ok or warnings', () => {
    const result = toValidationResult([], { ok: false, warnings: 'no' } as unknown as object);
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});
