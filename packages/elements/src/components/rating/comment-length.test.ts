import { RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { commentCharactersLeft, commentLength } from './comment-length.js';

describe('commentLength', () => {
  it('counts characters the way the domain does: NFC code points, trimmed', () => {
    expect(commentLength('Hài lòng')).toBe(8);
    expect(commentLength('Hài lòng'.normalize('NFD'))).toBe(8);
    expect(commentLength('  👍 ')).toBe(1);
    expect(commentLength('')).toBe(0);
  });

  it('gives the characters left, negative past the limit', () => {
    expect(commentCharactersLeft('')).toBe(RATING_COMMENT_MAX_LENGTH);
    expect(commentCharactersLeft('a'.repeat(RATING_COMMENT_MAX_LENGTH + 3))).toBe(-3);
  });
});
