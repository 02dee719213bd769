import {
  formatLocalDayNumber,
  instantFromLocal,
  isWeekendDay,
  localDayNumber,
  localTimeOfDay,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  parseLocalDateString,
  toEpochMs,
} from './vietnam-time.js';

/**
 * Units of a procedure's processing time (domain.md, "Procedure": per-channel time `{value, unit}`).
 */
export const DURATION_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS'] as const;

/** A unit of processing time. */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** A processing time, e.g. `{ value: 5, unit: 'WORKING_DAYS' }`. */
export interface Duration {
  readonly value: number;
  readonly unit: DurationUnit;
}

/** A local (Asia/Ho_Chi_Minh) time of day. */
export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

/** A span of office hours in local hours; fractions allowed (`7.5` is 07:30). `end` is exclusive. */
export interface WorkingPeriod {
  readonly start: number;
  readonly end: number;
}

/**
 * When the one-stop office works. The holiday list changes every year (and Tết moves with the lunar
 * calendar), so it is data served by the back office, never hard-coded (domain.md, "Due date").
 * Build one with {@link createWorkingCalendar}, which checks it.
 */
export interface WorkingCalendar {
  /** Public holidays and days off as local `yyyy-MM-dd` dates; a holiday wins over everything else. */
  readonly holidays: ReadonlySet<string>;
  /**
   * Weekend days worked to make up for a bridged holiday ("ngày làm bù"), as local `yyyy-MM-dd`.
   * The government swaps days around Tết and 30/4 in some years; without this a due date would skip
   * a Saturday the office is open.
   */
  readonly makeUpWorkingDays?: ReadonlySet<string>;
  /** A dossier received after this local time counts from the next working day. */
  readonly cutoff: LocalTime;
  /** Office hours of a working day, ascending and not overlapping. */
  readonly workingHours: readonly WorkingPeriod[];
}

/** Dossiers received after 15:00 count from the next working day (domain.md, "Due date" [V]). */
export const DEFAULT_CUTOFF: LocalTime = { hour: 15, minute: 0 };

/**
 * 08:00–12:00 and 13:00–17:00: the usual office hours of Hanoi's one-stop centres, which give the
 * 8 working hours a day of domain.md ("Due date"). The hours themselves are a guess [G]: configure them.
 */
export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = [
  { start: 8, end: 12 },
  { start: 13, end: 17 },
];

/** Options of {@link createWorkingCalendar} that differ from the defaults. */
export interface WorkingCalendarOverrides {
  /** Defaults to {@link DEFAULT_CUTOFF}. */
  readonly cutoff?: LocalTime;
  /** Defaults to {@link DEFAULT_WORKING_HOURS}. */
  readonly workingHours?: readonly WorkingPeriod[];
  /** Weekend days that are worked ("ngày làm bù"), local `yyyy-MM-dd`. */
  readonly makeUpWorkingDays?: Iterable<string>;
}

// No processing time, pause or interval in this domain spans 20 years; a longer one is a bug in
// the input (an unset date read as 1970, a value in ms instead of days), and scanning it day by day
// would hang the caller instead of failing.
const MAX_SCANNED_DAYS = 20 * 366;
const HOURS_PER_DAY = 24;
const LOCAL_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTES_PER_HOUR = 60;

/**
 * Builds and checks a working calendar.
 *
 * @param holidays local `yyyy-MM-dd` dates (surrounding spaces ignored).
 * @throws RangeError when a date is not a real `yyyy-MM-dd` date, the cut-off is not a time of day,
 *   or the working hours are empty, out of 0–24, unordered or overlapping.
 * @example
 * const calendar = createWorkingCalendar(['2025-09-01', '2025-09-02']);
 * const dueAt = computeDueAt(new Date('2025-08-29T09:00:00+07:00'), { value: 3, unit: 'WORKING_DAYS' }, calendar);
 * // 2025-09-05T09:00:00+07:00 (the National Day holidays are skipped)
 */
export function createWorkingCalendar(
  holidays: Iterable<string>,
  overrides: WorkingCalendarOverrides = {},
): WorkingCalendar {
  const cutoff = overrides.cutoff ?? DEFAULT_CUTOFF;
  const workingHours = overrides.workingHours ?? DEFAULT_WORKING_HOURS;
  checkCutoff(cutoff);
  checkWorkingHours(workingHours);
  return {
    holidays: toLocalDateSet(holidays, 'holiday'),
    makeUpWorkingDays: toLocalDateSet(overrides.makeUpWorkingDays ?? [], 'make-up working day'),
    cutoff: { hour: cutoff.hour, minute: cutoff.minute },
    workingHours: workingHours.map((period) => ({ start: period.start, end: period.end })),
  };
}

/**
 * Whether the office works on a date: Monday to Friday (or a make-up working day) and not a holiday.
 *
 * @param date an instant (judged by its local date in Asia/Ho_Chi_Minh) or a local `yyyy-MM-dd` date.
 * @throws RangeError for an invalid date.
 */
export function isWorkingDay(date: Date | string, calendar: WorkingCalendar): boolean {
  if (typeof date === 'string' && LOCAL_DATE_SHAPE.test(date.trim())) {
    const dayNumber = parseLocalDateString(date.trim());
    // Date parsing would roll 2025-02-30 over to 2 March: refuse it instead.
    if (dayNumber === undefined) throw new RangeError(`Not a real date: ${date}`);
    return isWorkingDayNumber(dayNumber, calendar);
  }
  return isWorkingDayNumber(localDayNumber(toEpochMs(date)), calendar);
}

/** Milliseconds of working time in one working day (8 h with the default hours). */
export function workingDayLength(calendar: WorkingCalendar): number {
  return periodsOf(calendar).reduce((total, period) => total + period.endMs - period.startMs, 0);
}

/**
 * The instant the processing clock starts for a dossier received at `receivedAt`:
 * - on a working day, at or before the cut-off (15:00 by default), inside office hours: `receivedAt`;
 * - on a working day before office hours: that day's opening (08:00);
 * - on a working day between two periods (lunch), before the cut-off: the start of the next period
 *   (13:00), i.e. the dossier still counts from the day it was received;
 * - after the cut-off, after office hours, on a weekend or a holiday: the opening of the next
 *   working day.
 */
export function effectiveStartAt(receivedAt: Date, calendar: WorkingCalendar): Date {
  const receivedMs = toEpochMs(receivedAt);
  const periods = periodsOf(calendar);
  const day = localDayNumber(receivedMs);
  const timeOfDay = localTimeOfDay(receivedMs);
  const cutoffMs = calendar.cutoff.hour * MS_PER_HOUR + calendar.cutoff.minute * MS_PER_MINUTE;
  if (timeOfDay <= cutoffMs && isWorkingDayNumber(day, calendar)) {
    for (const period of periods) {
      if (timeOfDay < period.endMs) {
        return new Date(instantFromLocal(day, Math.max(timeOfDay, period.startMs)));
      }
    }
  }
  return new Date(instantFromLocal(firstWorkingDayFrom(day + 1, calendar), firstPeriod(periods).startMs));
}

/**
 * Adds working time to an instant, counting only office hours of working days. The result is inside
 * office hours, or exactly at the end of a period (12:00, 17:00) when the time runs out there.
 * Adding zero returns `from` unchanged. No cut-off applies: see {@link computeDueAt} for receipts.
 *
 * @param workingMs milliseconds of working time, ≥ 0.
 * @throws RangeError when `workingMs` is negative or not finite, or needs more than 20 years.
 */
export function addWorkingTime(from: Date, workingMs: number, calendar: WorkingCalendar): Date {
  if (!Number.isFinite(workingMs) || workingMs < 0) {
    throw new RangeError(`Working time must be a finite number ≥ 0, got ${workingMs}`);
  }
  const fromMs = toEpochMs(from);
  if (workingMs === 0) return new Date(fromMs);
  const periods = periodsOf(calendar);
  let day = localDayNumber(fromMs);
  let timeOfDay = localTimeOfDay(fromMs);
  let remaining = workingMs;
  for (let scanned = 0; scanned <= MAX_SCANNED_DAYS; scanned++) {
    if (isWorkingDayNumber(day, calendar)) {
      for (const period of periods) {
        if (timeOfDay >= period.endMs) continue;
        const begin = Math.max(timeOfDay, period.startMs);
        const available = period.endMs - begin;
        if (remaining <= available) return new Date(instantFromLocal(day, begin + remaining));
        remaining -= available;
      }
    }
    day += 1;
    timeOfDay = 0;
  }
  throw new RangeError(`Adding ${workingMs} ms of working time spans more than ${MAX_SCANNED_DAYS} days`);
}

/**
 * Working time between two instants in milliseconds: the overlap of `[a, b)` with office hours of
 * working days. Negative when `b` is before `a`, so `workingTimeBetween(now, dueAt, calendar)` is
 * the working time left (negative once overdue).
 *
 * @throws RangeError when the instants are more than 20 years apart.
 */
export function workingTimeBetween(a: Date, b: Date, calendar: WorkingCalendar): number {
  const aMs = toEpochMs(a);
  const bMs = toEpochMs(b);
  if (bMs < aMs) return -workingTimeBetween(b, a, calendar);
  const firstDay = localDayNumber(aMs);
  const lastDay = localDayNumber(bMs);
  if (lastDay - firstDay > MAX_SCANNED_DAYS) {
    throw new RangeError(`Instants ${aMs} and ${bMs} are more than ${MAX_SCANNED_DAYS} days apart`);
  }
  const periods = periodsOf(calendar);
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!isWorkingDayNumber(day, calendar)) continue;
    for (const period of periods) {
      const overlapStart = Math.max(instantFromLocal(day, period.startMs), aMs);
      const overlapEnd = Math.min(instantFromLocal(day, period.endMs), bMs);
      if (overlapEnd > overlapStart) total += overlapEnd - overlapStart;
    }
  }
  return total;
}

/**
 * The due date ("ngày hẹn trả kết quả") of a dossier received at `receivedAt` with a processing time
 * of `duration` (domain.md, "Due date"):
 *
 * - The clock starts at {@link effectiveStartAt}: the receipt instant when it falls inside office
 *   hours of a working day up to the cut-off (15:00), otherwise the next opening (08:00 the same day
 *   before office hours, 13:00 after a lunch-time receipt, the next working day's 08:00 after the
 *   cut-off, at night, on weekends and holidays).
 * - `WORKING_DAYS`: `value` × one working day (8 h) of working time, counted across office hours of
 *   working days only: received Monday 09:00 with 1 working day → due Tuesday 09:00. The result may
 *   be a period end (12:00, 17:00), never a non-working instant.
 * - `WORKING_HOURS`: `value` hours of working time, counted the same way.
 * - `CALENDAR_DAYS`: whole days, weekends included, in the Civil Code's way of counting periods
 *   (Bộ luật Dân sự 2015, Điều 147–148): the period ends at the close of office (17:00) on the local
 *   date `value` days after the clock starts; when that date is not a working day, at the close of
 *   the next working day. `value` 0 means "the same day" (close of office of the start day). Ending
 *   at the close of a whole day, rather than 24 h after the start, keeps the due date monotonic in the
 *   receipt time and always on a working day.
 *
 * A supplement request pauses the clock afterwards: see {@link extendForPause}.
 *
 * @throws RangeError when `value` is negative or not finite, when a `CALENDAR_DAYS` value is not a
 *   whole number, or when the due date is more than 20 years away.
 * @example
 * const calendar = createWorkingCalendar([]);
 * computeDueAt(new Date('2025-10-27T16:00:00+07:00'), { value: 2, unit: 'WORKING_DAYS' }, calendar);
 * // received after 15:00 on Monday → clock starts Tuesday 08:00 → due Wednesday 17:00
 */
export function computeDueAt(receivedAt: Date, duration: Duration, calendar: WorkingCalendar): Date {
  const { value, unit } = duration;
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`A processing time must be a finite number ≥ 0, got ${value}`);
  }
  const start = effectiveStartAt(receivedAt, calendar);
  switch (unit) {
    case 'WORKING_DAYS':
      return addWorkingTime(start, Math.round(value * workingDayLength(calendar)), calendar);
    case 'WORKING_HOURS':
      return addWorkingTime(start, Math.round(value * MS_PER_HOUR), calendar);
    case 'CALENDAR_DAYS': {
      if (!Number.isInteger(value)) {
        throw new RangeError(`A processing time in calendar days must be whole days, got ${value}`);
      }
      if (value > MAX_SCANNED_DAYS) {
        throw new RangeError(`A processing time of ${value} calendar days is more than 20 years`);
      }
      const lastDay = firstWorkingDayFrom(localDayNumber(start.getTime()) + value, calendar);
      return new Date(instantFromLocal(lastDay, lastPeriod(periodsOf(calendar)).endMs));
    }
  }
}

/**
 * The due date after a pause of the clock (a supplement request, domain.md "Due date": new due = old
 * due + paused time): `dueAt` moved on by the working time that elapsed between `pausedFrom` and
 * `pausedUntil`. A pause over a weekend or a night adds nothing; an empty or reversed pause changes
 * nothing.
 *
 * @example
 * // Supplement requested Monday 10:00, documents supplied Tuesday 10:00: one working day more.
 * extendForPause(dueAt, new Date('2025-10-27T10:00:00+07:00'), new Date('2025-10-28T10:00:00+07:00'), calendar);
 */
export function extendForPause(
  dueAt: Date,
  pausedFrom: Date,
  pausedUntil: Date,
  calendar: WorkingCalendar,
): Date {
  const paused = Math.max(0, workingTimeBetween(pausedFrom, pausedUntil, calendar));
  return addWorkingTime(dueAt, paused, calendar);
}

interface PeriodMs {
  readonly startMs: number;
  readonly endMs: number;
}

function periodsOf(calendar: WorkingCalendar): PeriodMs[] {
  return calendar.workingHours.map((period) => ({
    startMs: Math.round(period.start * MS_PER_HOUR),
    endMs: Math.round(period.end * MS_PER_HOUR),
  }));
}

function firstPeriod(periods: readonly PeriodMs[]): PeriodMs {
  // A checked calendar has at least one period.
  return periods[0]!;
}

function lastPeriod(periods: readonly PeriodMs[]): PeriodMs {
  return periods[periods.length - 1]!;
}

function isWorkingDayNumber(dayNumber: number, calendar: WorkingCalendar): boolean {
  const date = formatLocalDayNumber(dayNumber);
  if (calendar.holidays.has(date)) return false;
  if (calendar.makeUpWorkingDays?.has(date)) return true;
  return !isWeekendDay(dayNumber);
}

/** The first working day on or after `dayNumber`. */
function firstWorkingDayFrom(dayNumber: number, calendar: WorkingCalendar): number {
  for (let day = dayNumber, scanned = 0; scanned <= MAX_SCANNED_DAYS; day++, scanned++) {
    if (isWorkingDayNumber(day, calendar)) return day;
  }
  throw new RangeError(
    `No working day within ${MAX_SCANNED_DAYS} days from ${formatLocalDayNumber(dayNumber)}`,
  );
}

function toLocalDateSet(dates: Iterable<string>, what: string): Set<string> {
  const result = new Set<string>();
  for (const raw of dates) {
    const date = raw.trim();
    if (parseLocalDateString(date) === undefined) {
      throw new RangeError(`A ${what} must be a yyyy-MM-dd date, got "${raw}"`);
    }
    result.add(date);
  }
  return result;
}

function checkCutoff(cutoff: LocalTime): void {
  const { hour, minute } = cutoff;
  if (
    !Number.isInteger(hour) ||
    !Number.isInteger(minute) ||
    hour < 0 ||
    hour >= HOURS_PER_DAY ||
    minute < 0 ||
    minute >= MINUTES_PER_HOUR
  ) {
    throw new RangeError(`The cut-off must be a time of day, got ${hour}:${minute}`);
  }
}

function checkWorkingHours(workingHours: readonly WorkingPeriod[]): void {
  if (workingHours.length === 0) {
    throw new RangeError('A working day needs at least one period of office hours');
  }
  let previousEnd = 0;
  for (const { start, end } of workingHours) {
    if (
      !(
        Number.isFinite(start) &&
        Number.isFinite(end) &&
        start >= previousEnd &&
        start < end &&
        end <= HOURS_PER_DAY
      )
    ) {
      throw new RangeError(
        `Office hours must be ascending, non-overlapping periods within 0–24 h, got ${start}–${end}`,
      );
    }
    previousEnd = end;
  }
}
