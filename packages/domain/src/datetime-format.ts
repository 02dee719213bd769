import type { Locale } from './localized.js';
import {
  formatLocalDayNumber,
  localDateParts,
  localDayNumber,
  localTimeOfDay,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  padDigits,
  toEpochMs,
} from './vietnam-time.js';

/** An instant as a `Date`, an ISO 8601 string (as the API sends it) or epoch milliseconds. */
export type DateInput = Date | string | number;

/**
 * `dd/MM/yyyy HH:mm` in Asia/Ho_Chi_Minh, the way Vietnamese receipts and the national portal show
 * a time (domain.md, "Time zone").
 *
 * Both locales get the same pattern: the receipt, the SMS and the counter screen all say
 * `dd/MM/yyyy HH:mm`, and a foreign resident compares them. The `locale` parameter is accepted so
 * callers pass theirs and a per-locale pattern could come later without changing call sites.
 *
 * @throws RangeError for an invalid date.
 * @example
 * formatDateTime('2023-10-27T07:05:00Z'); // '27/10/2023 14:05'
 */
export function formatDateTime(date: DateInput, _locale?: Locale): string {
  const ms = toEpochMs(date);
  const timeOfDay = localTimeOfDay(ms);
  const hours = Math.floor(timeOfDay / MS_PER_HOUR);
  const minutes = Math.floor((timeOfDay % MS_PER_HOUR) / MS_PER_MINUTE);
  return `${formatDate(ms)} ${padDigits(hours, 2)}:${padDigits(minutes, 2)}`;
}

/**
 * `dd/MM/yyyy` in Asia/Ho_Chi_Minh. Same pattern for both locales (see {@link formatDateTime}).
 *
 * @throws RangeError for an invalid date.
 * @example
 * formatDate('2023-10-27T18:00:00Z'); // '28/10/2023' (already the 28th in Hà Nội)
 */
export function formatDate(date: DateInput, _locale?: Locale): string {
  const { year, month, day } = localDateParts(localDayNumber(toEpochMs(date)));
  return `${padDigits(day, 2)}/${padDigits(month, 2)}/${padDigits(year, 4)}`;
}

/**
 * The local date in Asia/Ho_Chi_Minh as `yyyy-MM-dd`: the key of holiday calendars and daily
 * dossier-code sequences.
 *
 * @throws RangeError for an invalid date.
 * @example
 * toLocalDateString(new Date('2025-01-01T17:30:00Z')); // '2025-01-02'
 */
export function toLocalDateString(date: DateInput): string {
  return formatLocalDayNumber(localDayNumber(toEpochMs(date)));
}
