import { describe, expect, it } from 'vitest';
import { normalizeText } from './nfc.js';

const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Bi\u0300nh';

describe('normalizeText', () => {
  it('normalises strings, keys, nested objects and arrays to NFC', () => {
    const value = { [decomposed]: [decomposed, { name: decomposed }], count: 2, ok: true, none: null };
    const normalized = normalizeText(value);
    expect(normalized).toEqual({
      'Nguyễn Thị Bình': ['Nguyễn Thị Bình', { name: 'Nguyễn Thị Bình' }],
      count: 2,
      ok: true,
      none: null,
    });
    expect(JSON.stringify(normalized).length).toBeLessThan(JSON.stringify(value).length);
  });

  it('leaves non-plain objects alone', () => {
    const blob = new Blob(['x']);
    expect(normalizeText({ blob }).blob).toBe(blob);
  });
});
