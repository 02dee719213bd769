import type { DateInput, Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { type VietnamClockReading, vietnamClock } from '../base/vietnam-clock.js';

const pad2 = (value: number): string => String(value).padStart(2, '0');

// Vietnamese administrative documents write days below 10 and the months January and February with a
// leading zero ("ngày 05 tháng 02", "ngày 15 tháng 11") — Nghị định 30/2020/NĐ-CP, Phụ lục I. English
// text uses dd/MM throughout, like the rest of the kit.
function dayText(reading: VietnamClockReading): string {
  return pad2(reading.day);
}

function monthText(reading: VietnamClockReading, locale: Locale): string {
  return locale === 'vi' && reading.month >= 3 ? String(reading.month) : pad2(reading.month);
}

/**
 * A time as Vietnamese forms write it: "14 giờ 05 phút, ngày 27 tháng 11 năm 2025" (English
 * "14:05, 27/11/2025"), on a Hà Nội clock. `undefined` for an unparseable date.
 */
export function dateTimePhrase(date: DateInput, locale: Locale): string | undefined {
  const reading = vietnamClock(date);
  if (reading === undefined) return undefined;
  const hours = String(reading.hours);
  const minutes = pad2(reading.minutes);
  const day = dayText(reading);
  const month = monthText(reading, locale);
  const year = String(reading.year);
  return msg(str`${hours} giờ ${minutes} phút, ngày ${day} tháng ${month} năm ${year}`, {
    id: 'common.date-time-phrase',
  });
}

/**
 * The place-and-date line of an administrative document: "Hà Nội, ngày 27 tháng 11 năm 2025"
 * (English "Hà Nội, 27/11/2025"), on a Hà Nội clock. `undefined` for an unparseable date.
 */
export function datelinePhrase(place: string, date: DateInput, locale: Locale): string | undefined {
  const reading = vietnamClock(date);
  if (reading === undefined) return undefined;
  const day = dayText(reading);
  const month = monthText(reading, locale);
  const year = String(reading.year);
  return msg(str`${place}, ngày ${day} tháng ${month} năm ${year}`, { id: 'common.dateline' });
}
