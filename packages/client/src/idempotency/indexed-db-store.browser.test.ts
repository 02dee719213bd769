// The IndexedDB idempotency store in a real Chromium: the adapter, a "reload" over the same database, and
// a submission whose answer was lost resumed after that reload against the real sandbox.
import { expect } from '@open-wc/testing';
import {
  birthRegistration,
  uploadBirthRegistrationFiles,
} from '../../../../tests/support/birth-registration.js';
import { mintTestToken } from '../../../../tests/support/sandbox-client.js';
import { createClient } from '../client.js';
import { isDvcNetworkError } from '../errors/guards.js';
import type { FetchLike } from '../http/transport.js';
import { bodyHash } from './body-hash.js';
import type { IdempotencyEntry } from './idempotency-store.js';
import { createIndexedDbIdempotencyStore } from './indexed-db-store.js';

const entry = (hash: string, state: IdempotencyEntry['state'] = 'pending'): IdempotencyEntry => ({
  key: crypto.randomUUID(),
  bodyHash: hash,
  createdAt: new Date().toISOString(),
  state,
});

/** Deletes a database; the store closes its connection when asked (`versionchange`), so this is not blocked. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

let dbName: string;
beforeEach(() => {
  dbName = `dvc-kit-idempotency-test-${crypto.randomUUID()}`;
});
afterEach(async () => {
  await deleteDatabase(dbName);
});

describe('createIndexedDbIdempotencyStore', () => {
  it('puts, gets, lists and deletes entries by body hash', async () => {
    const store = createIndexedDbIdempotencyStore(dbName);
    const first = entry('a'.repeat(64));
    const second = entry('b'.repeat(64), 'uncertain');
    expect(await store.list()).to.deep.equal([]);
    await store.put(first);
    await store.put(second);
    expect(await store.get(first.bodyHash)).to.deep.equal(first);
    expect(await store.get('c'.repeat(64))).to.equal(undefined);
    expect((await store.list()).map((item) => item.bodyHash).sort()).to.deep.equal([
      first.bodyHash,
      second.bodyHash,
    ]);

    // A put under the same hash replaces the entry (pending → uncertain after a failed attempt).
    await store.put({ ...first, state: 'uncertain' });
    expect((await store.get(first.bodyHash))?.state).to.equal('uncertain');
    expect(await store.list()).to.have.length(2);

    await store.delete(first.bodyHash);
    expect(await store.get(first.bodyHash)).to.equal(undefined);
    expect((await store.list()).map((item) => item.bodyHash)).to.deep.equal([second.bodyHash]);
  });

  it('keeps its entries for a new store over the same database (a reload), and apart from other databases', async () => {
    const saved = entry('d'.repeat(64), 'uncertain');
    await createIndexedDbIdempotencyStore(dbName).put(saved);

    const afterReload = createIndexedDbIdempotencyStore(dbName);
    expect(await afterReload.get(saved.bodyHash)).to.deep.equal(saved);
    expect(await afterReload.list()).to.deep.equal([saved]);

    const otherName = `${dbName}-other`;
    try {
      expect(await createIndexedDbIdempotencyStore(otherName).list()).to.deep.equal([]);
    } finally {
      await deleteDatabase(otherName);
    }
  });

  it('lets a reloaded page resume a submission whose answer was lost, with the same key', async () => {
    const getToken = () => mintTestToken({ agentPointId: 'loc-agent-vnpost-01' });
    const seen: { key: string | null; replayed: string | null }[] = [];
    // The sandbox files the dossier, then the line drops before the page reads the answer.
    const lossyLine: FetchLike = async (input, init) => {
      const request = new Request(input, init);
      await (await fetch(request)).arrayBuffer();
      seen.push({ key: request.headers.get('idempotency-key'), replayed: null });
      throw new TypeError('Failed to fetch');
    };
    const observedLine: FetchLike = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      seen.push({
        key: request.headers.get('idempotency-key'),
        replayed: response.headers.get('idempotency-replayed'),
      });
      return response;
    };

    const files = await uploadBirthRegistrationFiles(createClient({ baseUrl: location.origin, getToken }));
    const body = birthRegistration(files, { clientReference: `idb-reload-${crypto.randomUUID()}` });
    const failure = await createClient({
      baseUrl: location.origin,
      getToken,
      fetch: lossyLine,
      retry: false,
      idempotencyStore: createIndexedDbIdempotencyStore(dbName),
    })
      .dossiers.create(body)
      .catch((error: unknown) => error);
    expect(isDvcNetworkError(failure)).to.equal(true);

    // What the page left behind: the key, marked uncertain, under the body's hash — no personal data.
    const [left] = await createIndexedDbIdempotencyStore(dbName).list();
    expect(left?.state).to.equal('uncertain');
    expect(left?.bodyHash).to.equal(await bodyHash(body));
    expect(JSON.stringify(left)).to.not.contain(body.owner.personalId);

    // After the reload: a new client over the same database submits the same body again.
    const reloaded = createClient({
      baseUrl: location.origin,
      getToken,
      fetch: observedLine,
      idempotencyStore: createIndexedDbIdempotencyStore(dbName),
    });
    const { dossier } = await reloaded.dossiers.create(body);
    expect(dossier.clientReference).to.equal(body.clientReference);
    expect(seen).to.deep.equal([
      { key: left?.key, replayed: null },
      { key: left?.key, replayed: 'true' },
    ]);
    // Finished: the entry is gone, so a deliberate new submission would get a new key.
    expect(await createIndexedDbIdempotencyStore(dbName).list()).to.deep.equal([]);
  });
});
