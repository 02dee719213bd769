import { describe, expect, it } from 'vitest';
import { normalizePersonName, toReceiptUpperCase, validatePersonName } from './person-name.js';

function issueCodes(result: ReturnType<typeof validatePersonName>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

describe('validatePersonName', () => {
  it.each([
    "H'Hen Niê",
    'H’Hen Niê',
    'Nguyễn Văn A',
    'Lê Thị Hồng-Nhung',
    "O'Brien",
    'Nguyễn Văn A.',
    'Đặng Thị Ngọc Thịnh',
    'Y Moan Ênuôl',
    'Müller-Lüdenscheidt',
    'Zoë Saldaña',
    '王小明',
    'Иван Петров',
  ])('accepts %j', (name) => {
    expect(validatePersonName(name)).toEqual({ ok: true, value: name, warnings: [] });
  });

  it('normalises to NFC, trims and collapses spaces', () => {
    const decomposed = '  Nguye\u0302\u0303n   Va\u0306n\tA '; // "Nguyễn Văn A" typed with combining marks
    const result = validatePersonName(decomposed);
    expect(result).toEqual({ ok: true, value: 'Nguyễn Văn A', warnings: [] });
    expect(result.ok && result.value).toBe('Nguyễn Văn A'.normalize('NFC'));
  });

  it.each([
    ['', 'person-name.required'],
    ['   ', 'person-name.required'],
    ['Nguyễn Văn 2', 'person-name.digits'],
    ['Lê Thị ٣', 'person-name.digits'],
    ['Nguyễn_Văn', 'person-name.characters'],
    ['Trần Văn B!', 'person-name.characters'],
    ['Lý <script>', 'person-name.characters'],
    ["'Nguyễn", 'person-name.start'],
    ['-An', 'person-name.start'],
  ])('refuses %j with %s', (input, code) => {
    expect(issueCodes(validatePersonName(input))).toEqual([code]);
  });

  it('accepts 100 characters and refuses 101, counting characters, not UTF-16 units', () => {
    const hundred = 'Ễ'.repeat(100);
    expect(validatePersonName(hundred).ok).toBe(true);
    expect(issueCodes(validatePersonName(`${hundred}a`))).toEqual(['person-name.too-long']);
    // Letters outside the BMP take two UTF-16 units each but count once.
    expect(validatePersonName('𠀋'.repeat(100)).ok).toBe(true);
  });
});

describe('normalizePersonName', () => {
  it('keeps the name as typed apart from whitespace and NFC', () => {
    expect(normalizePersonName(' lê   thị ')).toBe('lê thị');
  });
});

describe('toReceiptUpperCase', () => {
  it('upper-cases with Vietnamese rules in NFC', () => {
    expect(toReceiptUpperCase('nguyễn thị đào')).toBe('NGUYỄN THỊ ĐÀO');
    expect(toReceiptUpperCase("h'hen niê")).toBe("H'HEN NIÊ");
    const decomposed = 'nguye\u0302\u0303n';
    expect(toReceiptUpperCase(decomposed)).toBe('NGUYỄN');
    expect(toReceiptUpperCase(decomposed)).toBe(toReceiptUpperCase(decomposed).normalize('NFC'));
  });
});
