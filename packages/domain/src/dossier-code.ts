import {
  dayNumberFromParts,
  formatLocalDayNumber,
  localDateParts,
  localDayNumber,
  padDigits,
  toEpochMs,
} from './vietnam-time.js';

/** How the date inside a dossier code is written; both are in use (domain.md, "Dossier code" [V]). */
export const DOSSIER_CODE_DATE_FORMATS = ['yyMMdd', 'yyyyMMdd'] as const;

/** `'yyMMdd'` (e.g. `231027`, the national portal's form) or `'yyyyMMdd'`. */
export type DossierCodeDateFormat = (typeof DOSSIER_CODE_DATE_FORMATS)[number];

/**
 * Digits of the daily sequence: 4 with `yyMMdd` (`000.00.06.H56-231027-0361`), 7 with `yyyyMMdd`, the
 * two forms seen in real systems [V]. A configured width must stay within them, so that
 * {@link isPlausibleDossierCode} recognises every code the server issues.
 */
export const DOSSIER_CODE_SEQUENCE_DIGITS = { min: 4, max: 7 } as const;

const DEFAULT_SEQUENCE_DIGITS: { readonly [Format in DossierCodeDateFormat]: number } = {
  yyMMdd: 4,
  yyyyMMdd: 7,
};
// Agency codes are dot-separated letters and digits, e.g. 000.00.06.H56 or H26.22 (the Hà Nội code
// is unconfirmed, domain.md: it is configuration).
const AGENCY_CODE = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;
// Agency, yyMMdd or yyyyMMdd, then 4–7 sequence digits (DOSSIER_CODE_SEQUENCE_DIGITS).
const DOSSIER_CODE = /^([0-9A-Z]+(?:\.[0-9A-Z]+)*)-(\d{6}|\d{8})-(\d{4,7})$/;
// yyMMdd codes belong to this century: the first were issued in the 2010s.
const SHORT_YEAR_CENTURY = 2000;
const SHORT_DATE_LENGTH = 6;

/** What a dossier code is made of. */
export interface DossierCodeInput {
  /** The receiving agency's code, e.g. `000.00.06.H56`. */
  readonly agencyCode: string;
  /** When the dossier was registered; its local date in Asia/Ho_Chi_Minh goes into the code. */
  readonly date: Date;
  /** The dossier's number within the agency's day, from 1. */
  readonly sequence: number;
  /** Defaults to `'yyMMdd'`. */
  readonly dateFormat?: DossierCodeDateFormat;
  /** Defaults to 4 for `yyMMdd` and 7 for `yyyyMMdd`; within {@link DOSSIER_CODE_SEQUENCE_DIGITS}. */
  readonly sequenceDigits?: number;
}

/** The parts of a dossier code, as read by {@link parseDossierCode}. */
export interface DossierCodeParts {
  /** The code normalised for matching (see {@link normalizeDossierCode}). */
  readonly code: string;
  readonly agencyCode: string;
  /** The registration date as a local `yyyy-MM-dd`. */
  readonly localDate: string;
  readonly sequence: number;
  readonly dateFormat: DossierCodeDateFormat;
}

/**
 * Issues a dossier code `<agency code>-<date>-<sequence>` (domain.md, "Dossier code"). Only the
 * server issues codes; clients show them exactly as received.
 *
 * @throws RangeError when the agency code is not dot-separated letters and digits, the date is
 *   invalid, the sequence is not a whole number from 1 that fits its digits, or the width is out of
 *   range.
 * @example
 * formatDossierCode({ agencyCode: '000.00.06.H56', date: new Date('2023-10-27T09:00:00+07:00'), sequence: 361 });
 * // '000.00.06.H56-231027-0361'
 * formatDossierCode({ agencyCode: 'H26', date, sequence: 12, dateFormat: 'yyyyMMdd' });
 * // 'H26-20231027-0000012'
 */
export function formatDossierCode(input: DossierCodeInput): string {
  const { agencyCode, date, sequence } = input;
  const dateFormat = input.dateFormat ?? 'yyMMdd';
  const sequenceDigits = input.sequenceDigits ?? DEFAULT_SEQUENCE_DIGITS[dateFormat];
  if (!AGENCY_CODE.test(agencyCode)) {
    throw new RangeError(`An agency code is dot-separated letters and digits, got "${agencyCode}"`);
  }
  if (
    !Number.isInteger(sequenceDigits) ||
    sequenceDigits < DOSSIER_CODE_SEQUENCE_DIGITS.min ||
    sequenceDigits > DOSSIER_CODE_SEQUENCE_DIGITS.max
  ) {
    throw new RangeError(
      `Sequence digits must be ${DOSSIER_CODE_SEQUENCE_DIGITS.min}–${DOSSIER_CODE_SEQUENCE_DIGITS.max}, got ${sequenceDigits}`,
    );
  }
  if (!Number.isInteger(sequence) || sequence < 1 || String(sequence).length > sequenceDigits) {
    throw new RangeError(
      `A daily sequence must be a whole number from 1 with at most ${sequenceDigits} digits`,
    );
  }
  const { year, month, day } = localDateParts(localDayNumber(toEpochMs(date)));
  const yearText = dateFormat === 'yyMMdd' ? padDigits(year % 100, 2) : padDigits(year, 4);
  return `${agencyCode}-${yearText}${padDigits(month, 2)}${padDigits(day, 2)}-${padDigits(sequence, sequenceDigits)}`;
}

/**
 * Normalises a dossier code for matching: NFC, trimmed, upper-case. Codes are matched
 * case-insensitively after trimming (domain.md, "Dossier code"), so the server and the status
 * tracker both compare normalised codes. Display the code as issued, not this form.
 *
 * @example
 * normalizeDossierCode(' 000.00.06.h56-231027-0361 '); // '000.00.06.H56-231027-0361'
 */
export function normalizeDossierCode(input: string): string {
  return input.normalize('NFC').trim().toUpperCase();
}

/**
 * Reads a dossier code, or returns `undefined` when it is not one: agency code, a real date in
 * `yyMMdd` or `yyyyMMdd`, and a 4–7 digit sequence.
 *
 * @example
 * parseDossierCode('000.00.06.H56-231027-0361');
 * // { code: '000.00.06.H56-231027-0361', agencyCode: '000.00.06.H56', localDate: '2023-10-27',
 * //   sequence: 361, dateFormat: 'yyMMdd' }
 */
export function parseDossierCode(input: string): DossierCodeParts | undefined {
  const code = normalizeDossierCode(input);
  const match = DOSSIER_CODE.exec(code);
  if (!match) return undefined;
  const [, agencyCode = '', dateText = '', sequenceText = ''] = match;
  const short = dateText.length === SHORT_DATE_LENGTH;
  const yearDigits = short ? 2 : 4;
  const year = Number(dateText.slice(0, yearDigits)) + (short ? SHORT_YEAR_CENTURY : 0);
  const month = Number(dateText.slice(yearDigits, yearDigits + 2));
  const day = Number(dateText.slice(yearDigits + 2));
  const dayNumber = dayNumberFromParts(year, month, day);
  const sequence = Number(sequenceText);
  if (dayNumber === undefined || sequence < 1) return undefined;
  return {
    code,
    agencyCode,
    localDate: formatLocalDayNumber(dayNumber),
    sequence,
    dateFormat: short ? 'yyMMdd' : 'yyyyMMdd',
  };
}

/**
 * Whether a text looks like a dossier code (see {@link parseDossierCode}): lets the status tracker
 * tell a citizen about a typo before asking the server.
 */
export function isPlausibleDossierCode(input: string): boolean {
  return parseDossierCode(input) !== undefined;
}
