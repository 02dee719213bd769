import { RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { locationRatingRequest } from './location-rating-request.js';

describe('locationRatingRequest', () => {
  it('sends the stars as a number, with the comment and dossier code when given', () => {
    expect(locationRatingRequest({ value: '4', comment: ' Nhanh ' }, ' 000.00.24.H26-251127-0001 ')).toEqual({
      ok: true,
      body: { stars: 4, comment: 'Nhanh', dossierCode: '000.00.24.H26-251127-0001' },
    });
    expect(locationRatingRequest({ value: '1', comment: '' }, undefined)).toEqual({
      ok: true,
      body: { stars: 1 },
    });
  });

  it('refuses stars off the 1–5 scale and a comment over the limit', () => {
    for (const value of ['', '0', '6', '4.5', 'five']) {
      const request = locationRatingRequest({ value, comment: '' }, undefined);
      expect(request.ok ? undefined : request.issues.map((issue) => issue.target), value).toEqual(['value']);
    }
    const long = locationRatingRequest(
      { value: '5', comment: 'a'.repeat(RATING_COMMENT_MAX_LENGTH + 1) },
      undefined,
    );
    expect(long.ok ? undefined : long.issues.map((issue) => issue.target)).toEqual(['comment']);
  });
});
