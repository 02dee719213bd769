import { describe, expect, it } from 'vitest';
import type { DossierStatus } from './dossier-status.js';
import { isOverdue, TIMELINESS_VALUES, timeliness } from './timeliness.js';

function vn(local: string): Date {
  return new Date(`${local}:00+07:00`);
}

const dueAt = vn('2025-10-29T17:00');
const before = vn('2025-10-29T10:00');
const after = vn('2025-10-30T08:30');

describe('timeliness', () => {
  it('has not started before receipt or without a due date', () => {
    expect(timeliness({ status: 'SUBMITTED', dueAt, now: after })).toBe('NOT_STARTED');
    expect(timeliness({ status: 'RECEIVED', now: after })).toBe('NOT_STARTED');
    expect(timeliness({ status: 'PROCESSING', dueAt: null, now: after })).toBe('NOT_STARTED');
  });

  it.each<DossierStatus>([
    'RECEIVED',
    'PROCESSING',
    'PAYMENT_REQUESTED',
    'RESULT_READY',
    'SUPPLEMENT_REQUESTED',
  ])('judges %s by now against the due date', (status) => {
    expect(timeliness({ status, dueAt, now: before })).toBe('ON_TIME');
    expect(timeliness({ status, dueAt, now: dueAt })).toBe('ON_TIME');
    expect(timeliness({ status, dueAt, now: after })).toBe('OVERDUE');
  });

  it('judges a paused dossier when its clock stopped', () => {
    expect(timeliness({ status: 'SUPPLEMENT_REQUESTED', dueAt, pausedSince: before, now: after })).toBe(
      'ON_TIME',
    );
    expect(timeliness({ status: 'SUPPLEMENT_REQUESTED', dueAt, pausedSince: after, now: after })).toBe(
      'OVERDUE',
    );
    // Only a supplement request stops the clock.
    expect(timeliness({ status: 'PROCESSING', dueAt, pausedSince: before, now: after })).toBe('OVERDUE');
  });

  it('splits returned dossiers into early, on time and late', () => {
    const returned = (returnedAt: Date) => timeliness({ status: 'RETURNED', dueAt, returnedAt, now: after });
    expect(returned(vn('2025-10-28T16:00'))).toBe('RETURNED_EARLY');
    expect(returned(before)).toBe('RETURNED_ON_TIME');
    expect(returned(dueAt)).toBe('RETURNED_ON_TIME');
    expect(returned(new Date(dueAt.getTime() + 1))).toBe('RETURNED_LATE');
  });

  it('cannot judge a returned dossier without its dates', () => {
    expect(timeliness({ status: 'RETURNED', dueAt, now: after })).toBeNull();
    expect(timeliness({ status: 'RETURNED', returnedAt: before, now: after })).toBeNull();
  });

  it.each<DossierStatus>(['REJECTED', 'WITHDRAWN', 'STOPPED'])('has no timeliness for %s', (status) => {
    expect(timeliness({ status, dueAt, now: after })).toBeNull();
  });

  it('labels every value in both languages', () => {
    for (const { label } of TIMELINESS_VALUES) {
      expect(label.vi).toBe(label.vi.normalize('NFC'));
      expect(label.en).not.toBe(label.vi);
    }
  });
});

describe('isOverdue', () => {
  it('is true for overdue work and late returns only', () => {
    expect(isOverdue({ status: 'PROCESSING', dueAt, now: after })).toBe(true);
    expect(isOverdue({ status: 'RETURNED', dueAt, returnedAt: after, now: after })).toBe(true);
    expect(isOverdue({ status: 'PROCESSING', dueAt, now: before })).toBe(false);
    expect(isOverdue({ status: 'RETURNED', dueAt, returnedAt: before, now: after })).toBe(false);
    expect(isOverdue({ status: 'STOPPED', dueAt, now: after })).toBe(false);
  });
});
