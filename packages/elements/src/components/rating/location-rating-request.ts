import type { LocationRatingCreate } from '@dvc-kit/client';
import { AGENT_STARS, type AgentStars, RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';
import { commentLength } from './comment-length.js';
import type { RatingIssue, RatingRequest, RatingSelection } from './rating-request.js';

/**
 * The body of `client.ratings.rateLocation()` from a selection: 1–5 stars (`AGENT_STARS`), a comment
 * of at most `RATING_COMMENT_MAX_LENGTH` characters, and the dossier the visit was for, if known.
 *
 * @example
 * locationRatingRequest({ value: '5', comment: '' }, undefined); // { ok: true, body: { stars: 5 } }
 */
export function locationRatingRequest(
  selection: Pick<RatingSelection, 'value' | 'comment'>,
  dossierCode: string | undefined,
): RatingRequest<LocationRatingCreate> {
  const stars = AGENT_STARS.find((candidate) => String(candidate) === selection.value);
  const issues: RatingIssue[] = [];
  if (stars === undefined) issues.push({ target: 'value', message: undefined });
  const comment = selection.comment.normalize('NFC').trim();
  if (commentLength(comment) > RATING_COMMENT_MAX_LENGTH) {
    issues.push({ target: 'comment', message: undefined });
  }
  if (stars === undefined || issues.length > 0) return { ok: false, issues };
  const code = dossierCode?.normalize('NFC').trim();
  return {
    ok: true,
    body: {
      stars: stars satisfies AgentStars,
      ...(comment === '' ? {} : { comment }),
      ...(code ? { dossierCode: code } : {}),
    },
  };
}
