import {
  canTransition,
  createWorkingCalendar,
  DOSSIER_STATUSES,
  type DossierStatus,
  extendForPause,
} from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../http/problem.js';
import type { DossierRecord } from './dossier-types.js';
import { applyTransition, happyPathNext } from './transitions.js';

const calendar = createWorkingCalendar(['2025-09-01', '2025-09-02']);
const text = { vi: 'x', en: 'x' };

function record(status: DossierStatus, overrides: Partial<DossierRecord> = {}): DossierRecord {
  return {
    code: 'H26-251020-0001',
    procedure: { code: '1.001193', name: text },
    caseCode: 'default',
    channel: 'ONLINE',
    status,
    owner: {
      fullName: 'Nguyễn Văn An',
      personalId: '001203012345',
      dateOfBirth: '2003-05-14',
      sex: 'MALE',
      phone: '+84912345678',
      address: { provinceCode: '01', wardCode: '00004', detail: 'x' },
    },
    representative: null,
    formData: {},
    attachments: [],
    delivery: { method: 'ELECTRONIC' },
    receivingLocation: { id: 'loc-head-office', name: text },
    competentAuthority: text,
    partnerCode: 'VNPOST',
    agentPointId: null,
    staff: null,
    fee: { amount: 0 },
    submittedAt: '2025-10-20T02:00:00.000Z',
    receivedAt: '2025-10-20T02:00:00.000Z',
    dueAt: '2025-10-21T02:00:00.000Z',
    returnedAt: null,
    timeline: [],
    supplementRequest: null,
    clientReference: null,
    processingTime: { value: 1, unit: 'WORKING_DAYS' },
    supplementRequestCount: 0,
    consent: { personalDataProcessing: true, acceptedAt: '2025-10-20T01:00:00Z', textVersion: 'v1' },
    ...overrides,
  };
}

const supplement = { reason: text, missingDocuments: [{ code: 'TP1', name: text }] };
const now = new Date('2025-10-20T04:00:00Z');

describe('applyTransition', () => {
  const statuses = DOSSIER_STATUSES.map((status) => status.key);
  const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s follows the transition table', (from, to) => {
    const move = () => applyTransition(record(from), { to, actor: 'OFFICER', supplement }, { now, calendar });
    if (canTransition(from, to)) {
      const moved = move();
      expect(moved.status).toBe(to);
      expect(moved.timeline.at(-1)).toEqual({ at: now.toISOString(), status: to, actor: 'OFFICER' });
    } else {
      expect(move).toThrow(ProblemError);
      expect(() => move()).toThrow(expect.objectContaining({ kind: 'invalid-state' }));
    }
  });

  it('starts the clock on RECEIVED', () => {
    const received = applyTransition(
      record('SUBMITTED', { receivedAt: null, dueAt: null }),
      { to: 'RECEIVED', actor: 'SYSTEM' },
      { now: new Date('2025-08-29T02:00:00Z'), calendar },
    );
    expect(received.receivedAt).toBe('2025-08-29T02:00:00.000Z');
    // Friday 09:00 in Hà Nội + 8 office hours over the 1–2 September holidays: Wednesday 09:00.
    expect(received.dueAt).toBe(new Date('2025-09-03T09:00:00+07:00').toISOString());
  });

  it('allows one supplement request per dossier, and extends the due date by the pause', () => {
    const requested = applyTransition(
      record('PROCESSING'),
      { to: 'SUPPLEMENT_REQUESTED', actor: 'OFFICER', supplement },
      {
        now,
        calendar,
      },
    );
    expect(requested.supplementRequestCount).toBe(1);
    expect(requested.supplementRequest).toMatchObject({ requestedAt: now.toISOString(), fulfilledAt: null });
    const later = new Date('2025-10-21T04:00:00Z');
    const resumed = applyTransition(
      requested,
      { to: 'PROCESSING', actor: 'CITIZEN' },
      { now: later, calendar },
    );
    expect(resumed.supplementRequest?.fulfilledAt).toBe(later.toISOString());
    expect(resumed.dueAt).toBe(
      extendForPause(new Date('2025-10-21T02:00:00Z'), now, later, calendar).toISOString(),
    );
    expect(() =>
      applyTransition(
        resumed,
        { to: 'SUPPLEMENT_REQUESTED', actor: 'OFFICER', supplement },
        { now: later, calendar },
      ),
    ).toThrow(expect.objectContaining({ kind: 'invalid-state' }));
  });

  it('records the return and leaves the input record as it was', () => {
    const ready = record('RESULT_READY');
    const returned = applyTransition(ready, { to: 'RETURNED', actor: 'OFFICER' }, { now, calendar });
    expect(returned.returnedAt).toBe(now.toISOString());
    expect(ready.status).toBe('RESULT_READY');
    expect(ready.timeline).toEqual([]);
  });
});

describe('happyPathNext', () => {
  it('walks SUBMITTED → RECEIVED → PROCESSING → RESULT_READY → RETURNED along allowed moves', () => {
    const path: DossierStatus[] = ['SUBMITTED'];
    for (let next = happyPathNext('SUBMITTED'); next; next = happyPathNext(next)) path.push(next);
    expect(path).toEqual(['SUBMITTED', 'RECEIVED', 'PROCESSING', 'RESULT_READY', 'RETURNED']);
    for (const status of DOSSIER_STATUSES.map((info) => info.key)) {
      const next = happyPathNext(status);
      if (next) expect(canTransition(status, next)).toBe(true);
    }
  });
});
