import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDossierCode,
  isPlausibleDossierCode,
  normalizeDossierCode,
  parseDossierCode,
} from './dossier-code.js';

const date = new Date('2023-10-27T09:00:00+07:00');

describe('formatDossierCode', () => {
  it('issues agency-yyMMdd-NNNN by default', () => {
    expect(formatDossierCode({ agencyCode: '000.00.06.H56', date, sequence: 361 })).toBe(
      '000.00.06.H56-231027-0361',
    );
  });

  it('issues agency-yyyyMMdd-NNNNNNN in the long form', () => {
    expect(formatDossierCode({ agencyCode: 'H26', date, sequence: 12, dateFormat: 'yyyyMMdd' })).toBe(
      'H26-20231027-0000012',
    );
    expect(formatDossierCode({ agencyCode: 'H26', date, sequence: 12, sequenceDigits: 5 })).toBe(
      'H26-231027-00012',
    );
  });

  it('uses the date in Hà Nội', () => {
    // 17:30 UTC on the 27th is 00:30 on the 28th in Hà Nội.
    expect(
      formatDossierCode({ agencyCode: 'H26', date: new Date('2023-10-27T17:30:00Z'), sequence: 1 }),
    ).toBe('H26-231028-0001');
  });

  it.each([
    ['an empty agency code', { agencyCode: '' }],
    ['an agency code with a dash', { agencyCode: 'H26-1' }],
    ['an agency code with spaces', { agencyCode: 'H 26' }],
    ['sequence 0', { sequence: 0 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['a sequence wider than its digits', { sequence: 10_000 }],
    ['too few sequence digits', { sequenceDigits: 3 }],
    ['too many sequence digits', { sequenceDigits: 8 }],
    ['an invalid date', { date: new Date(Number.NaN) }],
  ])('rejects %s', (_what, override) => {
    expect(() => formatDossierCode({ agencyCode: 'H26', date, sequence: 1, ...override })).toThrow(
      RangeError,
    );
  });
});

describe('normalizeDossierCode', () => {
  it('trims, upper-cases and normalises to NFC for matching', () => {
    expect(normalizeDossierCode(' 000.00.06.h56-231027-0361\n')).toBe('000.00.06.H56-231027-0361');
  });
});

describe('parseDossierCode and isPlausibleDossierCode', () => {
  it('reads both forms', () => {
    expect(parseDossierCode('000.00.06.h56-231027-0361 ')).toEqual({
      code: '000.00.06.H56-231027-0361',
      agencyCode: '000.00.06.H56',
      localDate: '2023-10-27',
      sequence: 361,
      dateFormat: 'yyMMdd',
    });
    expect(parseDossierCode('H26-20240229-0000012')).toMatchObject({ localDate: '2024-02-29', sequence: 12 });
  });

  it.each([
    '',
    '231027-0361',
    '000.00.06.H56-231027',
    '000.00.06.H56-231032-0361',
    '000.00.06.H56-230229-0361',
    '000.00.06.H56-2310270-0361',
    '000.00.06.H56-231027-036',
    '000.00.06.H56-231027-03610000',
    '000.00.06.H56-231027-0000',
    '000..06.H56-231027-0361',
    '000.00.06.H56 231027 0361',
  ])('does not take %j for a dossier code', (input) => {
    expect(isPlausibleDossierCode(input)).toBe(false);
  });

  it('recognises every code it issues', () => {
    const agency = fc.stringMatching(/^[0-9A-Za-z]{1,4}(\.[0-9A-Za-z]{1,4}){0,3}$/);
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
    const form = fc.constantFrom('yyMMdd' as const, 'yyyyMMdd' as const);
    fc.assert(
      fc.property(
        agency,
        instant,
        fc.integer({ min: 1, max: 9_999 }),
        form,
        (agencyCode, ms, sequence, dateFormat) => {
          const code = formatDossierCode({ agencyCode, date: new Date(ms), sequence, dateFormat });
          expect(parseDossierCode(code)).toMatchObject({
            agencyCode: agencyCode.toUpperCase(),
            sequence,
            dateFormat,
            localDate: new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10),
          });
        },
      ),
    );
  });
});
