import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, toLocalDateString } from './datetime-format.js';

const hanoi = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

describe('formatDateTime', () => {
  it('shows dd/MM/yyyy HH:mm in Hà Nội time', () => {
    expect(formatDateTime('2023-10-27T07:05:00Z')).toBe('27/10/2023 14:05');
    expect(formatDateTime(new Date('2023-12-31T17:00:00Z'), 'en')).toBe('01/01/2024 00:00');
    expect(formatDateTime(Date.UTC(2025, 8, 2, 1, 59, 59))).toBe('02/09/2025 08:59');
  });

  it('agrees with Intl in the Asia/Ho_Chi_Minh zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(formatDateTime(ms)).toBe(hanoi.format(ms).replace(',', ''));
      }),
    );
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => formatDateTime('not a date')).toThrow(RangeError);
  });
});

describe('formatDate and toLocalDateString', () => {
  it('use the date in Hà Nội', () => {
    expect(formatDate('2023-10-27T18:00:00Z')).toBe('28/10/2023');
    expect(formatDate('2023-10-27T16:59:59Z', 'en')).toBe('27/10/2023');
    expect(toLocalDateString(new Date('2025-01-01T17:30:00Z'))).toBe('2025-01-02');
    expect(toLocalDateString('2025-01-01T16:59:59.999Z')).toBe('2025-01-01');
  });
});
