import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  computeDueAt,
  createWorkingCalendar,
  type DurationUnit,
  effectiveStartAt,
  extendForPause,
  isWorkingDay,
  type WorkingCalendar,
  workingDayLength,
  workingTimeBetween,
} from './working-time.js';

/** An instant given as Hà Nội wall-clock time, e.g. `vn('2025-10-27T09:00')`. */
function vn(local: string): Date {
  return new Date(`${local}:00+07:00`);
}

const HOUR = 3_600_000;

// Fixture only: 2025 days off as announced (New Year, Tết 27–31/1, Hùng Kings 7/4, 30/4–1/5 plus a
// swapped Friday 2/5, National Day 1–2/9). The package itself never ships a holiday list.
const HOLIDAYS_2025 = [
  '2025-01-01',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-04-07',
  '2025-04-30',
  '2025-05-01',
  '2025-05-02',
  '2025-09-01',
  '2025-09-02',
];
const calendar = createWorkingCalendar(HOLIDAYS_2025, { makeUpWorkingDays: ['2025-04-26'] });
const plainCalendar = createWorkingCalendar([]);

describe('createWorkingCalendar', () => {
  it('defaults to a 15:00 cut-off and 08:00–12:00, 13:00–17:00 office hours', () => {
    expect(plainCalendar.cutoff).toEqual({ hour: 15, minute: 0 });
    expect(plainCalendar.workingHours).toEqual([
      { start: 8, end: 12 },
      { start: 13, end: 17 },
    ]);
    expect(workingDayLength(plainCalendar)).toBe(8 * HOUR);
  });

  it('trims holiday dates and keeps them as a set', () => {
    const trimmed = createWorkingCalendar([' 2025-09-02 ', '2025-09-02']);
    expect([...trimmed.holidays]).toEqual(['2025-09-02']);
  });

  it.each([
    ['a date that does not exist', ['2025-02-30'], {}],
    ['a date in another format', ['02/09/2025'], {}],
    ['a bad make-up day', [], { makeUpWorkingDays: ['2025-4-26'] }],
    ['empty office hours', [], { workingHours: [] }],
    [
      'overlapping office hours',
      [],
      {
        workingHours: [
          { start: 8, end: 12 },
          { start: 11, end: 17 },
        ],
      },
    ],
    [
      'unordered office hours',
      [],
      {
        workingHours: [
          { start: 13, end: 17 },
          { start: 8, end: 12 },
        ],
      },
    ],
    ['office hours past midnight', [], { workingHours: [{ start: 20, end: 25 }] }],
    ['an empty period', [], { workingHours: [{ start: 8, end: 8 }] }],
    ['a cut-off hour of 24', [], { cutoff: { hour: 24, minute: 0 } }],
    ['a cut-off minute of 60', [], { cutoff: { hour: 15, minute: 60 } }],
  ])('rejects %s', (_what, holidays, overrides) => {
    expect(() => createWorkingCalendar(holidays, overrides)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('is Monday to Friday outside holidays', () => {
    expect(isWorkingDay('2025-10-27', calendar)).toBe(true); // Monday
    expect(isWorkingDay('2025-10-31', calendar)).toBe(true); // Friday
    expect(isWorkingDay('2025-11-01', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2025-11-02', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2025-09-02', calendar)).toBe(false); // National Day
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true);
    expect(isWorkingDay('2025-04-26', plainCalendar)).toBe(false);
  });

  it('lets a holiday win over a make-up day listed for the same date', () => {
    const conflicting = createWorkingCalendar(['2025-04-26'], { makeUpWorkingDays: ['2025-04-26'] });
    expect(isWorkingDay('2025-04-26', conflicting)).toBe(false);
  });

  it('judges an instant by its date in Hà Nội, not in UTC', () => {
    // Friday 18:00 UTC is already Saturday 01:00 in Hà Nội.
    expect(isWorkingDay(new Date('2025-10-31T18:00:00Z'), calendar)).toBe(false);
    // Sunday 17:30 UTC is Monday 00:30 in Hà Nội.
    expect(isWorkingDay(new Date('2025-11-02T17:30:00Z'), calendar)).toBe(true);
  });

  it('rejects an invalid date', () => {
    expect(() => isWorkingDay('not a date', calendar)).toThrow(RangeError);
    expect(() => isWorkingDay('2025-02-30', calendar)).toThrow(RangeError);
  });
});

describe('effectiveStartAt', () => {
  it.each([
    ['inside morning hours', '2025-10-27T09:10', '2025-10-27T09:10'],
    ['exactly at the cut-off', '2025-10-27T15:00', '2025-10-27T15:00'],
    ['before opening', '2025-10-27T06:45', '2025-10-27T08:00'],
    ['at lunch', '2025-10-27T12:30', '2025-10-27T13:00'],
    ['after the cut-off', '2025-10-27T15:01', '2025-10-28T08:00'],
    ['at night', '2025-10-27T22:00', '2025-10-28T08:00'],
    ['after the cut-off on a Friday', '2025-10-31T16:00', '2025-11-03T08:00'],
    ['on a Saturday', '2025-11-01T10:00', '2025-11-03T08:00'],
    ['on a holiday before a holiday', '2025-09-01T10:00', '2025-09-03T08:00'],
    ['on the eve of Tết after the cut-off', '2025-01-24T15:30', '2025-02-03T08:00'],
  ])('starts the clock for a receipt %s', (_when, received, expected) => {
    expect(effectiveStartAt(vn(received), calendar)).toEqual(vn(expected));
  });

  it('counts a receipt one millisecond after the cut-off from the next working day', () => {
    const justAfter = new Date(vn('2025-10-27T15:00').getTime() + 1);
    expect(effectiveStartAt(justAfter, calendar)).toEqual(vn('2025-10-28T08:00'));
  });

  it('follows a configured cut-off and office hours', () => {
    const custom = createWorkingCalendar([], {
      cutoff: { hour: 16, minute: 30 },
      workingHours: [
        { start: 7.5, end: 11.5 },
        { start: 13, end: 17 },
      ],
    });
    expect(effectiveStartAt(vn('2025-10-27T07:00'), custom)).toEqual(vn('2025-10-27T07:30'));
    expect(effectiveStartAt(vn('2025-10-27T16:15'), custom)).toEqual(vn('2025-10-27T16:15'));
    expect(effectiveStartAt(vn('2025-10-27T16:45'), custom)).toEqual(vn('2025-10-28T07:30'));
  });
});

describe('computeDueAt', () => {
  const days = (value: number) => ({ value, unit: 'WORKING_DAYS' as const });

  it.each([
    ['Monday 09:00, 1 working day', '2025-10-27T09:00', 1, '2025-10-28T09:00'],
    ['Monday 14:59, 1 working day', '2025-10-27T14:59', 1, '2025-10-28T14:59'],
    ['Monday 16:00 (after the cut-off), 2 working days', '2025-10-27T16:00', 2, '2025-10-29T17:00'],
    ['Monday 07:30, 1 working day', '2025-10-27T07:30', 1, '2025-10-27T17:00'],
    ['Monday at lunch, 1 working day (ends at noon)', '2025-10-27T12:30', 1, '2025-10-28T12:00'],
    ['Saturday, 1 working day', '2025-11-01T10:00', 1, '2025-11-03T17:00'],
    ['Thursday 10:00, 3 working days (over a weekend)', '2025-10-30T10:00', 3, '2025-11-04T10:00'],
    ['Friday before Tết 10:00, 2 working days', '2025-01-24T10:00', 2, '2025-02-04T10:00'],
    ['Friday 29/8 09:00, 3 working days (National Day)', '2025-08-29T09:00', 3, '2025-09-05T09:00'],
    ['Friday 25/4 10:00, 1 working day (make-up Saturday)', '2025-04-25T10:00', 1, '2025-04-26T10:00'],
    ['Monday 10:00, half a working day', '2025-10-27T10:00', 0.5, '2025-10-27T15:00'],
    ['Monday 10:00, 0 working days', '2025-10-27T10:00', 0, '2025-10-27T10:00'],
  ])('received %s', (_case, received, value, expected) => {
    expect(computeDueAt(vn(received), days(value), calendar)).toEqual(vn(expected));
  });

  it('counts working hours across lunch and nights', () => {
    const hours = (value: number) => ({ value, unit: 'WORKING_HOURS' as const });
    expect(computeDueAt(vn('2025-10-27T10:00'), hours(4), calendar)).toEqual(vn('2025-10-27T15:00'));
    expect(computeDueAt(vn('2025-10-27T14:00'), hours(4), calendar)).toEqual(vn('2025-10-28T09:00'));
    // After the cut-off on Friday: the clock starts Monday 08:00 and 4 h end at noon.
    expect(computeDueAt(vn('2025-10-31T16:00'), hours(4), calendar)).toEqual(vn('2025-11-03T12:00'));
  });

  it('ends calendar-day periods at the close of office, rolled to the next working day', () => {
    const calendarDays = (value: number) => ({ value, unit: 'CALENDAR_DAYS' as const });
    expect(computeDueAt(vn('2025-10-27T10:00'), calendarDays(3), calendar)).toEqual(vn('2025-10-30T17:00'));
    // Monday + 5 days is a Saturday: the period ends on Monday at 17:00.
    expect(computeDueAt(vn('2025-10-27T10:00'), calendarDays(5), calendar)).toEqual(vn('2025-11-03T17:00'));
    // "Same day" procedures: the close of office of the day the clock starts.
    expect(computeDueAt(vn('2025-10-27T10:00'), calendarDays(0), calendar)).toEqual(vn('2025-10-27T17:00'));
    expect(computeDueAt(vn('2025-10-27T16:00'), calendarDays(0), calendar)).toEqual(vn('2025-10-28T17:00'));
    // Friday 29/8 + 3 days is Monday 1/9, a holiday, and so is 2/9.
    expect(computeDueAt(vn('2025-08-29T10:00'), calendarDays(3), calendar)).toEqual(vn('2025-09-03T17:00'));
  });

  it('equals the same number of 8-hour blocks in working hours', () => {
    const received = vn('2025-01-23T11:20');
    expect(computeDueAt(received, days(7), calendar)).toEqual(
      computeDueAt(received, { value: 56, unit: 'WORKING_HOURS' }, calendar),
    );
  });

  it.each([
    ['a negative value', { value: -1, unit: 'WORKING_DAYS' as const }],
    ['NaN', { value: Number.NaN, unit: 'WORKING_HOURS' as const }],
    ['infinity', { value: Number.POSITIVE_INFINITY, unit: 'WORKING_DAYS' as const }],
    ['a fraction of a calendar day', { value: 1.5, unit: 'CALENDAR_DAYS' as const }],
    ['more than 20 years of calendar days', { value: 20 * 366 + 1, unit: 'CALENDAR_DAYS' as const }],
    ['more than 20 years of working days', { value: 10_000, unit: 'WORKING_DAYS' as const }],
  ])('rejects %s', (_what, duration) => {
    expect(() => computeDueAt(vn('2025-10-27T09:00'), duration, calendar)).toThrow(RangeError);
  });

  it('rejects an invalid receipt date', () => {
    expect(() => computeDueAt(new Date(Number.NaN), days(1), calendar)).toThrow(RangeError);
  });
});

describe('addWorkingTime', () => {
  it('returns the same instant for zero, even outside office hours', () => {
    expect(addWorkingTime(vn('2025-11-01T10:00'), 0, calendar)).toEqual(vn('2025-11-01T10:00'));
  });

  it('stops at the end of a period rather than jumping to the next one', () => {
    expect(addWorkingTime(vn('2025-10-27T08:00'), 4 * HOUR, calendar)).toEqual(vn('2025-10-27T12:00'));
    expect(addWorkingTime(vn('2025-10-27T08:00'), 8 * HOUR, calendar)).toEqual(vn('2025-10-27T17:00'));
  });

  it('rejects negative working time', () => {
    expect(() => addWorkingTime(vn('2025-10-27T08:00'), -1, calendar)).toThrow(RangeError);
  });
});

describe('workingTimeBetween', () => {
  it('counts office hours only', () => {
    expect(workingTimeBetween(vn('2025-10-27T10:00'), vn('2025-10-27T14:00'), calendar)).toBe(3 * HOUR);
    // Friday 16:00 → Monday 09:00: one hour on Friday, one on Monday.
    expect(workingTimeBetween(vn('2025-10-31T16:00'), vn('2025-11-03T09:00'), calendar)).toBe(2 * HOUR);
    expect(workingTimeBetween(vn('2025-09-01T08:00'), vn('2025-09-02T17:00'), calendar)).toBe(0);
  });

  it('is negative when the second instant comes first (time left once overdue)', () => {
    expect(workingTimeBetween(vn('2025-10-27T14:00'), vn('2025-10-27T10:00'), calendar)).toBe(-3 * HOUR);
  });

  it('rejects instants more than 20 years apart', () => {
    expect(() => workingTimeBetween(new Date(0), vn('2025-10-27T10:00'), calendar)).toThrow(RangeError);
  });
});

describe('extendForPause', () => {
  const dueAt = vn('2025-10-29T09:00');

  it('adds the working time the pause lasted', () => {
    expect(extendForPause(dueAt, vn('2025-10-27T10:00'), vn('2025-10-28T10:00'), calendar)).toEqual(
      vn('2025-10-30T09:00'),
    );
    expect(extendForPause(dueAt, vn('2025-10-27T11:00'), vn('2025-10-27T14:00'), calendar)).toEqual(
      vn('2025-10-29T11:00'),
    );
  });

  it('adds nothing for a pause outside office hours or a reversed pause', () => {
    expect(extendForPause(dueAt, vn('2025-10-24T17:00'), vn('2025-10-27T08:00'), calendar)).toEqual(dueAt);
    expect(extendForPause(dueAt, vn('2025-10-28T10:00'), vn('2025-10-27T10:00'), calendar)).toEqual(dueAt);
  });
});

// Property tests over random receipts, durations and calendars.

const DAY = 24 * HOUR;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const SPAN_DAYS = 3 * 366;
const instantArbitrary = fc
  .integer({ min: FIRST_DAY, max: FIRST_DAY + SPAN_DAYS * DAY })
  .map((ms) => new Date(ms));
const calendarArbitrary: fc.Arbitrary<WorkingCalendar> = fc
  .record({
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: SPAN_DAYS + 400 }), { maxLength: 80 }),
    makeUpOffsets: fc.uniqueArray(fc.integer({ min: 0, max: SPAN_DAYS + 400 }), { maxLength: 5 }),
    cutoff: fc.record({ hour: fc.integer({ min: 9, max: 17 }), minute: fc.constantFrom(0, 30) }),
    workingHours: fc.constantFrom(
      [
        { start: 8, end: 12 },
        { start: 13, end: 17 },
      ],
      [
        { start: 7.5, end: 11.5 },
        { start: 13.5, end: 17.5 },
      ],
      [{ start: 8, end: 16 }],
    ),
  })
  .map(({ holidayOffsets, makeUpOffsets, cutoff, workingHours }) => {
    const toDate = (offset: number) => new Date(FIRST_DAY + offset * DAY).toISOString().slice(0, 10);
    return createWorkingCalendar(holidayOffsets.map(toDate), {
      cutoff,
      workingHours,
      makeUpWorkingDays: makeUpOffsets.map(toDate),
    });
  });
const unitArbitrary = fc.constantFrom<DurationUnit>('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS');
const durationArbitrary = fc.record({ value: fc.integer({ min: 0, max: 60 }), unit: unitArbitrary });
const workingMsArbitrary = fc.integer({ min: 0, max: 40 * 8 * 60 }).map((minutes) => minutes * 60_000);

/** Whether an instant is on a working day within (or at the end of) a period of office hours. */
function isWithinOfficeHours(instant: Date, cal: WorkingCalendar): boolean {
  if (!isWorkingDay(instant, cal)) return false;
  const local = new Date(instant.getTime() + 7 * HOUR);
  const hours = local.getUTCHours() + local.getUTCMinutes() / 60 + local.getUTCSeconds() / 3600;
  return cal.workingHours.some((period) => hours >= period.start && hours <= period.end);
}

describe('working-time properties', () => {
  it('a due date is never before the receipt nor the start of the clock', () => {
    fc.assert(
      fc.property(instantArbitrary, durationArbitrary, calendarArbitrary, (received, duration, cal) => {
        const dueAt = computeDueAt(received, duration, cal);
        const start = effectiveStartAt(received, cal);
        expect(start.getTime()).toBeGreaterThanOrEqual(received.getTime());
        expect(dueAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
    );
  });

  it('a due date is always within office hours of a working day', () => {
    fc.assert(
      fc.property(instantArbitrary, durationArbitrary, calendarArbitrary, (received, duration, cal) => {
        expect(isWithinOfficeHours(computeDueAt(received, duration, cal), cal)).toBe(true);
      }),
    );
  });

  it('the clock always starts within office hours of a working day', () => {
    fc.assert(
      fc.property(instantArbitrary, calendarArbitrary, (received, cal) => {
        expect(isWithinOfficeHours(effectiveStartAt(received, cal), cal)).toBe(true);
      }),
    );
  });

  it('adding working time in two steps equals adding it at once', () => {
    fc.assert(
      fc.property(
        instantArbitrary,
        workingMsArbitrary,
        workingMsArbitrary,
        calendarArbitrary,
        (start, first, second, cal) => {
          const inTwoSteps = addWorkingTime(addWorkingTime(start, first, cal), second, cal);
          expect(inTwoSteps).toEqual(addWorkingTime(start, first + second, cal));
        },
      ),
    );
  });

  it('a later receipt never gets an earlier due date', () => {
    // Receipts a few days apart at most: far-apart ones would pass without testing the edges.
    const delay = fc.integer({ min: 0, max: 4 * DAY });
    fc.assert(
      fc.property(
        instantArbitrary,
        delay,
        durationArbitrary,
        calendarArbitrary,
        (earlier, delayMs, duration, cal) => {
          const later = new Date(earlier.getTime() + delayMs);
          expect(computeDueAt(later, duration, cal).getTime()).toBeGreaterThanOrEqual(
            computeDueAt(earlier, duration, cal).getTime(),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('measures back exactly the working time it added', () => {
    fc.assert(
      fc.property(instantArbitrary, workingMsArbitrary, calendarArbitrary, (start, workingMs, cal) => {
        expect(workingTimeBetween(start, addWorkingTime(start, workingMs, cal), cal)).toBe(workingMs);
      }),
    );
  });

  it('working time between instants adds up over a split and flips sign when reversed', () => {
    fc.assert(
      fc.property(instantArbitrary, instantArbitrary, instantArbitrary, calendarArbitrary, (x, y, z, cal) => {
        const [a, b, c] = [x, y, z].sort((left, right) => left.getTime() - right.getTime()) as [
          Date,
          Date,
          Date,
        ];
        expect(workingTimeBetween(a, c, cal)).toBe(
          workingTimeBetween(a, b, cal) + workingTimeBetween(b, c, cal),
        );
        expect(workingTimeBetween(c, a, cal)).toBe(-workingTimeBetween(a, c, cal));
      }),
    );
  });

  it('a pause moves the due date by exactly the working time it lasted', () => {
    fc.assert(
      fc.property(
        instantArbitrary,
        durationArbitrary,
        instantArbitrary,
        workingMsArbitrary,
        calendarArbitrary,
        (received, duration, pausedFrom, pauseMs, cal) => {
          const dueAt = computeDueAt(received, duration, cal);
          const pausedUntil = new Date(pausedFrom.getTime() + pauseMs);
          const extended = extendForPause(dueAt, pausedFrom, pausedUntil, cal);
          expect(workingTimeBetween(dueAt, extended, cal)).toBe(
            workingTimeBetween(pausedFrom, pausedUntil, cal),
          );
          expect(isWithinOfficeHours(extended, cal)).toBe(true);
        },
      ),
    );
  });
});
