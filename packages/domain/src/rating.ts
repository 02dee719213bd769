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

/** Why a citizen is dissatisfied: the reason chips shown with `DISSATISFIED`. */
export const DISSATISFACTION_REASONS = [
  { key: 'LATE', label: { vi: 'Trả kết quả trễ hạn', en: 'The result was late' } },
  {
    key: 'MULTIPLE_SUPPLEMENTS',
    label: { vi: 'Phải bổ sung hồ sơ nhiều lần', en: 'Asked to supplement more than once' },
  },
  { key: 'MULTIPLE_OFFICES', label: { vi: 'Phải đến nhiều nơi', en: 'Had to visit several offices' } },
  { key: 'STAFF_ATTITUDE', label: { vi: 'Thái độ của cán bộ', en: 'Staff attitude' } },
  { key: 'FEES_UNCLEAR', label: { vi: 'Phí, lệ phí không rõ ràng', en: 'Fees were unclear' } },
  { key: 'SYSTEM_ERROR', label: { vi: 'Hệ thống bị lỗi', en: 'System error' } },
  { key: 'OTHER', label: { vi: 'Lý do khác', en: 'Other' } },
] as const;

/** A reason for dissatisfaction, e.g. `'LATE'`. */
export type DissatisfactionReason = (typeof DISSATISFACTION_REASONS)[number]['key'];

/**
 * The official satisfaction indices asked in the optional full mode (domain.md: processing time vs.
 * limit, contacts needed, offices visited, publicly posted, staff attitude, convenience, overall), in
 * the order a form asks them.
 */
export const OFFICIAL_INDICES = [
  {
    key: 'processingTime',
    question: {
      vi: 'Thời gian giải quyết hồ sơ so với thời hạn theo quy định?',
      en: 'How did the processing time compare with the legal time limit?',
    },
    options: [
      { key: 'EARLY', label: { vi: 'Sớm hơn thời hạn', en: 'Earlier than the limit' } },
      { key: 'ON_TIME', label: { vi: 'Đúng thời hạn', en: 'On time' } },
      { key: 'LATE', label: { vi: 'Trễ hạn', en: 'Later than the limit' } },
    ],
  },
  {
    key: 'contactsNeeded',
    question: {
      vi: 'Ông/Bà phải liên hệ với cơ quan bao nhiêu lần để hoàn thành hồ sơ?',
      en: 'How many times did you have to contact the office to complete the dossier?',
    },
    options: [
      { key: 'ONE', label: { vi: '1 lần', en: 'Once' } },
      { key: 'TWO', label: { vi: '2 lần', en: 'Twice' } },
      { key: 'THREE_OR_MORE', label: { vi: 'Từ 3 lần trở lên', en: 'Three times or more' } },
    ],
  },
  {
    key: 'officesVisited',
    question: {
      vi: 'Ông/Bà phải đến bao nhiêu cơ quan, đơn vị để giải quyết hồ sơ?',
      en: 'How many offices did you have to go to for this dossier?',
    },
    options: [
      { key: 'ONE', label: { vi: '1 nơi', en: 'One' } },
      { key: 'TWO', label: { vi: '2 nơi', en: 'Two' } },
      { key: 'THREE_OR_MORE', label: { vi: 'Từ 3 nơi trở lên', en: 'Three or more' } },
    ],
  },
  {
    key: 'publiclyPosted',
    question: {
      vi: 'Thủ tục hành chính có được niêm yết, công khai đầy đủ không?',
      en: 'Was the procedure publicly posted in full?',
    },
    options: [
      { key: 'YES', label: { vi: 'Có', en: 'Yes' } },
      { key: 'NO', label: { vi: 'Không', en: 'No' } },
      { key: 'UNSURE', label: { vi: 'Không rõ', en: 'Not sure' } },
    ],
  },
  {
    key: 'staffAttitude',
    question: {
      vi: 'Thái độ của cán bộ, công chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ?',
      en: 'How was the staff’s attitude when guiding you and handling the dossier?',
    },
    options: [
      { key: 'GOOD', label: { vi: 'Tốt', en: 'Good' } },
      { key: 'ACCEPTABLE', label: { vi: 'Bình thường', en: 'Acceptable' } },
      { key: 'POOR', label: { vi: 'Chưa tốt', en: 'Poor' } },
    ],
  },
  {
    key: 'convenience',
    question: {
      vi: 'Việc thực hiện thủ tục có thuận tiện không?',
      en: 'How convenient was it to go through the procedure?',
    },
    options: [
      { key: 'CONVENIENT', label: { vi: 'Thuận tiện', en: 'Convenient' } },
      { key: 'ACCEPTABLE', label: { vi: 'Bình thường', en: 'Acceptable' } },
      { key: 'INCONVENIENT', label: { vi: 'Không thuận tiện', en: 'Inconvenient' } },
    ],
  },
  {
    key: 'overall',
    question: {
      vi: 'Mức độ hài lòng chung của Ông/Bà về việc giải quyết hồ sơ?',
      en: 'Overall, how satisfied are you with how the dossier was handled?',
    },
    options: [
      { key: 'VERY_SATISFIED', label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
      { key: 'SATISFIED', label: { vi: 'Hài lòng', en: 'Satisfied' } },
      { key: 'DISSATISFIED', label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
    ],
  },
] as const;

/** One entry of {@link OFFICIAL_INDICES}. */
export type OfficialIndex = (typeof OFFICIAL_INDICES)[number];

/** The key of an official index, e.g. `'processingTime'`. */
export type OfficialIndexKey = OfficialIndex['key'];

/** The answers an official index accepts, e.g. `OfficialIndexOption<'processingTime'>` is `'EARLY' | 'ON_TIME' | 'LATE'`. */
export type OfficialIndexOption<Key extends OfficialIndexKey> = Extract<
  OfficialIndex,
  { key: Key }
>['options'][number]['key'];

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
  /** Without duplicates, in the order of {@link DISSATISFACTION_REASONS}; empty unless dissatisfied. */
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
  if (given.some((reason) => !DISSATISFACTION_REASONS.some((known) => known.key === reason))) {
    issues.push(UNKNOWN_REASON);
  }
  if (level && level !== 'DISSATISFIED' && given.length > 0) issues.push(REASONS_NOT_ALLOWED);
  const reasons = DISSATISFACTION_REASONS.map((reason) => reason.key).filter((key) => given.includes(key));

  const comment = input.comment?.normalize('NFC').trim() || undefined;
  if (comment !== undefined && [...comment].length > RATING_COMMENT_MAX_LENGTH) issues.push(COMMENT_TOO_LONG);

  const indices: { [key: string]: string } = {};
  for (const [key, answer] of Object.entries(input.indices ?? {})) {
    if (answer === undefined) continue;
    const index = OFFICIAL_INDICES.find((candidate) => candidate.key === key);
    if (!index?.options.some((option) => option.key === answer)) {
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
