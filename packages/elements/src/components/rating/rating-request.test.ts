import { RATING_COMMENT_MAX_LENGTH } from '@dvc-kit/domain';
import { describe, expect, it } from 'vitest';
import { commentTooLongMessage, dossierRatingRequest, missingLevelMessage } from './rating-request.js';

const OWNER = '001190024817';
const NOTHING_ELSE = { reasons: [], comment: '', indices: {} } as const;

describe('dossierRatingRequest', () => {
  it('sends the level, the ID number and the channel, and leaves out what was not given', () => {
    expect(dossierRatingRequest({ value: 'SATISFIED', ...NOTHING_ELSE }, OWNER, 'CITIZEN_DEVICE')).toEqual({
      ok: true,
      body: { ownerPersonalId: OWNER, satisfaction: 'SATISFIED', via: 'CITIZEN_DEVICE' },
    });
  });

  it('sends reasons with DISSATISFIED, in the domain order, without duplicates', () => {
    const request = dossierRatingRequest(
      { value: 'DISSATISFIED', reasons: ['STAFF_ATTITUDE', 'LATE', 'LATE'], comment: '', indices: {} },
      OWNER,
      'COUNTER_HANDOVER',
    );
    expect(request).toEqual({
      ok: true,
      body: {
        ownerPersonalId: OWNER,
        satisfaction: 'DISSATISFIED',
        reasons: ['LATE', 'STAFF_ATTITUDE'],
        via: 'COUNTER_HANDOVER',
      },
    });
  });

  it('drops reasons ticked before the citizen chose a happier level', () => {
    const request = dossierRatingRequest(
      { value: 'VERY_SATISFIED', reasons: ['LATE'], comment: '', indices: {} },
      OWNER,
      'CITIZEN_DEVICE',
    );
    expect(request).toEqual({
      ok: true,
      body: { ownerPersonalId: OWNER, satisfaction: 'VERY_SATISFIED', via: 'CITIZEN_DEVICE' },
    });
  });

  it('normalises the comment to NFC and trims it, and sends the answered indices', () => {
    const decomposed = '  Cán bộ nhiệt tình  '.normalize('NFD');
    const request = dossierRatingRequest(
      { value: 'SATISFIED', reasons: [], comment: decomposed, indices: { processingTime: 'ON_TIME' } },
      OWNER,
      'CITIZEN_DEVICE',
    );
    expect(request).toEqual({
      ok: true,
      body: {
        ownerPersonalId: OWNER,
        satisfaction: 'SATISFIED',
        comment: 'Cán bộ nhiệt tình',
        officialIndices: { processingTime: 'ON_TIME' },
        via: 'CITIZEN_DEVICE',
      },
    });
  });

  it('places a missing level on the choice and a long comment on the comment, in the domain’s words', () => {
    const request = dossierRatingRequest(
      { value: '', reasons: [], comment: 'x'.repeat(RATING_COMMENT_MAX_LENGTH + 1), indices: {} },
      OWNER,
      'CITIZEN_DEVICE',
    );
    expect(request.ok).toBe(false);
    if (request.ok) return;
    expect(request.issues.map((issue) => issue.target)).toEqual(['value', 'comment']);
    expect(request.issues[0]?.message?.vi).toContain('Vui lòng chọn mức độ hài lòng');
  });

  it('accepts a comment of exactly the limit, counted in characters rather than UTF-16 units', () => {
    const emoji = '👍'.repeat(RATING_COMMENT_MAX_LENGTH);
    expect(
      dossierRatingRequest(
        { value: 'SATISFIED', reasons: [], comment: emoji, indices: {} },
        OWNER,
        'CITIZEN_DEVICE',
      ).ok,
    ).toBe(true);
  });
});

describe('missingLevelMessage', () => {
  it('is the domain’s message, in both languages', () => {
    expect(missingLevelMessage()).toEqual({
      vi: 'Vui lòng chọn mức độ hài lòng: Rất hài lòng, Hài lòng hoặc Không hài lòng.',
      en: 'Choose a satisfaction level: very satisfied, satisfied or dissatisfied.',
    });
  });
});

describe('commentTooLongMessage', () => {
  it('is the domain’s message, in both languages', () => {
    expect(commentTooLongMessage()).toEqual({
      vi: 'Ý kiến góp ý dài tối đa 500 ký tự.',
      en: 'A comment can be at most 500 characters long.',
    });
  });
});
