import { describe, expect, it } from 'vitest';
import type { IdempotencyEntry } from '../idempotency/idempotency-store.js';
import { createLocalStorageIdempotencyStore } from '../idempotency/local-storage-store.js';
import { createFakeStorage as fakeStorage } from '../testing/fake-storage.js';

const entry = (bodyHash: string): IdempotencyEntry => ({
  key: `key-${bodyHash}`,
  bodyHash,
  createdAt: '2025-11-27T09:00:00.000Z',
  state: 'pending',
});

describe('localStorage idempotency store', () => {
  it('stores entries as JSON under its prefix and reads them back', async () => {
    const storage = fakeStorage();
    const store = createLocalStorageIdempotencyStore(storage);
    await store.put(entry('h1'));
    expect(JSON.parse(storage.data.get('dvc-kit:idempotency:h1') ?? '')).toEqual(entry('h1'));
    await expect(store.get('h1')).resolves.toEqual(entry('h1'));
    await expect(store.get('nope')).resolves.toBeUndefined();
  });

  it('survives a new store over the same storage (a reload)', async () => {
    const storage = fakeStorage();
    await createLocalStorageIdempotencyStore(storage).put({ ...entry('h1'), state: 'uncertain' });
    await expect(createLocalStorageIdempotencyStore(storage).get('h1')).resolves.toMatchObject({
      state: 'uncertain',
    });
  });

  it('lists only its own prefix, skips unreadable values, and deletes', async () => {
    const storage = fakeStorage();
    storage.setItem('theme', 'dark');
    storage.setItem('dvc-kit:idempotency:broken', '{not json');
    const store = createLocalStorageIdempotencyStore(storage);
    const other = createLocalStorageIdempotencyStore(storage, 'tab-2:');
    await store.put(entry('h1'));
    await store.put(entry('h2'));
    await other.put(entry('h3'));
    expect((await store.list()).map((item) => item.bodyHash).sort()).toEqual(['h1', 'h2']);
    await store.delete('h1');
    expect((await store.list()).map((item) => item.bodyHash)).toEqual(['h2']);
    expect(storage.getItem('theme')).toBe('dark');
  });
});
