import { describe, expect, it } from 'vitest';
import {
  canRequestSupplement,
  canTransition,
  DOSSIER_STATUSES,
  isFinalStatus,
  MAX_SUPPLEMENT_REQUESTS,
  nextStatuses,
  statusByCode,
  statusInfo,
} from './dossier-status.js';
import { DOSSIER_STATUS_KEYS, type DossierStatus, isDossierStatus } from './dossier-status-keys.js';

// The national codes and wording, copied from domain.md's table.
const NATIONAL_TABLE: [number, string, DossierStatus][] = [
  [1, 'Mới đăng ký', 'SUBMITTED'],
  [2, 'Được tiếp nhận', 'RECEIVED'],
  [3, 'Không được tiếp nhận', 'REJECTED'],
  [4, 'Đang xử lý', 'PROCESSING'],
  [5, 'Yêu cầu bổ sung giấy tờ', 'SUPPLEMENT_REQUESTED'],
  [6, 'Yêu cầu thực hiện nghĩa vụ tài chính', 'PAYMENT_REQUESTED'],
  [7, 'Công dân yêu cầu rút hồ sơ', 'WITHDRAWN'],
  [8, 'Dừng xử lý', 'STOPPED'],
  [9, 'Đã xử lý xong', 'RESULT_READY'],
  [10, 'Đã trả kết quả', 'RETURNED'],
];

// domain.md: 1→2|3|7; 2→4|7|9; 4→5|6|8|9|7; 5→4; 6→4|9; 9→10, written with the national codes.
const ALLOWED_BY_CODE: Record<number, number[]> = {
  1: [2, 3, 7],
  2: [4, 7, 9],
  4: [5, 6, 8, 9, 7],
  5: [4],
  6: [4, 9],
  9: [10],
};

describe('DOSSIER_STATUSES', () => {
  it.each(NATIONAL_TABLE)('numbers %i as "%s" (%s)', (code, vietnamese, key) => {
    const info = statusByCode(code);
    expect(info?.key).toBe(key);
    expect(info?.label.vi).toBe(vietnamese.normalize('NFC'));
  });

  it('has unique codes and keys, NFC labels in both languages', () => {
    expect(new Set(DOSSIER_STATUSES.map((status) => status.code)).size).toBe(DOSSIER_STATUSES.length);
    expect(new Set(DOSSIER_STATUSES.map((status) => status.key)).size).toBe(DOSSIER_STATUSES.length);
    for (const { label } of DOSSIER_STATUSES) {
      expect(label.vi).toBe(label.vi.normalize('NFC'));
      expect(label.en).not.toBe('');
      expect(label.en).not.toBe(label.vi);
    }
  });

  it('marks rejected, withdrawn, stopped and returned as final', () => {
    const finals = DOSSIER_STATUSES.filter((status) => status.final).map((status) => status.key);
    expect(finals.sort()).toEqual(['REJECTED', 'RETURNED', 'STOPPED', 'WITHDRAWN']);
  });
});

describe('transitions', () => {
  it('allows exactly the moves of the national table', () => {
    for (const from of DOSSIER_STATUSES) {
      for (const to of DOSSIER_STATUSES) {
        const allowed = (ALLOWED_BY_CODE[from.code] ?? []).includes(to.code);
        expect(canTransition(from.key, to.key), `${from.code}→${to.code}`).toBe(allowed);
      }
    }
  });

  it('lists next statuses, none after a final status', () => {
    expect(nextStatuses('PROCESSING')).toEqual([
      'SUPPLEMENT_REQUESTED',
      'PAYMENT_REQUESTED',
      'STOPPED',
      'RESULT_READY',
      'WITHDRAWN',
    ]);
    for (const { key, final } of DOSSIER_STATUSES) {
      expect(nextStatuses(key).length === 0, key).toBe(final);
      expect(isFinalStatus(key)).toBe(final);
    }
  });

  it('allows a single supplement request per dossier', () => {
    expect(MAX_SUPPLEMENT_REQUESTS).toBe(1);
    expect(canRequestSupplement(0)).toBe(true);
    expect(canRequestSupplement(1)).toBe(false);
  });
});

describe('lookups', () => {
  it('returns undefined for a number that is not a status code', () => {
    expect(statusByCode(0)).toBeUndefined();
    expect(statusByCode(11)).toBeUndefined();
  });

  it('recognises statuses from outside data', () => {
    expect(isDossierStatus('RESULT_READY')).toBe(true);
    expect(isDossierStatus('result_ready')).toBe(false);
    expect(isDossierStatus(9)).toBe(false);
    expect(isDossierStatus('toString')).toBe(false);
    expect(isDossierStatus(undefined)).toBe(false);
  });

  it('keys exactly the statuses it words, in the order of their codes', () => {
    expect(DOSSIER_STATUSES.map((status) => status.key)).toEqual(DOSSIER_STATUS_KEYS);
  });

  it('gives the info of a status', () => {
    expect(statusInfo('PAYMENT_REQUESTED').code).toBe(6);
  });
});
