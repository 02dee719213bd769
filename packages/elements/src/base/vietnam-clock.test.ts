import { describe, expect, it } from 'vitest';
import { vietnamClock } from './vietnam-clock.js';

describe('vietnamClock', () => {
  it('reads an instant on a Hà Nội wall clock (UTC+7)', () => {
    expect(vietnamClock('2025-11-27T07:05:00Z')).toEqual({
      year: 2025,
      month: 11,
      day: 27,
      hours: 14,
      minutes: 5,
    });
    expect(vietnamClock('2025-11-27T09:12:05+07:00')).toEqual({
      year: 2025,
      month: 11,
      day: 27,
      hours: 9,
      minutes: 12,
    });
  });

  it('crosses midnight and the new year in Hà Nội, not in UTC', () => {
    expect(vietnamClock(new Date('2025-12-31T17:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      hours: 0,
      minutes: 30,
    });
  });

  it('returns undefined for an unparseable date instead of throwing', () => {
    expect(vietnamClock('not a date')).toBeUndefined();
    expect(vietnamClock(Number.NaN)).toBeUndefined();
  });
});
