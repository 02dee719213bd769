import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumberFromParts,
  formatLocalDayNumber,
  instantFromLocal,
  isWeekendDay,
  localDayNumber,
  localTimeOfDay,
  parseLocalDateString,
  toEpochMs,
} from './vietnam-time.js';

// Intl with the IANA zone is the reference the fixed +7 h arithmetic must agree with.
const hanoiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const hanoiWeekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'short' });
// Vietnam has been on UTC+7 without daylight saving since 1975.
const instants = fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('vietnam-time', () => {
  it('agrees with the Asia/Ho_Chi_Minh zone on local dates and weekends', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const day = localDayNumber(ms);
        expect(formatLocalDayNumber(day)).toBe(hanoiDate.format(ms));
        expect(isWeekendDay(day)).toBe(['Sat', 'Sun'].includes(hanoiWeekday.format(ms)));
      }),
    );
  });

  it('splits an instant into a local day and time and back', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const timeOfDay = localTimeOfDay(ms);
        expect(timeOfDay).toBeGreaterThanOrEqual(0);
        expect(timeOfDay).toBeLessThan(86_400_000);
        expect(instantFromLocal(localDayNumber(ms), timeOfDay)).toBe(ms);
      }),
    );
  });

  it('parses what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        expect(parseLocalDateString(formatLocalDayNumber(day))).toBe(day);
      }),
    );
  });

  it('refuses dates that do not exist', () => {
    expect(parseLocalDateString('2025-02-29')).toBeUndefined();
    expect(parseLocalDateString('2024-02-29')).toBe(dayNumberFromParts(2024, 2, 29));
    expect(parseLocalDateString('2025-13-01')).toBeUndefined();
    expect(parseLocalDateString('2025-1-1')).toBeUndefined();
    expect(dayNumberFromParts(2025, 4, 31)).toBeUndefined();
  });

  it('rejects invalid date inputs', () => {
    expect(() => toEpochMs('yesterday')).toThrow(RangeError);
    expect(() => toEpochMs(new Date(Number.NaN))).toThrow(RangeError);
    expect(toEpochMs('2025-01-01T00:00:00Z')).toBe(Date.UTC(2025, 0, 1));
  });
});
