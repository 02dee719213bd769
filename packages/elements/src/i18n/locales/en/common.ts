// English templates of the `common.*` messages (see ../en.ts).
import { str } from '@lit/localize';

export const commonTemplates = {
  'common.date-time-phrase': str`${0}:${1}, ${2}/${3}/${4}`,
  'common.dateline': str`${0}, ${1}/${2}/${3}`,
  'common.duration.calendar-days.one': str`${0} calendar day`,
  'common.duration.calendar-days.other': str`${0} calendar days`,
  'common.duration.working-days.one': str`${0} working day`,
  'common.duration.working-days.other': str`${0} working days`,
  'common.duration.working-hours.one': str`${0} working hour`,
  'common.duration.working-hours.other': str`${0} working hours`,
  'common.retry': 'Try again',
  'common.vnd-amount': str`VND ${0}`,
};
