import type { DossierRatingCreate } from '@dvc-kit/client';
import {
  type LocalizedText,
  type OfficialIndexKey,
  RATING_COMMENT_MAX_LENGTH,
  type ValidationIssue,
  validateSatisfactionRating,
} from '@dvc-kit/domain';

/** What the citizen has chosen and typed, before it becomes a request body. */
export interface RatingSelection {
  /** A satisfaction level (dossier) or the stars as digits (agent point); `''` when nothing is chosen. */
  readonly value: string;
  /** Reasons for dissatisfaction (dossier only; sent with `DISSATISFIED` only). */
  readonly reasons: readonly string[];
  /** The comment as typed; empty means none. */
  readonly comment: string;
  /** Answers to the official indices (dossier, full mode). */
  readonly indices: Readonly<Partial<Record<OfficialIndexKey, string>>>;
}

/** Which part of the selection an issue is about, so the element can show it next to that control. */
export type RatingIssueTarget = 'value' | 'comment' | 'other';

/**
 * An issue of {@link dossierRatingRequest} or `locationRatingRequest`, placed on its control, with
 * the domain's wording when the domain found it (the element words its own: the stars).
 */
export interface RatingIssue {
  readonly target: RatingIssueTarget;
  readonly message: LocalizedText | undefined;
}

/** A request body ready to send, or the issues that keep it from being sent. */
export type RatingRequest<Body> =
  | { readonly ok: true; readonly body: Body }
  | { readonly ok: false; readonly issues: readonly RatingIssue[] };

function targetOf(issue: ValidationIssue): RatingIssueTarget {
  if (issue.code === 'rating.level') return 'value';
  if (issue.code === 'rating.comment-too-long') return 'comment';
  return 'other';
}

/**
 * The body of `client.ratings.rateDossier()` from a selection, checked with
 * `validateSatisfactionRating` of `@dvc-kit/domain` — the rules the server applies. Reasons are sent
 * only with `DISSATISFIED` (a citizen may tick some, then change their mind about the level); an
 * empty comment and unanswered indices are left out.
 *
 * @example
 * dossierRatingRequest(selection, '001190024817', 'COUNTER_HANDOVER');
 * // { ok: true, body: { ownerPersonalId, satisfaction: 'SATISFIED', via: 'COUNTER_HANDOVER' } }
 */
export function dossierRatingRequest(
  selection: RatingSelection,
  ownerPersonalId: string,
  via: DossierRatingCreate['via'],
): RatingRequest<DossierRatingCreate> {
  const checked = validateSatisfactionRating({
    level: selection.value,
    reasons: selection.value === 'DISSATISFIED' ? selection.reasons : [],
    comment: selection.comment,
    indices: selection.indices,
  });
  if (!checked.ok) {
    const errors = checked.issues.filter((issue) => issue.severity === 'error');
    return {
      ok: false,
      issues: errors.map((issue) => ({ target: targetOf(issue), message: issue.message })),
    };
  }
  const { level, reasons, comment, indices } = checked.value;
  return {
    ok: true,
    body: {
      ownerPersonalId,
      satisfaction: level,
      ...(reasons.length > 0 ? { reasons: [...reasons] } : {}),
      ...(comment === undefined ? {} : { comment }),
      ...(Object.keys(indices).length > 0 ? { officialIndices: { ...indices } } : {}),
      via,
    },
  };
}

/**
 * The domain's wording of "choose a satisfaction level" — the message the server answers with too —
 * for the form's `valueMissing`.
 */
export function missingLevelMessage(): LocalizedText | undefined {
  const checked = validateSatisfactionRating({ level: '' });
  return checked.ok ? undefined : checked.issues.find((issue) => targetOf(issue) === 'value')?.message;
}

/**
 * The domain's wording of "the comment is too long" — the message the server answers with too — for
 * the comment's error, whichever kind is rated: one text for the rule, in both languages.
 */
export function commentTooLongMessage(): LocalizedText | undefined {
  const checked = validateSatisfactionRating({
    level: 'SATISFIED',
    comment: 'x'.repeat(RATING_COMMENT_MAX_LENGTH + 1),
  });
  return checked.ok ? undefined : checked.issues.find((issue) => targetOf(issue) === 'comment')?.message;
}
