import { parseDossierCode } from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { issueDossierCode, sequenceDayKey } from './dossier-codes.js';

function sequenceFrom(start = 0): (dayKey: string) => number {
  const counters = new Map<string, number>();
  return (dayKey) => {
    const next = (counters.get(dayKey) ?? start) + 1;
    counters.set(dayKey, next);
    return next;
  };
}

describe('issueDossierCode', () => {
  const config = { agencyCode: '000.00.24.H26', dossierCodeFormat: 'yyMMdd' } as const;

  it('numbers each agency day from 1 with the local (UTC+7) date', () => {
    const next = sequenceFrom();
    // 17:30 UTC on the 26th is already 00:30 on the 27th in Hà Nội.
    const lateEvening = new Date('2025-10-26T17:30:00Z');
    expect(issueDossierCode(next, config, lateEvening)).toBe('000.00.24.H26-251027-0001');
    expect(issueDossierCode(next, config, lateEvening)).toBe('000.00.24.H26-251027-0002');
    expect(issueDossierCode(next, config, new Date('2025-10-26T16:59:00Z'))).toBe(
      '000.00.24.H26-251026-0001',
    );
    expect(sequenceDayKey(config.agencyCode, lateEvening)).toBe('000.00.24.H26|2025-10-27');
  });

  it('writes the configured date format', () => {
    const code = issueDossierCode(
      sequenceFrom(),
      { ...config, dossierCodeFormat: 'yyyyMMdd' },
      new Date('2025-10-27T03:00:00Z'),
    );
    expect(code).toBe('000.00.24.H26-20251027-0000001');
  });

  it('widens the sequence past 9,999 dossiers a day instead of refusing them, and the code still parses', () => {
    const code = issueDossierCode(sequenceFrom(9_999), config, new Date('2025-10-27T03:00:00Z'));
    expect(code).toBe('000.00.24.H26-251027-10000');
    expect(parseDossierCode(code)?.sequence).toBe(10_000);
  });
});
