import {
  canRequestSupplement,
  canTransition,
  type DossierStatus,
  MAX_SUPPLEMENT_REQUESTS,
  nextStatuses,
  type WorkingCalendar,
} from '@dvc-kit/domain';
import { ProblemError } from '../http/problem.js';
import type { LocalizedText } from '../seed/seed-types.js';
import type { DossierRecord, SupplementRequest, TimelineActor } from './dossier-types.js';
import { dueAtAfterPause, dueAtOf, supplementDeadlineOf } from './due-dates.js';

/**
 * The next status on the happy path (SUBMITTED → RECEIVED → PROCESSING → RESULT_READY → RETURNED); a
 * paused dossier (supplement or payment requested) resumes processing. Undefined for a final status.
 */
const HAPPY_PATH_NEXT: Readonly<Partial<Record<DossierStatus, DossierStatus>>> = {
  SUBMITTED: 'RECEIVED',
  RECEIVED: 'PROCESSING',
  PROCESSING: 'RESULT_READY',
  SUPPLEMENT_REQUESTED: 'PROCESSING',
  PAYMENT_REQUESTED: 'PROCESSING',
  RESULT_READY: 'RETURNED',
};

/** Where a dossier goes next when the simulator is not told (undefined once it is final). */
export function happyPathNext(status: DossierStatus): DossierStatus | undefined {
  return HAPPY_PATH_NEXT[status];
}

/** A move of a dossier. */
export interface Transition {
  to: DossierStatus;
  actor: TimelineActor;
  note?: LocalizedText;
  /** With `to: 'SUPPLEMENT_REQUESTED'`: why, and which documents are missing. */
  supplement?: Pick<SupplementRequest, 'reason' | 'missingDocuments'>;
}

/** The 409 for a move the rules do not allow from the current status. */
export function invalidState(record: DossierRecord, action: string): ProblemError {
  const allowed = nextStatuses(record.status);
  return new ProblemError(
    'invalid-state',
    `Dossier ${record.code} is ${record.status}: it cannot ${action}. ` +
      (allowed.length > 0
        ? `From ${record.status} it may move to ${allowed.join(', ')}.`
        : 'That status is final.'),
  );
}

/**
 * Moves a dossier, enforcing the national transition table and its side effects, and returns the new
 * record (the input is left as it was):
 * - RECEIVED starts the clock: `receivedAt` and the due date from the legal processing time;
 * - SUPPLEMENT_REQUESTED (at most {@link MAX_SUPPLEMENT_REQUESTS} per dossier) opens the request with its
 *   deadline and pauses the clock;
 * - leaving SUPPLEMENT_REQUESTED closes the request and moves the due date on by the paused working time;
 * - RETURNED records `returnedAt`.
 * Every move adds a timeline event. A move the table does not allow is 409 `invalid-state`.
 */
export function applyTransition(
  record: DossierRecord,
  transition: Transition,
  clock: { now: Date; calendar: WorkingCalendar },
): DossierRecord {
  const { to } = transition;
  const { now, calendar } = clock;
  if (!canTransition(record.status, to)) throw invalidState(record, `move to ${to}`);
  const next: DossierRecord = { ...record, status: to };

  if (to === 'SUPPLEMENT_REQUESTED') {
    if (!canRequestSupplement(record.supplementRequestCount)) {
      throw new ProblemError(
        'invalid-state',
        `Dossier ${record.code} already had ${record.supplementRequestCount} supplement request(s); at most ${MAX_SUPPLEMENT_REQUESTS} is allowed, so everything missing must be asked for at once.`,
      );
    }
    if (!transition.supplement)
      throw new Error('A supplement request needs its reason and missing documents');
    next.supplementRequest = {
      requestedAt: now.toISOString(),
      deadline: supplementDeadlineOf(now, calendar).toISOString(),
      reason: transition.supplement.reason,
      missingDocuments: transition.supplement.missingDocuments,
      fulfilledAt: null,
    };
    next.supplementRequestCount = record.supplementRequestCount + 1;
  }

  if (record.status === 'SUPPLEMENT_REQUESTED' && record.supplementRequest) {
    const pausedFrom = new Date(record.supplementRequest.requestedAt);
    next.supplementRequest = { ...record.supplementRequest, fulfilledAt: now.toISOString() };
    if (record.dueAt)
      next.dueAt = dueAtAfterPause(new Date(record.dueAt), pausedFrom, now, calendar).toISOString();
  }

  if (to === 'RECEIVED') {
    next.receivedAt = now.toISOString();
    next.dueAt = dueAtOf(now, record.processingTime, calendar)?.toISOString() ?? null;
  }
  if (to === 'RETURNED') next.returnedAt = now.toISOString();

  next.timeline = [
    ...record.timeline,
    {
      at: now.toISOString(),
      status: to,
      actor: transition.actor,
      ...(transition.note ? { note: transition.note } : {}),
    },
  ];
  return next;
}
