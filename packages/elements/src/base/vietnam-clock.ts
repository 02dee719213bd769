import { type DateInput, VIETNAM_UTC_OFFSET_MS } from '@dvc-kit/domain';

/** A wall-clock reading in Hà Nội (Asia/Ho_Chi_Minh). */
export interface VietnamClockReading {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  /** 0–23. */
  readonly hours: number;
  /** 0–59. */
  readonly minutes: number;
}

/**
 * Reads an instant on a Hà Nội wall clock, whatever the time zone of the device (a counter PC may be
 * set to UTC). `undefined` for an unparseable date, so a bad value prints as "not specified" rather
 * than breaking the receipt.
 *
 * @example
 * vietnamClock('2025-11-27T07:05:00Z'); // { year: 2025, month: 11, day: 27, hours: 14, minutes: 5 }
 */
export function vietnamClock(date: DateInput): VietnamClockReading | undefined {
  const ms = date instanceof Date ? date.getTime() : typeof date === 'number' ? date : Date.parse(date);
  if (!Number.isFinite(ms)) return undefined;
  // Vietnam has a fixed UTC+7 offset and no daylight saving: shifting by it and reading the UTC fields
  // gives the local wall clock.
  const local = new Date(ms + VIETNAM_UTC_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hours: local.getUTCHours(),
    minutes: local.getUTCMinutes(),
  };
}
