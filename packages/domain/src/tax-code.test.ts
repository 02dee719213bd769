import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTaxCode } from './tax-code.js';

function issueCodes(result: ReturnType<typeof validateTaxCode>): string[] {
  return result.ok ? result.warnings.map((issue) => issue.code) : result.issues.map((issue) => issue.code);
}

/** The check digit computed independently of the implementation: 10 − Σ(wᵢ·dᵢ) mod 11. */
function checkDigitOf(nineDigits: string): number {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(nineDigits[index]), 0);
  return 10 - (sum % 11);
}

describe('validateTaxCode', () => {
  it('accepts an enterprise code', () => {
    expect(validateTaxCode('0100233488')).toEqual({
      ok: true,
      value: '0100233488',
      kind: 'MAIN',
      mainCode: '0100233488',
      warnings: [],
    });
  });

  it.each(['0314409058-002', '0314409058 - 002', '0314409058002', '03.14.409.058-002'])(
    'accepts branch %j',
    (input) => {
      expect(validateTaxCode(input)).toMatchObject({
        ok: true,
        value: '0314409058-002',
        kind: 'BRANCH',
        mainCode: '0314409058',
      });
    },
  );

  it.each([
    ['', 'tax-code.required'],
    ['010023348', 'tax-code.format'],
    ['01002334881', 'tax-code.format'],
    ['0100233488-01', 'tax-code.format'],
    ['01002334AB', 'tax-code.format'],
    ['0100233488-000', 'tax-code.branch'],
    ['0100233480', 'tax-code.check-digit'],
  ])('refuses %j with %s', (input, code) => {
    const result = validateTaxCode(input);
    expect(result.ok).toBe(false);
    expect(issueCodes(result)).toEqual([code]);
  });

  it('refuses an all-zero serial', () => {
    const nine = '010000000';
    expect(issueCodes(validateTaxCode(nine + String(checkDigitOf(nine))))).toContain('tax-code.format');
  });

  it('can report a wrong check digit as a warning or not at all', () => {
    expect(validateTaxCode('0100233480', { checkDigit: 'warning' })).toMatchObject({ ok: true });
    expect(issueCodes(validateTaxCode('0100233480', { checkDigit: 'warning' }))).toEqual([
      'tax-code.check-digit',
    ]);
    expect(validateTaxCode('0100233480', { checkDigit: 'off' })).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts a code exactly when its 10th digit is the check digit', () => {
    const nineDigits = fc.stringMatching(/^\d{9}$/).filter((digits) => digits.slice(2) !== '0000000');
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), (nine, last) => {
        expect(validateTaxCode(`${nine}${last}`).ok).toBe(last === checkDigitOf(nine));
      }),
    );
  });
});
