import { describe, expect, it } from 'vitest';
import { statusPageUrl } from './status-url.js';

const PAGE = 'https://partner.example.vn/quay/tiep-nhan';

describe('statusPageUrl', () => {
  it('puts the URL-encoded code where {code} is', () => {
    expect(
      statusPageUrl('https://dvc.example.vn/tra-cuu?code={code}', '000.00.24.H26-251127-0001', PAGE),
    ).toEqual({
      ok: true,
      url: 'https://dvc.example.vn/tra-cuu?code=000.00.24.H26-251127-0001',
    });
    expect(statusPageUrl('https://dvc.example.vn/ho-so/{code}', ' A/B&C 1 ', PAGE)).toEqual({
      ok: true,
      url: 'https://dvc.example.vn/ho-so/A%2FB%26C%201',
    });
  });

  it('NFC-normalises the code before encoding it', () => {
    const decomposed = 'HỒ-SƠ'.normalize('NFD');
    const result = statusPageUrl('https://dvc.example.vn/?code={code}', decomposed, PAGE);
    expect(result).toEqual({
      ok: true,
      url: `https://dvc.example.vn/?code=${encodeURIComponent('HỒ-SƠ'.normalize('NFC'))}`,
    });
  });

  it('resolves a relative template against the page, so the QR code holds an absolute URL', () => {
    expect(statusPageUrl('/tra-cuu?code={code}', 'X-1', PAGE)).toEqual({
      ok: true,
      url: 'https://partner.example.vn/tra-cuu?code=X-1',
    });
  });

  it('refuses a template without {code}, a broken URL and non-web protocols', () => {
    expect(statusPageUrl('https://dvc.example.vn/tra-cuu', 'X-1', PAGE)).toEqual({
      ok: false,
      problem: 'missing-placeholder',
    });
    expect(statusPageUrl('https://[bad/{code}', 'X-1', PAGE)).toEqual({ ok: false, problem: 'invalid-url' });
    expect(statusPageUrl('javascript:alert("{code}")', 'X-1', PAGE)).toEqual({
      ok: false,
      problem: 'unsupported-protocol',
    });
  });
});
