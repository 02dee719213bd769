import {
  computeDueAt,
  createWorkingCalendar,
  type Duration,
  extendForPause,
  type WorkingCalendar,
} from '@dvc-kit/domain';
import type { Channel, ProcedureDetail } from '../seed/seed-types.js';

/**
 * How long a citizen has to answer a supplement request. The legal texts leave it to each procedure and
 * the sandbox has no per-procedure value, so it uses a common one-week term [G]: five working days,
 * counted like a processing time (after 15:00 from the next working day, holidays skipped).
 */
export const SUPPLEMENT_RESPONSE_TIME: Duration = { value: 5, unit: 'WORKING_DAYS' };

/**
 * The office calendar: weekends and the seeded public holidays off, the domain's 15:00 cut-off and office
 * hours. The holidays come from the database (the calendar changes every year), never from code.
 */
export function workingCalendarOf(holidayDates: Iterable<string>): WorkingCalendar {
  return createWorkingCalendar(holidayDates);
}

/**
 * The legal processing time of a dossier: the chosen channel's (online filing is sometimes faster),
 * or the case's own when the channel publishes none; null when neither is known.
 */
export function processingTimeOf(
  procedure: ProcedureDetail,
  channel: Channel,
  caseCode: string,
): Duration | null {
  const offer = procedure.channels.find((candidate) => candidate.channel === channel);
  if (offer?.processingTime) return offer.processingTime;
  return procedure.cases.find((candidate) => candidate.code === caseCode)?.processingTime ?? null;
}

/** The due date of a dossier received at `receivedAt`, or null without a processing time. */
export function dueAtOf(
  receivedAt: Date,
  processingTime: Duration | null,
  calendar: WorkingCalendar,
): Date | null {
  return processingTime ? computeDueAt(receivedAt, processingTime, calendar) : null;
}

/** The deadline of a supplement request made at `requestedAt`. */
export function supplementDeadlineOf(requestedAt: Date, calendar: WorkingCalendar): Date {
  return computeDueAt(requestedAt, SUPPLEMENT_RESPONSE_TIME, calendar);
}

/** The due date after the clock was paused from `pausedFrom` to `pausedUntil` (a supplement request). */
export function dueAtAfterPause(
  dueAt: Date,
  pausedFrom: Date,
  pausedUntil: Date,
  calendar: WorkingCalendar,
): Date {
  return extendForPause(dueAt, pausedFrom, pausedUntil, calendar);
}
