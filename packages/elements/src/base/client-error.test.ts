import { describe, expect, it } from 'vitest';
import { apiErrorKind, errorText } from './client-error.js';

describe('apiErrorKind', () => {
  it('reads the problem kind of an API error, and nothing from other errors', () => {
    expect(apiErrorKind({ kind: 'already-rated', userMessage: 'Hồ sơ đã được đánh giá.' })).toBe(
      'already-rated',
    );
    expect(apiErrorKind(new Error('boom'))).toBeUndefined();
    expect(apiErrorKind({ kind: 409 })).toBeUndefined();
    expect(apiErrorKind(null)).toBeUndefined();
    expect(apiErrorKind('not-found')).toBeUndefined();
  });
});

describe('errorText', () => {
  const notFound = {
    userMessage: 'Không tìm thấy hồ sơ.',
    problem: { userMessage: { vi: 'Không tìm thấy hồ sơ.', en: 'We could not find the dossier.' } },
  };

  it('takes the problem’s message in the locale asked for', () => {
    expect(errorText(notFound, 'en')).toBe('We could not find the dossier.');
    expect(errorText(notFound, 'vi')).toBe('Không tìm thấy hồ sơ.');
  });

  it('falls back to the client’s user message, and to nothing for other errors', () => {
    expect(errorText({ userMessage: 'Mất kết nối mạng.' }, 'en')).toBe('Mất kết nối mạng.');
    expect(errorText({ userMessage: '' }, 'vi')).toBeUndefined();
    expect(errorText(new Error('boom'), 'vi')).toBeUndefined();
    expect(errorText(undefined, 'vi')).toBeUndefined();
  });

  it('re-words a client error in the page’s language, whatever the client’s locale', () => {
    const offline = {
      userMessage: 'Không kết nối được tới máy chủ.',
      userMessages: { vi: 'Không kết nối được tới máy chủ.', en: 'Could not reach the server.' },
    };
    expect(errorText(offline, 'en', 'vi')).toBe('Could not reach the server.');
    expect(errorText(offline, 'vi', 'en')).toBe('Không kết nối được tới máy chủ.');
  });

  it('leaves out the client’s message when the client speaks another language than the page', () => {
    expect(errorText({ userMessage: 'Mất kết nối mạng.' }, 'en', 'vi')).toBeUndefined();
    expect(errorText({ userMessage: 'Mất kết nối mạng.' }, 'vi', 'vi')).toBe('Mất kết nối mạng.');
    expect(errorText(notFound, 'en', 'vi')).toBe('We could not find the dossier.');
  });
});
