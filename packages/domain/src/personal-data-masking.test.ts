import { describe, expect, it } from 'vitest';
import { maskPersonalId, maskPersonName } from './personal-data-masking.js';

describe('maskPersonName', () => {
  it.each([
    ['Nguyễn Văn An', 'N***** V** A*'],
    ['  Lê   Thị  Hồng ', 'L* T** H***'],
    ["H'Hen Niê", 'H**** N**'],
    ['An', 'A*'],
  ])('%s → %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked);
  });

  it('masks a decomposed name letter for letter, as its NFC form', () => {
    expect(maskPersonName('Nguyễn'.normalize('NFD'))).toBe('N*****');
  });
});

describe('maskPersonalId', () => {
  it('keeps the province code and the last two digits', () => {
    expect(maskPersonalId('001203012345')).toBe('001*******45');
  });

  it('masks a too-short value entirely', () => {
    expect(maskPersonalId('12345')).toBe('*****');
  });
});
