import { describe, expect, it } from 'vitest';
import { highlightMatches } from './highlight.js';

const marked = (text: string, query: string) =>
  highlightMatches(text, query)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightMatches', () => {
  it('marks the words a query without diacritics matched, with i for y', () => {
    expect(marked('Đăng ký khai sinh', 'dang ki khai sinh')).toBe('[Đăng ký khai sinh]');
    expect(marked('Đăng ký kết hôn', 'ket')).toBe('Đăng ký [kết] hôn');
  });

  it('marks whole words from a prefix being typed', () => {
    expect(marked('Đăng ký khai sinh', 'khai s')).toBe('Đăng ký [khai sinh]');
  });

  it('matches either tone placement and an unfinished "quy"', () => {
    expect(marked('Hòa giải tranh chấp đất đai', 'hoà giai')).toBe('[Hòa giải] tranh chấp đất đai');
    expect(marked('Quyết định giao đất', 'quy')).toBe('[Quyết] định giao đất');
  });

  it('keeps punctuation with its word and leaves unmatched spaces out of the marks', () => {
    expect(marked('Đăng ký nhận cha, mẹ, con', 'cha con')).toBe('Đăng ký nhận [cha,] mẹ, [con]');
  });

  it('marks nothing for an empty query and keeps the text whole', () => {
    expect(highlightMatches('Đăng ký khai sinh', '  ')).toEqual([
      { text: 'Đăng ký khai sinh', match: false },
    ]);
  });

  it('gives back the text unchanged, piece by piece', () => {
    const text = 'Cấp lại  Giấy chứng nhận (do bị mất)';
    expect(
      highlightMatches(text, 'giay mat')
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });
});
