import { describe, expect, it } from 'vitest';
import { isPersonalIdProvinceCode, PERSONAL_ID_PROVINCE_CODES } from './personal-id-province-codes.js';

describe('PERSONAL_ID_PROVINCE_CODES', () => {
  it('lists the 63 historic provinces with unique, ascending three-digit codes', () => {
    expect(PERSONAL_ID_PROVINCE_CODES).toHaveLength(63);
    expect(PERSONAL_ID_PROVINCE_CODES.every((code) => /^0\d\d$/.test(code))).toBe(true);
    expect([...PERSONAL_ID_PROVINCE_CODES].sort()).toEqual(PERSONAL_ID_PROVINCE_CODES);
    expect(new Set(PERSONAL_ID_PROVINCE_CODES).size).toBe(PERSONAL_ID_PROVINCE_CODES.length);
  });

  it.each(['001', '031', '079', '096'])('knows %s', (code) => {
    expect(isPersonalIdProvinceCode(code)).toBe(true);
  });

  it.each(['000', '003', '097', '100', '1', ''])('does not know %j', (code) => {
    expect(isPersonalIdProvinceCode(code)).toBe(false);
  });
});
