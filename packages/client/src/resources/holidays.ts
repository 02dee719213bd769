import type { Transport } from '../http/transport.js';
import { HolidayListSchema } from '../schemas/places.js';
import type { HolidayList } from '../types.js';
import type { RequestOptions } from './request-options.js';

/** The public-holiday calendar, served because it changes every year. Public. */
export interface HolidaysResource {
  /**
   * The holidays (days off for public offices) of `year`.
   *
   * @example
   * const { items } = await client.holidays.list(2026);
   */
  list(year: number, options?: RequestOptions): Promise<HolidayList>;
}

/** Creates the holidays resource over a transport. */
export function createHolidaysResource(transport: Transport): HolidaysResource {
  return {
    list: (year, options) =>
      transport.send({
        path: 'v1/calendar/holidays',
        query: { year },
        schema: HolidayListSchema,
        signal: options?.signal,
      }),
  };
}
