import { describe, expect, it } from 'vitest';
import { PDF_BYTES, PNG_BYTES } from './dossier-fixtures.testing.js';
import { detectMediaType } from './magic-bytes.js';

describe('detectMediaType', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(detectMediaType(PDF_BYTES)).toBe('application/pdf');
    expect(detectMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(detectMediaType(PNG_BYTES)).toBe('image/png');
  });

  it('recognises nothing else, nor a truncated signature', () => {
    expect(detectMediaType(Buffer.from('%PDF'))).toBeUndefined();
    expect(detectMediaType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(detectMediaType(Buffer.from('PK\u0003\u0004'))).toBeUndefined();
    expect(detectMediaType(PNG_BYTES.subarray(0, 7))).toBeUndefined();
    expect(detectMediaType(Buffer.alloc(0))).toBeUndefined();
    expect(detectMediaType(Buffer.from(' %PDF-1.7'))).toBeUndefined();
  });
});
