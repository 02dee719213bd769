import { describe, expect, it } from 'vitest';
import { validatePersonName } from './person-name.js';
import { validatePersonalId } from './personal-id.js';
import { validatePhone } from './phone.js';
import { validateSatisfactionRating } from './rating.js';
import { validateTaxCode } from './tax-code.js';
import type { ValidationIssue, ValidationResult } from './validation-issue.js';

// Inputs that, together, raise every issue each validator can report.
const now = new Date('2025-10-27T09:00:00+07:00');
const results: ValidationResult<object>[] = [
  ...['', 'abc', '012345678', '12345', '003226012345'].map((input) => validatePersonalId(input, { now })),
  validatePersonalId('001095012345', { dateOfBirth: '1996', sex: 'FEMALE', now }),
  ...['', '09x', '+1 202 555 0100', '0912', '028 3825 1234', '0112 345 678'].map((input) =>
    validatePhone(input),
  ),
  ...['', 'A1', 'A_', "'A", 'A'.repeat(101)].map((input) => validatePersonName(input)),
  ...['', '123', '0100233488-000', '0100233480', '0100000000'].map((input) => validateTaxCode(input)),
  validateSatisfactionRating({
    level: 'X',
    reasons: ['Y'],
    comment: 'z'.repeat(501),
    indices: { overall: 'Z' },
  }),
  validateSatisfactionRating({ level: 'SATISFIED', reasons: ['LATE'] }),
];
const issues: ValidationIssue[] = results.flatMap((result) => (result.ok ? result.warnings : result.issues));
// Letters only Vietnamese uses: a message without one is probably English or lost its diacritics.
const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe('validation messages', () => {
  it('cover every rule the validators check', () => {
    expect(new Set(issues.map((issue) => issue.code))).toEqual(
      new Set([
        'personal-id.required',
        'personal-id.digits',
        'personal-id.legacy-id-card',
        'personal-id.length',
        'personal-id.province-unknown',
        'personal-id.birth-year-future',
        'personal-id.birth-year-mismatch',
        'personal-id.sex-mismatch',
        'phone.required',
        'phone.characters',
        'phone.foreign',
        'phone.length',
        'phone.landline-outside-hanoi',
        'phone.prefix',
        'person-name.required',
        'person-name.digits',
        'person-name.characters',
        'person-name.start',
        'person-name.too-long',
        'tax-code.required',
        'tax-code.format',
        'tax-code.branch',
        'tax-code.check-digit',
        'rating.level',
        'rating.reason',
        'rating.reasons-not-allowed',
        'rating.comment-too-long',
        'rating.index.overall',
      ]),
    );
  });

  it.each(issues.map((issue) => [issue.code, issue] as const))('%s is well formed', (_code, issue) => {
    expect(issue.code).toMatch(/^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]+)?$/);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(issue.message.vi).toBe(issue.message.vi.normalize('NFC'));
    expect(issue.message.vi).toMatch(VIETNAMESE_LETTER);
    expect(issue.message.en).not.toBe(issue.message.vi);
    expect(issue.message.vi).toMatch(/[.?]$/);
    expect(issue.message.en).toMatch(/[.?]$/);
  });
});
