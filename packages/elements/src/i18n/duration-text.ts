import { msg, str } from '@lit/localize';
import type { Duration } from '../base/api-types.js';

/**
 * A processing time in words: "5 ngày làm việc" / "5 working days". English picks singular or
 * plural; Vietnamese has one form, so both of its templates read the same.
 */
export function durationText(duration: Duration): string {
  const value = String(duration.value);
  const one = duration.value === 1;
  switch (duration.unit) {
    case 'WORKING_DAYS':
      return one
        ? msg(str`${value} ngày làm việc`, { id: 'common.duration.working-days.one' })
        : msg(str`${value} ngày làm việc`, { id: 'common.duration.working-days.other' });
    case 'CALENDAR_DAYS':
      return one
        ? msg(str`${value} ngày`, { id: 'common.duration.calendar-days.one' })
        : msg(str`${value} ngày`, { id: 'common.duration.calendar-days.other' });
    case 'WORKING_HOURS':
      return one
        ? msg(str`${value} giờ làm việc`, { id: 'common.duration.working-hours.one' })
        : msg(str`${value} giờ làm việc`, { id: 'common.duration.working-hours.other' });
  }
}
