import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldForSearch, foldSyllableFinalY, tokenize } from './fold.js';

/** Every letter of the Vietnamese alphabet with every tone, lower and upper case, in NFC. */
const vietnameseLetters = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxy',
  ...['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].flatMap((vowel) =>
    ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((tone) => `${vowel}${tone}`.normalize('NFC')),
  ),
].flatMap((letter) => [letter, letter.toUpperCase()]);

/** Text that looks like procedure names: Vietnamese letters, digits, spaces and punctuation. */
const vietnameseText = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...vietnameseLetters) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(' ', ' ', '\n', ',', '(', ')', '/', '–', '“', '”', '0', '6', '1'),
    },
  ),
  maxLength: 60,
});

/** Any Unicode at all, including other scripts, combining marks and astral code points. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

/** The documented pipeline, written out plainly, as the oracle for the optimised fold. */
function referenceFold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/([bcdfghjklmnpqrstvwxz]|qu)y(?= |$)/g, '$1i');
}

describe('foldForSearch', () => {
  it('strips diacritics, maps đ to d and lowers the case', () => {
    expect(foldForSearch('Thủ tục đăng ký khai sinh')).toBe('thu tuc dang ki khai sinh');
    expect(foldForSearch('ĐĂNG KÝ TẠM TRÚ')).toBe('dang ki tam tru');
    expect(foldForSearch('Đất đai')).toBe('dat dai');
  });

  it('lets a query typed without diacritics or with i for y meet the name', () => {
    const key = foldForSearch('Đăng ký khai sinh');
    expect(foldForSearch('dang ki khai sinh')).toBe(key);
    expect(foldForSearch('dang ky khai sinh')).toBe(key);
    expect(foldForSearch('Đăng kí khai sinh')).toBe(key);
  });

  it.each([
    ['ký', 'kí'],
    ['lý lịch', 'lí lịch'],
    ['quy định', 'qui định'],
    ['quý hiếm', 'quí hiếm'],
    ['kỹ thuật', 'kĩ thuật'],
    ['Mỹ', 'Mĩ'],
    ['sỹ quan', 'sĩ quan'],
  ])('folds the syllable-final y of "%s" like the i of "%s"', (withY, withI) => {
    expect(foldForSearch(withY)).toBe(foldForSearch(withI));
  });

  it.each([
    ['Hòa giải', 'Hoà giải'],
    ['Thủy sản', 'Thuỷ sản'],
    ['Hủy tài khoản', 'Huỷ tài khoản'],
    ['Ủy ban nhân dân', 'Uỷ ban nhân dân'],
    ['Khỏe', 'Khoẻ'],
  ])('gives "%s" and "%s" (tone on another vowel) one key', (newStyle, oldStyle) => {
    expect(foldForSearch(newStyle)).toBe(foldForSearch(oldStyle));
  });

  it.each([
    ['uyên', 'uyen'],
    ['khuyến nông', 'khuyen nong'],
    ['yêu cầu', 'yeu cau'],
    ['thường xuyên', 'thuong xuyen'],
    ['Quyết định', 'quyet dinh'],
    ['hủy', 'huy'],
    ['thay đổi', 'thay doi'],
    ['bảo hiểm y tế', 'bao hiem y te'],
  ])('keeps the y of "%s" where it is not the whole vowel', (text, key) => {
    expect(foldForSearch(text)).toBe(key);
  });

  it('does not fold "thay" (change) into "thai" (pregnancy)', () => {
    expect(foldForSearch('thay')).not.toBe(foldForSearch('thai'));
  });

  it('reads decomposed (NFD) text like composed (NFC) text', () => {
    const name = 'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam';
    expect(name.normalize('NFD')).not.toBe(name);
    expect(foldForSearch(name.normalize('NFD'))).toBe(foldForSearch(name));
    expect(foldForSearch('Đăng ký khai sinh'.normalize('NFD'))).toBe('dang ki khai sinh');
  });

  it('turns punctuation and runs of white space into single spaces, trimmed', () => {
    expect(foldForSearch('  Cấp lại,\n giấy-phép (lái xe)… ')).toBe('cap lai giay phep lai xe');
    expect(foldForSearch('thẩm \nquyền')).toBe('tham quyen');
    expect(foldForSearch('Đậu, đỗ; sử dụng – “phương tiện”')).toBe('dau do su dung phuong tien');
    expect(foldForSearch(' ,.;– ')).toBe('');
    expect(foldForSearch('')).toBe('');
  });

  it('keeps digits and letters of other scripts', () => {
    expect(foldForSearch('Trẻ em dưới 6 tuổi')).toBe('tre em duoi 6 tuoi');
    expect(foldForSearch('Ελλάδα 北京')).toBe('ελλαδα 北京');
    expect(foldForSearch('khai 🎉 sinh')).toBe('khai sinh');
  });

  it('folds long text like short text', () => {
    expect(foldForSearch('Đăng ký '.repeat(2_000))).toBe(Array(2_000).fill('dang ki').join(' '));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        const key = foldForSearch(text);
        expect(foldForSearch(key)).toBe(key);
      }),
    );
  });

  it('folds NFC and NFD input equally', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        expect(foldForSearch(text.normalize('NFD'))).toBe(foldForSearch(text.normalize('NFC')));
      }),
    );
  });

  it('equals the documented pipeline on any text', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        expect(foldForSearch(text)).toBe(referenceFold(text));
      }),
    );
  });
});

describe('foldDiacritics and foldSyllableFinalY', () => {
  it('split foldForSearch in two steps, the first keeping every y', () => {
    expect(foldDiacritics('Quy định về Quỹ')).toBe('quy dinh ve quy');
    expect(foldSyllableFinalY('quy dinh ve quy')).toBe('qui dinh ve qui');
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(foldSyllableFinalY(foldDiacritics(text))).toBe(foldForSearch(text));
      }),
    );
  });
});

describe('tokenize', () => {
  it('returns the words of the search key', () => {
    expect(tokenize('Thủ tục đăng ký khai sinh')).toEqual(['thu', 'tuc', 'dang', 'ki', 'khai', 'sinh']);
    expect(tokenize('Tách thửa hoặc hợp thửa đất.')).toEqual(['tach', 'thua', 'hoac', 'hop', 'thua', 'dat']);
  });

  it('returns no words for text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' – ; ')).toEqual([]);
  });

  it('joins back to the search key', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, anyText), (text) => {
        expect(tokenize(text).join(' ')).toBe(foldForSearch(text));
      }),
    );
  });
});
