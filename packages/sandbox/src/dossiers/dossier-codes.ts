import { DOSSIER_CODE_SEQUENCE_DIGITS, formatDossierCode, toLocalDateString } from '@dvc-kit/domain';
import type { SandboxConfig } from '../config.js';
import { ProblemError } from '../http/problem.js';

/** The daily sequence a code is numbered from: `nextSequence(dayKey)` → 1, 2, 3… */
export type NextSequence = (dayKey: string) => number;

/**
 * The key of an agency's day in `dossier_sequences`: the agency code and the local date in
 * Asia/Ho_Chi_Minh, so numbering restarts at Hanoi's midnight, not UTC's.
 */
export function sequenceDayKey(agencyCode: string, at: Date): string {
  return `${agencyCode}|${toLocalDateString(at)}`;
}

/**
 * Issues the next dossier code of the agency's day, `<agency code>-<date>-<sequence>` in the configured
 * date format (domain.md, "Dossier code"). Call it inside the transaction that inserts the dossier, so a
 * number is used exactly once. A day past the format's usual width (10,000 dossiers with `yyMMdd`) widens
 * the sequence up to the domain's maximum rather than refusing submissions.
 *
 * @example
 * issueDossierCode(store.nextSequence, config, new Date('2025-11-27T09:00:00+07:00')); // '000.00.24.H26-251127-0001'
 */
export function issueDossierCode(
  nextSequence: NextSequence,
  config: Pick<SandboxConfig, 'agencyCode' | 'dossierCodeFormat'>,
  at: Date,
): string {
  const sequence = nextSequence(sequenceDayKey(config.agencyCode, at));
  const input = { agencyCode: config.agencyCode, date: at, sequence, dateFormat: config.dossierCodeFormat };
  try {
    return formatDossierCode(input);
  } catch (error) {
    const digits = String(sequence).length;
    if (error instanceof RangeError && digits <= DOSSIER_CODE_SEQUENCE_DIGITS.max) {
      return formatDossierCode({ ...input, sequenceDigits: digits });
    }
    // Numbers run out for the day only; an hour is a polite first retry for a sandbox that busy.
    throw new ProblemError(
      'service-unavailable',
      `The agency ${config.agencyCode} has used every dossier number of the day; try again tomorrow.`,
      { retryAfterSeconds: 3600 },
    );
  }
}
