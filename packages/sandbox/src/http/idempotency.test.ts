import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database.js';
import { IdempotencyStore } from '../store/idempotency-store.js';
import { canonicalJson, requestFingerprint } from './idempotency.js';

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes the same data the same way whatever the key order', () => {
    expect(canonicalJson({ x: 'a', y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 'a' }));
  });
});

describe('requestFingerprint', () => {
  const body = { owner: { fullName: 'Nguyễn Văn An' }, channel: 'ONLINE' };

  it('is the same for NFD and NFC spellings of the same text, in values and keys', () => {
    const decomposed = JSON.parse(JSON.stringify(body).normalize('NFD')) as unknown;
    expect(JSON.stringify(decomposed)).not.toBe(JSON.stringify(body));
    expect(requestFingerprint('createDossier', decomposed)).toBe(requestFingerprint('createDossier', body));
    expect(requestFingerprint('op', { ['Tên'.normalize('NFD')]: 1 })).toBe(
      requestFingerprint('op', { Tên: 1 }),
    );
  });

  it('differs when any value differs, or for another operation', () => {
    const fingerprint = requestFingerprint('createDossier', body);
    expect(requestFingerprint('createDossier', { ...body, channel: 'POSTAL' })).not.toBe(fingerprint);
    expect(requestFingerprint('createDossier', { ...body, extra: null })).not.toBe(fingerprint);
    expect(requestFingerprint('otherOperation', body)).not.toBe(fingerprint);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('IdempotencyStore', () => {
  const now = new Date('2025-10-20T02:00:00Z');
  const staleBefore = new Date(now.getTime() - 5 * 60 * 1000);
  const response = { status: 201, body: '{"ok":true}', headers: { location: '/v1/dossiers/X' } };

  function store(): IdempotencyStore {
    return new IdempotencyStore(openDatabase(':memory:'));
  }

  it('claims a new key once; a duplicate sees it in flight, then completed with its response', () => {
    const keys = store();
    expect(keys.claim('VNPOST', 'k1', 'h1', now, staleBefore)).toEqual({ kind: 'claimed' });
    expect(keys.claim('VNPOST', 'k1', 'h1', now, staleBefore)).toEqual({ kind: 'in-flight' });
    keys.complete('VNPOST', 'k1', response);
    expect(keys.claim('VNPOST', 'k1', 'h1', now, staleBefore)).toEqual({ kind: 'completed', response });
  });

  it('reports another fingerprint as a mismatch, in flight or completed', () => {
    const keys = store();
    keys.claim('VNPOST', 'k1', 'h1', now, staleBefore);
    expect(keys.claim('VNPOST', 'k1', 'h2', now, staleBefore)).toEqual({ kind: 'mismatch' });
    keys.complete('VNPOST', 'k1', response);
    expect(keys.claim('VNPOST', 'k1', 'h2', now, staleBefore)).toEqual({ kind: 'mismatch' });
  });

  it('keeps keys per partner', () => {
    const keys = store();
    expect(keys.claim('VNPOST', 'k1', 'h1', now, staleBefore).kind).toBe('claimed');
    expect(keys.claim('BIDV', 'k1', 'h2', now, staleBefore).kind).toBe('claimed');
  });

  it('gives a released key back, and lets a request take over a key abandoned in flight', () => {
    const keys = store();
    keys.claim('VNPOST', 'k1', 'h1', now, staleBefore);
    keys.release('VNPOST', 'k1');
    expect(keys.claim('VNPOST', 'k1', 'h1', now, staleBefore).kind).toBe('claimed');
    const muchLater = new Date(now.getTime() + 10 * 60 * 1000);
    expect(
      keys.claim('VNPOST', 'k1', 'h1', muchLater, new Date(muchLater.getTime() - 5 * 60 * 1000)).kind,
    ).toBe('claimed');
  });

  it('never releases a completed key', () => {
    const keys = store();
    keys.claim('VNPOST', 'k1', 'h1', now, staleBefore);
    keys.complete('VNPOST', 'k1', response);
    keys.release('VNPOST', 'k1');
    expect(keys.claim('VNPOST', 'k1', 'h1', now, staleBefore).kind).toBe('completed');
  });

  it('purges the keys first used before the cut-off only', () => {
    const keys = store();
    keys.claim('VNPOST', 'old', 'h', new Date('2025-10-01T00:00:00Z'), staleBefore);
    keys.claim('VNPOST', 'new', 'h', now, staleBefore);
    expect(keys.purgeOlderThan(new Date('2025-10-13T02:00:00Z'))).toBe(1);
    expect(keys.claim('VNPOST', 'old', 'h2', now, staleBefore).kind).toBe('claimed');
    expect(keys.claim('VNPOST', 'new', 'h2', now, staleBefore).kind).toBe('mismatch');
  });
});
