import { describe, expect, it } from 'vitest';
import { maskPersonalId, maskPersonName } from './owner-masking.js';

describe('maskPersonName', () => {
  it('keeps the first letter of each word, one star per other letter', () => {
    expect(maskPersonName('Nguyễn Văn An')).toBe('N***** V** A*');
    expect(maskPersonName('Phạm Quốc Tuấn')).toBe('P*** Q*** T***');
  });

  it('counts a decomposed letter as one, and collapses spacing', () => {
    const decomposed = 'Đỗ Thị Mai'.normalize('NFD');
    expect(maskPersonName(`  ${decomposed}   `)).toBe('Đ* T** M**');
  });

  it('keeps apostrophes and hyphens as masked letters (ethnic-minority names)', () => {
    expect(maskPersonName("H'Hen Niê")).toBe('H**** N**');
  });
});

describe('maskPersonalId', () => {
  it('shows the province code and the last two digits', () => {
    expect(maskPersonalId('001190024817')).toBe('001*******17');
  });

  it('masks a number too short to show anything', () => {
    expect(maskPersonalId('12345')).toBe('*****');
  });
});
