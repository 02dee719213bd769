import { RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';

/**
 * The length of a rating comment as `@dvc-kit/domain` and the server count it: code points of the
 * NFC-normalised, trimmed text (an emoji counts once, a decomposed "ệ" counts once).
 */
export function commentLength(comment: string): number {
  return [...comment.normalize('NFC').trim()].length;
}

/** Characters left before {@link RATING_COMMENT_MAX_LENGTH}; negative when the comment is too long. */
export function commentCharactersLeft(comment: string): number {
  return RATING_COMMENT_MAX_LENGTH - commentLength(comment);
}
