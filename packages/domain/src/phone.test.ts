import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone, validatePhone } from './phone.js';

function issueCodes(result: ReturnType<typeof validatePhone>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

describe('normalizePhone', () => {
  it.each([
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['0912-345-678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['+84 0912 345 678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0084 912 345 678', '+84912345678'],
    ['912345678', '+84912345678'],
    ['0845 123 456', '+84845123456'],
    ['845123456', '+84845123456'],
    ['(024) 3825-1234', '+842438251234'],
  ])('rewrites %j as %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['+1 202 555 0100', '0044 20 7946 0958', '0912 345 67a', '', 'call me'])(
    'cannot rewrite %j',
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );
});

describe('validatePhone', () => {
  it.each([
    ['0912 345 678', '+84912345678'],
    ['0328 123 456', '+84328123456'],
    ['0561234567', '+84561234567'],
    ['0701234567', '+84701234567'],
    ['+84 86 123 4567', '+84861234567'],
  ])('accepts mobile %j', (input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, value, kind: 'MOBILE', warnings: [] });
  });

  it('accepts a Hà Nội landline', () => {
    expect(validatePhone('024 3825 1234')).toEqual({
      ok: true,
      value: '+842438251234',
      kind: 'LANDLINE',
      warnings: [],
    });
  });

  it.each([
    ['', 'phone.required'],
    ['  ', 'phone.required'],
    ['0912 345 67x', 'phone.characters'],
    ['+1 202 555 0100', 'phone.foreign'],
    ['0912 345 67', 'phone.length'],
    ['0912 345 6789', 'phone.length'],
    ['024 3825 123', 'phone.length'],
    ['028 3825 1234', 'phone.landline-outside-hanoi'],
    ['0112 345 678', 'phone.prefix'],
    ['0612 345 678', 'phone.prefix'],
    ['0412 345 678', 'phone.prefix'],
  ])('refuses %j with %s', (input, code) => {
    expect(issueCodes(validatePhone(input))).toEqual([code]);
  });

  it('accepts every mobile number however it is written', () => {
    const mobile = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/));
    const prefix = fc.constantFrom('0', '+84', '+84 ', '84', '0084');
    const separator = fc.constantFrom('', ' ', '.', '-');
    fc.assert(
      fc.property(mobile, prefix, separator, ([first, rest], start, sep) => {
        const national = first + rest;
        const typed = `${start}${national.slice(0, 3)}${sep}${national.slice(3, 6)}${sep}${national.slice(6)}`;
        expect(validatePhone(typed)).toEqual({
          ok: true,
          value: `+84${national}`,
          kind: 'MOBILE',
          warnings: [],
        });
      }),
    );
  });
});
