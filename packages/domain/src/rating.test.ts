import { describe, expect, it } from 'vitest';
import { DISSATISFACTION_REASONS } from './dissatisfaction-reasons.js';
import { OFFICIAL_INDICES } from './official-indices.js';
import {
  AGENT_STARS,
  DISSATISFACTION_REASON_KEYS,
  OFFICIAL_INDEX_OPTIONS,
  type OfficialIndexOption,
  RATING_COMMENT_MAX_LENGTH,
  SATISFACTION_LEVELS,
  validateSatisfactionRating,
} from './rating.js';

function issueCodes(result: ReturnType<typeof validateSatisfactionRating>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

describe('rating scales', () => {
  it('scores the official 3-level scale 2/1/0', () => {
    expect(SATISFACTION_LEVELS.map(({ key, score, label }) => [key, score, label.vi])).toEqual([
      ['VERY_SATISFIED', 2, 'Rất hài lòng'],
      ['SATISFIED', 1, 'Hài lòng'],
      ['DISSATISFIED', 0, 'Không hài lòng'],
    ]);
  });

  it('offers the reasons of domain.md', () => {
    expect(DISSATISFACTION_REASONS.map((reason) => reason.key)).toEqual([
      'LATE',
      'MULTIPLE_SUPPLEMENTS',
      'MULTIPLE_OFFICES',
      'STAFF_ATTITUDE',
      'FEES_UNCLEAR',
      'SYSTEM_ERROR',
      'OTHER',
    ]);
  });

  it('words exactly the reasons that validation accepts, in the same order', () => {
    expect(DISSATISFACTION_REASONS.map((reason) => reason.key)).toEqual(DISSATISFACTION_REASON_KEYS);
  });

  it('asks the seven official indices, each with three answers', () => {
    expect(OFFICIAL_INDICES.map((index) => [index.key, index.options.map((option) => option.key)])).toEqual([
      ['processingTime', ['EARLY', 'ON_TIME', 'LATE']],
      ['contactsNeeded', ['ONE', 'TWO', 'THREE_OR_MORE']],
      ['officesVisited', ['ONE', 'TWO', 'THREE_OR_MORE']],
      ['publiclyPosted', ['YES', 'NO', 'UNSURE']],
      ['staffAttitude', ['GOOD', 'ACCEPTABLE', 'POOR']],
      ['convenience', ['CONVENIENT', 'ACCEPTABLE', 'INCONVENIENT']],
      ['overall', ['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED']],
    ]);
    const answer: OfficialIndexOption<'processingTime'> = 'LATE';
    expect(answer).toBe('LATE');
  });

  it('words exactly the indices and answers that validation accepts, in the same order', () => {
    expect(OFFICIAL_INDICES.map((index) => [index.key, index.options.map((option) => option.key)])).toEqual(
      Object.entries(OFFICIAL_INDEX_OPTIONS),
    );
  });

  it('words every label and question in NFC Vietnamese and in English', () => {
    const texts = [
      ...SATISFACTION_LEVELS.map((level) => level.label),
      ...DISSATISFACTION_REASONS.map((reason) => reason.label),
      ...OFFICIAL_INDICES.flatMap((index) => [
        index.question,
        ...index.options.map((option) => option.label),
      ]),
    ];
    for (const text of texts) {
      expect(text.vi).toBe(text.vi.normalize('NFC'));
      expect(text.vi.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('rates agent points with 1 to 5 stars', () => {
    expect(AGENT_STARS).toEqual([1, 2, 3, 4, 5]);
    expect(RATING_COMMENT_MAX_LENGTH).toBe(500);
  });
});

describe('validateSatisfactionRating', () => {
  it('accepts a happy rating without reasons', () => {
    expect(validateSatisfactionRating({ level: 'VERY_SATISFIED' })).toEqual({
      ok: true,
      value: { level: 'VERY_SATISFIED', reasons: [], comment: undefined, indices: {} },
      warnings: [],
    });
  });

  it('orders and de-duplicates reasons, normalises the comment', () => {
    const result = validateSatisfactionRating({
      level: 'DISSATISFIED',
      reasons: ['OTHER', 'LATE', 'OTHER'],
      comment: '  Trả kết quả muo\u0323\u0302n ',
      indices: { processingTime: 'LATE', overall: 'DISSATISFIED', convenience: undefined },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        level: 'DISSATISFIED',
        reasons: ['LATE', 'OTHER'],
        comment: 'Trả kết quả muộn',
        indices: { processingTime: 'LATE', overall: 'DISSATISFIED' },
      },
      warnings: [],
    });
  });

  it('treats a blank comment as none', () => {
    expect(validateSatisfactionRating({ level: 'SATISFIED', comment: '   ' })).toMatchObject({
      ok: true,
      value: { comment: undefined },
    });
  });

  it.each([
    [{ level: 'HAPPY' }, ['rating.level']],
    [{ level: 'SATISFIED', reasons: ['LATE'] }, ['rating.reasons-not-allowed']],
    [{ level: 'DISSATISFIED', reasons: ['TOO_HOT'] }, ['rating.reason']],
    [{ level: 'SATISFIED', comment: 'ạ'.repeat(501) }, ['rating.comment-too-long']],
    [{ level: 'SATISFIED', indices: { processingTime: 'SOON' } }, ['rating.index.processingTime']],
    [{ level: 'SATISFIED', indices: { mood: 'GOOD' } }, ['rating.index.mood']],
    [{ level: 'SATISFIED', indices: { toString: 'GOOD' } }, ['rating.index.toString']],
    [{ level: '', reasons: ['X'] }, ['rating.level', 'rating.reason']],
  ])('refuses %j', (input, codes) => {
    expect(issueCodes(validateSatisfactionRating(input))).toEqual(codes);
  });

  it('accepts a comment of exactly 500 characters', () => {
    expect(validateSatisfactionRating({ level: 'SATISFIED', comment: 'ạ'.repeat(500) }).ok).toBe(true);
  });
});
