import { describe, expect, it } from 'vitest';
import { PERSONAL_ID_PROVINCE_CODES } from './personal-id-province-codes.js';
import { PERSONAL_ID_PROVINCES, personalIdProvince } from './personal-id-provinces.js';

describe('PERSONAL_ID_PROVINCES', () => {
  it('lists the 63 historic provinces with unique, ascending three-digit codes', () => {
    expect(PERSONAL_ID_PROVINCES).toHaveLength(63);
    const codes = PERSONAL_ID_PROVINCES.map((province) => province.code);
    expect(codes.every((code) => /^0\d\d$/.test(code))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names exactly the codes validation knows, in their order', () => {
    expect(PERSONAL_ID_PROVINCES.map((province) => province.code)).toEqual(PERSONAL_ID_PROVINCE_CODES);
    for (const { name } of PERSONAL_ID_PROVINCES) expect(name.trim()).not.toBe('');
  });

  it('spells names in NFC', () => {
    for (const { name } of PERSONAL_ID_PROVINCES) expect(name).toBe(name.normalize('NFC'));
  });

  it.each([
    ['001', 'Hà Nội'],
    ['002', 'Hà Giang'],
    ['004', 'Cao Bằng'],
    ['031', 'Hải Phòng'],
    ['048', 'Đà Nẵng'],
    ['079', 'Hồ Chí Minh'],
    ['092', 'Cần Thơ'],
    ['096', 'Cà Mau'],
  ])('finds %s, %s', (code, name) => {
    expect(personalIdProvince(code)?.name).toBe(name);
  });

  it.each(['000', '003', '097', '100', '1'])('does not know %s', (code) => {
    expect(personalIdProvince(code)).toBeUndefined();
  });
});
