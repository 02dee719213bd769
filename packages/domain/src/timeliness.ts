import type { DossierStatus } from './dossier-status.js';
import { localDayNumber, toEpochMs } from './vietnam-time.js';

/**
 * Whether a dossier keeps its due date (domain.md, "On time": finished with `returnedAt ≤ dueAt`;
 * in progress and `now > dueAt` → overdue). Returned dossiers are split the way the portals word it,
 * "trước hạn / đúng hạn / quá hạn": on an earlier day than due, on the due day, late [G: the day
 * boundary for "early" is our reading].
 */
export const TIMELINESS_VALUES = [
  { key: 'NOT_STARTED', label: { vi: 'Chưa tính hạn', en: 'Clock not started' } },
  { key: 'ON_TIME', label: { vi: 'Trong hạn', en: 'On schedule' } },
  { key: 'OVERDUE', label: { vi: 'Quá hạn', en: 'Overdue' } },
  { key: 'RETURNED_EARLY', label: { vi: 'Trả trước hạn', en: 'Returned early' } },
  { key: 'RETURNED_ON_TIME', label: { vi: 'Trả đúng hạn', en: 'Returned on time' } },
  { key: 'RETURNED_LATE', label: { vi: 'Trả quá hạn', en: 'Returned late' } },
] as const;

/** One of {@link TIMELINESS_VALUES}' keys. */
export type Timeliness = (typeof TIMELINESS_VALUES)[number]['key'];

/** What {@link timeliness} needs to know about a dossier. */
export interface TimelinessInput {
  readonly status: DossierStatus;
  /** The due date; absent until the dossier is received (or for a procedure without a time limit). */
  readonly dueAt?: Date | null;
  /** When the result was handed over; needed for `RETURNED`. */
  readonly returnedAt?: Date | null;
  /**
   * For `SUPPLEMENT_REQUESTED`: when the clock stopped. A paused dossier is judged at that instant,
   * because its due date moves on by the paused working time once the documents arrive.
   */
  readonly pausedSince?: Date | null;
  /** The instant to judge at (injected so the function stays pure). */
  readonly now: Date;
}

// Intake refused, withdrawn or stopped: the dossier ends without a result, so no deadline was kept
// or missed.
const ENDED_WITHOUT_RESULT: readonly DossierStatus[] = ['REJECTED', 'WITHDRAWN', 'STOPPED'];

/**
 * How a dossier stands against its due date:
 * - `SUBMITTED`, or in progress without a due date → `'NOT_STARTED'` (the clock starts at receipt);
 * - in progress (`RECEIVED` … `RESULT_READY`): `'OVERDUE'` when `now` (or `pausedSince` for a paused
 *   dossier) is after `dueAt`, else `'ON_TIME'`;
 * - `RETURNED`: `'RETURNED_LATE'` when `returnedAt > dueAt`; `'RETURNED_EARLY'` when returned on an
 *   earlier local date than the due date; otherwise `'RETURNED_ON_TIME'`; `null` when either date is
 *   missing (nothing to judge);
 * - `REJECTED`, `WITHDRAWN`, `STOPPED` → `null`: there was no result to deliver on time.
 *
 * @example
 * timeliness({ status: 'PROCESSING', dueAt: new Date('2025-10-29T17:00:00+07:00'), now: new Date() });
 */
export function timeliness(input: TimelinessInput): Timeliness | null {
  const { status, dueAt, returnedAt, pausedSince, now } = input;
  if (status === 'SUBMITTED') return 'NOT_STARTED';
  if (ENDED_WITHOUT_RESULT.includes(status)) return null;
  if (status === 'RETURNED') {
    if (!dueAt || !returnedAt) return null;
    const dueMs = toEpochMs(dueAt);
    const returnedMs = toEpochMs(returnedAt);
    if (returnedMs > dueMs) return 'RETURNED_LATE';
    return localDayNumber(returnedMs) < localDayNumber(dueMs) ? 'RETURNED_EARLY' : 'RETURNED_ON_TIME';
  }
  if (!dueAt) return 'NOT_STARTED';
  const judgedAt = status === 'SUPPLEMENT_REQUESTED' && pausedSince ? pausedSince : now;
  return toEpochMs(judgedAt) > toEpochMs(dueAt) ? 'OVERDUE' : 'ON_TIME';
}

/**
 * Whether a dossier missed its due date: in progress past it, or returned after it.
 *
 * @example
 * isOverdue({ status: 'RETURNED', dueAt, returnedAt, now: new Date() });
 */
export function isOverdue(input: TimelinessInput): boolean {
  const result = timeliness(input);
  return result === 'OVERDUE' || result === 'RETURNED_LATE';
}
