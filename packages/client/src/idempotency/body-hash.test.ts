import { describe, expect, it } from 'vitest';
import { bodyHash, canonicalJson } from './body-hash.js';
import { sha256Hex } from './web-crypto.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('drops undefined members like JSON.stringify, and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 'x'] })).toBe('{"b":[null,"x"]}');
  });

  it('uses toJSON (dates)', () => {
    expect(canonicalJson({ at: new Date('2025-11-27T02:00:00Z') })).toBe('{"at":"2025-11-27T02:00:00.000Z"}');
  });
});

describe('bodyHash', () => {
  it('is the SHA-256 of the canonical JSON (known vector)', async () => {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    await expect(sha256Hex('abc')).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    await expect(bodyHash({ b: 2, a: 1 })).resolves.toBe(await sha256Hex('{"a":1,"b":2}'));
  });

  it('is the same for the same body in another key order or Unicode form, different otherwise', async () => {
    const composed = await bodyHash({ fullName: 'Nguyễn Văn An', channel: 'ONLINE' });
    const decomposed = await bodyHash({ channel: 'ONLINE', fullName: 'Nguyễn Văn An'.normalize('NFD') });
    const other = await bodyHash({ channel: 'ONLINE', fullName: 'Nguyễn Văn Ân' });
    expect(decomposed).toBe(composed);
    expect(other).not.toBe(composed);
    expect(composed).toMatch(/^[0-9a-f]{64}$/);
  });
});
