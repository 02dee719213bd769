/**
 * Wall-clock arithmetic in Asia/Ho_Chi_Minh without Intl time-zone lookups: Vietnam has kept UTC+7
 * all year since 1975 (no daylight saving), so local time is UTC shifted by a fixed seven hours.
 * Instants are epoch milliseconds; a "day number" counts local days since 1970-01-01.
 */

/** One minute in milliseconds. */
export const MS_PER_MINUTE = 60_000;
/** One hour in milliseconds. */
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
/** One day in milliseconds (no DST in Vietnam, so every local day is this long). */
export const MS_PER_DAY = 24 * MS_PER_HOUR;
/** Asia/Ho_Chi_Minh is UTC+07:00 all year round. */
export const VIETNAM_UTC_OFFSET_MS = 7 * MS_PER_HOUR;

// 1970-01-01 (day number 0) was a Thursday; JavaScript numbers Sunday 0 … Saturday 6.
const EPOCH_DAY_OF_WEEK = 4;
const SATURDAY = 6;
const SUNDAY = 0;
const DAYS_PER_WEEK = 7;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The epoch milliseconds of a date input; throws a RangeError for an invalid date. */
export function toEpochMs(date: Date | string | number): number {
  const ms = date instanceof Date ? date.getTime() : new Date(date).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date: ${String(date)}`);
  return ms;
}

/** The local (UTC+7) day number of an instant. */
export function localDayNumber(instantMs: number): number {
  return Math.floor((instantMs + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds since local (UTC+7) midnight of an instant. */
export function localTimeOfDay(instantMs: number): number {
  const local = instantMs + VIETNAM_UTC_OFFSET_MS;
  return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant of a local day number plus a local time of day in milliseconds. */
export function instantFromLocal(dayNumber: number, timeOfDayMs: number): number {
  return dayNumber * MS_PER_DAY + timeOfDayMs - VIETNAM_UTC_OFFSET_MS;
}

/** Whether a local day number falls on a Saturday or a Sunday. */
export function isWeekendDay(dayNumber: number): boolean {
  const dayOfWeek = (((dayNumber + EPOCH_DAY_OF_WEEK) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return dayOfWeek === SATURDAY || dayOfWeek === SUNDAY;
}

/** Zero-pads a non-negative integer to `width` digits. */
export function padDigits(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The calendar fields of a local day number. */
export function localDateParts(dayNumber: number): { year: number; month: number; day: number } {
  // A day number times MS_PER_DAY is that local midnight expressed as if it were UTC.
  const shifted = new Date(dayNumber * MS_PER_DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `yyyy-MM-dd` for a local day number. */
export function formatLocalDayNumber(dayNumber: number): string {
  const { year, month, day } = localDateParts(dayNumber);
  return `${padDigits(year, 4)}-${padDigits(month, 2)}-${padDigits(day, 2)}`;
}

/** The local day number of a calendar date, or `undefined` when the date does not exist (e.g. 02-30). */
export function dayNumberFromParts(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const dayNumber = ms / MS_PER_DAY;
  const parts = localDateParts(dayNumber);
  // Date.UTC rolls 2025-02-30 over to 2025-03-02; a round trip catches it.
  if (parts.year !== year || parts.month !== month || parts.day !== day) return undefined;
  return dayNumber;
}

/** The local day number of a `yyyy-MM-dd` string, or `undefined` when it is not a real date. */
export function parseLocalDateString(text: string): number | undefined {
  const match = LOCAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  return dayNumberFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
