import { DOSSIER_STATUSES } from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { isRatableStatus, isRatingKind, ratingValues } from './rating-kind.js';

describe('rating kinds', () => {
  it('knows the two kinds and nothing else', () => {
    expect(isRatingKind('dossier')).toBe(true);
    expect(isRatingKind('agent-point')).toBe(true);
    expect(isRatingKind('stars')).toBe(false);
    expect(isRatingKind(undefined)).toBe(false);
  });

  it('takes the values from the domain scales', () => {
    expect(ratingValues('dossier')).toEqual(['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED']);
    expect(ratingValues('agent-point')).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('isRatableStatus', () => {
  it('opens the rating only once the result is ready or returned', () => {
    const ratable = DOSSIER_STATUSES.map((status) => status.key).filter(isRatableStatus);
    expect(ratable).toEqual(['RESULT_READY', 'RETURNED']);
  });
});
