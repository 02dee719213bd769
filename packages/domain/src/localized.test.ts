import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localize } from './localized.js';

describe('localize', () => {
  const text = { vi: 'Đang xử lý', en: 'Processing' };

  it('picks the text of the locale, Vietnamese by default', () => {
    expect(localize(text, 'en')).toBe('Processing');
    expect(localize(text)).toBe('Đang xử lý');
    expect(DEFAULT_LOCALE).toBe('vi');
    expect(LOCALES).toEqual(['vi', 'en']);
  });
});
