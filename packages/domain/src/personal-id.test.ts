import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePersonalId, validatePersonalId } from './personal-id.js';
import { PERSONAL_ID_PROVINCES } from './personal-id-provinces.js';

const now = new Date('2025-10-27T09:00:00+07:00');

function issueCodes(result: ReturnType<typeof parsePersonalId>): string[] {
  return result.ok ? result.warnings.map((issue) => issue.code) : result.issues.map((issue) => issue.code);
}

describe('parsePersonalId', () => {
  it('reads province, century, sex and year', () => {
    expect(parsePersonalId('001 0 95 012345')).toEqual({
      ok: true,
      value: '001095012345',
      provinceCode: '001',
      provinceKnown: true,
      birthYear: 1995,
      sex: 'MALE',
      warnings: [],
    });
  });

  it.each([
    ['0', 1900, 'MALE'],
    ['1', 1900, 'FEMALE'],
    ['2', 2000, 'MALE'],
    ['3', 2000, 'FEMALE'],
    ['4', 2100, 'MALE'],
    ['5', 2100, 'FEMALE'],
    ['6', 2200, 'MALE'],
    ['7', 2200, 'FEMALE'],
    ['8', 2300, 'MALE'],
    ['9', 2300, 'FEMALE'],
  ])('decodes century digit %s as the %is, %s', (digit, century, sex) => {
    const result = parsePersonalId(`079${digit}07123456`);
    expect(result).toMatchObject({ ok: true, birthYear: century + 7, sex });
  });

  it('removes spaces and dots and normalises to NFC', () => {
    expect(parsePersonalId(' 001.195.012345 ')).toMatchObject({ ok: true, value: '001195012345' });
    expect(parsePersonalId('001\u00a0195\t012345')).toMatchObject({ ok: true, value: '001195012345' });
  });

  it('warns, without failing, on an unknown province code', () => {
    const result = parsePersonalId('003095012345');
    expect(result).toMatchObject({ ok: true, provinceCode: '003', provinceKnown: false });
    expect(issueCodes(result)).toEqual(['personal-id.province-unknown']);
    expect(result.ok && result.warnings[0]?.severity).toBe('warning');
  });

  it.each([
    ['', 'personal-id.required'],
    ['   ', 'personal-id.required'],
    ['00109501234A', 'personal-id.digits'],
    ['001-095-012345', 'personal-id.digits'],
    ['012345678', 'personal-id.legacy-id-card'],
    ['00109501234', 'personal-id.length'],
    ['0010950123456', 'personal-id.length'],
  ])('refuses %j with %s', (input, code) => {
    const result = parsePersonalId(input);
    expect(result.ok).toBe(false);
    expect(issueCodes(result)).toEqual([code]);
  });

  it('accepts every 12-digit number opening with a known province code', () => {
    const codes = PERSONAL_ID_PROVINCES.map((province) => province.code);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.stringMatching(/^\d{9}$/), (province, rest) => {
        const result = parsePersonalId(province + rest);
        expect(result).toMatchObject({ ok: true, provinceKnown: true, warnings: [] });
        expect(result.ok && result.birthYear % 100).toBe(Number(rest.slice(1, 3)));
      }),
    );
  });
});

describe('validatePersonalId', () => {
  it('passes when the date of birth and sex agree', () => {
    expect(validatePersonalId('001195012345', { dateOfBirth: '1995-03-08', sex: 'FEMALE', now }).ok).toBe(
      true,
    );
    expect(validatePersonalId('001205012345', { dateOfBirth: '08/03/2005', sex: 'MALE', now }).ok).toBe(true);
    expect(validatePersonalId('001205012345', { dateOfBirth: '2005', now }).ok).toBe(true);
    expect(
      validatePersonalId('001205012345', { dateOfBirth: new Date('2005-03-08T00:00:00+07:00'), now }).ok,
    ).toBe(true);
  });

  it('reports a year of birth that differs', () => {
    const result = validatePersonalId('001195012345', { dateOfBirth: '1996-03-08', now });
    expect(issueCodes(result)).toEqual(['personal-id.birth-year-mismatch']);
  });

  it('reports a sex that differs', () => {
    const result = validatePersonalId('001095012345', { sex: 'FEMALE', now });
    expect(result.ok).toBe(false);
    expect(issueCodes(result)).toEqual(['personal-id.sex-mismatch']);
  });

  it('rejects a birth year in the future', () => {
    expect(issueCodes(validatePersonalId('001226012345', { now }))).toEqual([
      'personal-id.birth-year-future',
    ]);
    expect(validatePersonalId('001225012345', { now }).ok).toBe(true);
    expect(validatePersonalId('001425012345', { now }).ok).toBe(false);
  });

  it('keeps the province warning next to the errors', () => {
    const result = validatePersonalId('003095012345', { sex: 'FEMALE', now });
    expect(issueCodes(result)).toEqual(['personal-id.province-unknown', 'personal-id.sex-mismatch']);
  });

  it('ignores a date of birth it cannot read (the date field validates itself)', () => {
    expect(validatePersonalId('001195012345', { dateOfBirth: 'tháng ba', now }).ok).toBe(true);
    expect(validatePersonalId('001195012345', { dateOfBirth: new Date(Number.NaN), now }).ok).toBe(true);
  });

  it('passes parse failures through', () => {
    expect(issueCodes(validatePersonalId('123', { now }))).toEqual(['personal-id.length']);
  });
});
