import {
  hasErrors,
  toValidationResult,
  type ValidationIssue,
  type ValidationResult,
} from './validation-issue.js';

/**
 * The official 3-level satisfaction scale of a dossier (domain.md, "Satisfaction rating"), with the
 * score the national scorecard stores: 2 very satisfied, 1 satisfied, 0 dissatisfied. Only the
 * citizen rates, never the agent on their behalf.
 */
export const SATISFACTION_LEVELS = [
  { key: 'VERY_SATISFIED', score: 2, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
  { key: 'SATISFIED', score: 1, label: { vi: 'Hài lòng', en: 'Satisfied' } },
  { key: 'DISSATISFIED', score: 0, label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
] as const;

/** One entry of {@link SATISFACTION_LEVELS}. */
export type SatisfactionLevelInfo = (typeof SATISFACTION_LEVELS)[number];

/** A satisfaction level, e.g. `'SATISFIED'`. */
export type SatisfactionLevel = SatisfactionLevelInfo['key'];

/**
 * Why a citizen may be dissatisfied (domain.md), by key, in the order the reason chips are shown: the
 * reasons validation accepts. `DISSATISFACTION_REASONS` (`dissatisfaction-reasons.ts`) words them in
 * both languages; a bundle that only validates does not carry the words.
 */
export const DISSATISFACTION_REASON_KEYS = [
  'LATE',
  'MULTIPLE_SUPPLEMENTS',
  'MULTIPLE_OFFICES',
  'STAFF_ATTITUDE',
  'FEES_UNCLEAR',
  'SYSTEM_ERROR',
  'OTHER',
] as const;

/** A reason for dissatisfaction, e.g. `'LATE'`. */
export type DissatisfactionReason = (typeof DISSATISFACTION_REASON_KEYS)[number];

/**
 * The official satisfaction indices asked in the optional full mode (domain.md: processing time vs.
 * limit, contacts needed, offices visited, publicly posted, staff attitude, convenience, overall), in
 * the order a form asks them, each with the answers it accepts, in the order a form offers them.
 *
 * Only the keys: checking a rating needs nothing more, so a bundle that validates does not carry the
 * questions. `OFFICIAL_INDICES` (`official-indices.ts`) words them in both languages.
 */
export const OFFICIAL_INDEX_OPTIONS = {
  processingTime: ['EARLY', 'ON_TIME', 'LATE'],
  contactsNeeded: ['ONE', 'TWO', 'THREE_OR_MORE'],
  officesVisited: ['ONE', 'TWO', 'THREE_OR_MORE'],
  publiclyPosted: ['YES', 'NO', 'UNSURE'],
  staffAttitude: ['GOOD', 'ACCEPTABLE', 'POOR'],
  convenience: ['CONVENIENT', 'ACCEPTABLE', 'INCONVENIENT'],
  overall: ['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED'],
} as const;

/** The key of an official index, e.g. `'processingTime'`. */
export type OfficialIndexKey = keyof typeof OFFICIAL_INDEX_OPTIONS;

/** The answers an official index accepts, e.g. `OfficialIndexOption<'processingTime'>` is `'EARLY' | 'ON_TIME' | 'LATE'`. */
export type OfficialIndexOption<Key extends OfficialIndexKey> = (typeof OFFICIAL_INDEX_OPTIONS)[Key][number];

/** Answers to the official indices; each is optional. */
export type OfficialIndexAnswers = { readonly [Key in OfficialIndexKey]?: OfficialIndexOption<Key> };

/** Stars for the agent point, rated separately from the dossier (domain.md: the "4.5/5" figure [G]). */
export const AGENT_STARS = [1, 2, 3, 4, 5] as const;

/** A star rating of an agent point, 1–5. */
export type AgentStars = (typeof AGENT_STARS)[number];

/**
 * Longest comment, in characters (code points after NFC): room for a few sentences typed on a phone,
 * short enough for the back office to read in its list. A longer complaint belongs in the formal
 * feedback channel ("phản ánh, kiến nghị"), which has its own procedure.
 */
export const RATING_COMMENT_MAX_LENGTH = 500;

/** A citizen's rating of a dossier, as entered. */
export interface SatisfactionRatingInput {
  readonly level: string;
  readonly reasons?: readonly string[];
  readonly comment?: string | null;
  readonly indices?: { readonly [key: string]: string | undefined };
}

/** A valid rating, normalised. */
export interface SatisfactionRating {
  readonly level: SatisfactionLevel;
  /** Without duplicates, in the order of {@link DISSATISFACTION_REASON_KEYS}; empty unless dissatisfied. */
  readonly reasons: readonly DissatisfactionReason[];
  /** NFC, trimmed; `undefined` when empty. */
  readonly comment: string | undefined;
  readonly indices: OfficialIndexAnswers;
}

/** The result of {@link validateSatisfactionRating}. */
export type SatisfactionRatingResult = ValidationResult<{ readonly value: SatisfactionRating }>;

/**
 * Checks a dossier rating the same way in the browser and on the server: a known level; reasons
 * only with `DISSATISFIED` and only known ones; a comment of at most
 * {@link RATING_COMMENT_MAX_LENGTH} characters; known answers to known official indices.
 *
 * @example
 * validateSatisfactionRating({ level: 'DISSATISFIED', reasons: ['LATE'], comment: 'Trễ 3 ngày' });
 */
export function validateSatisfactionRating(input: SatisfactionRatingInput): SatisfactionRatingResult {
  const issues: ValidationIssue[] = [];
  const level = SATISFACTION_LEVELS.find((candidate) => candidate.key === input.level)?.key;
  if (!level) issues.push(UNKNOWN_LEVEL);

  const given = input.reasons ?? [];
  if (given.some((reason) => !(DISSATISFACTION_REASON_KEYS as readonly string[]).includes(reason))) {
    issues.push(UNKNOWN_REASON);
  }
  if (level && level !== 'DISSATISFIED' && given.length > 0) issues.push(REASONS_NOT_ALLOWED);
  const reasons = DISSATISFACTION_REASON_KEYS.filter((key) => given.includes(key));

  const comment = input.comment?.normalize('NFC').trim() || undefined;
  if (comment !== undefined && [...comment].length > RATING_COMMENT_MAX_LENGTH) issues.push(COMMENT_TOO_LONG);

  const indices: { [key: string]: string } = {};
  for (const [key, answer] of Object.entries(input.indices ?? {})) {
    if (answer === undefined) continue;
    const options: readonly string[] | undefined = Object.hasOwn(OFFICIAL_INDEX_OPTIONS, key)
      ? OFFICIAL_INDEX_OPTIONS[key as OfficialIndexKey]
      : undefined;
    if (!options?.includes(answer)) {
      issues.push({ ...UNKNOWN_INDEX_ANSWER, code: `${UNKNOWN_INDEX_ANSWER.code}.${key}` });
      continue;
    }
    indices[key] = answer;
  }

  if (!level || hasErrors(issues)) return { ok: false, issues };
  // Every answer kept in `indices` was checked against its index's options above.
  return toValidationResult(issues, {
    value: { level, reasons, comment, indices: indices as OfficialIndexAnswers },
  });
}

const UNKNOWN_LEVEL: ValidationIssue = {
  code: 'rating.level',
  message: {
    vi: 'Vui lòng chọn mức độ hài lòng: Rất hài lòng, Hài lòng hoặc Không hài lòng.',
    en: 'Choose a satisfaction level: very satisfied, satisfied or dissatisfied.',
  },
  severity: 'error',
};
const UNKNOWN_REASON: ValidationIssue = {
  code: 'rating.reason',
  message: { vi: 'Lý do không hài lòng không hợp lệ.', en: 'Unknown reason for dissatisfaction.' },
  severity: 'error',
};
const REASONS_NOT_ALLOWED: ValidationIssue = {
  code: 'rating.reasons-not-allowed',
  message: {
    vi: 'Chỉ chọn lý do khi Ông/Bà không hài lòng.',
    en: 'Reasons can only be given with “dissatisfied”.',
  },
  severity: 'error',
};
const COMMENT_TOO_LONG: ValidationIssue = {
  code: 'rating.comment-too-long',
  message: {
    vi: 'Ý kiến góp ý dài tối đa 500 ký tự.',
    en: 'A comment can be at most 500 characters long.',
  },
  severity: 'error',
};
const UNKNOWN_INDEX_ANSWER: ValidationIssue = {
  code: 'rating.index',
  message: {
    vi: 'Câu trả lời cho chỉ số đánh giá không hợp lệ.',
    en: 'Unknown answer to a satisfaction index.',
  },
  severity: 'error',
};
