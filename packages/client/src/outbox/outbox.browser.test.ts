// The counter outbox over IndexedDB in a real Chromium: its store, and a queue that survives the page —
// re-created over the same database, it sends what was queued (and resends what was caught mid-send)
// to the real sandbox.
import { expect } from '@open-wc/testing';
import {
  type BirthRegistrationFiles,
  birthRegistration,
  uploadBirthRegistrationFiles,
} from '../../../../tests/support/birth-registration.js';
import { sandboxClient } from '../../../../tests/support/sandbox-client.js';
import { createIndexedDbOutboxStore, createOutbox, type OutboxItem, type OutboxStore } from '../outbox.js';

/** Deletes a database; the store closes its connection when asked (`versionchange`), so this is not blocked. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const queuedItem = (id: string): OutboxItem => ({
  id,
  idempotencyKey: crypto.randomUUID(),
  body: birthRegistration({ tp1: 'att_1', tp2: 'att_2' }, { clientReference: id }),
  state: 'queued',
  attempts: 0,
  lastError: null,
  createdAt: new Date().toISOString(),
});

let dbName: string;
let files: BirthRegistrationFiles | undefined;
// A distinct reference per test run: the sandbox behind the tests lives as long as the test server.
const reference = (label: string) => `outbox-browser-${label}-${crypto.randomUUID()}`;

beforeEach(() => {
  dbName = `dvc-kit-outbox-test-${crypto.randomUUID()}`;
});
afterEach(async () => {
  await deleteDatabase(dbName);
});

async function uploadedFiles(): Promise<BirthRegistrationFiles> {
  files ??= await uploadBirthRegistrationFiles(sandboxClient());
  return files;
}

describe('createIndexedDbOutboxStore', () => {
  it('puts, gets, lists and deletes items by id, and keeps them for a new store over the same database', async () => {
    const store = createIndexedDbOutboxStore(dbName);
    await store.put(queuedItem('item-1'));
    await store.put(queuedItem('item-2'));
    await store.put({ ...queuedItem('item-1'), state: 'sending', attempts: 1 });

    const afterReload: OutboxStore = createIndexedDbOutboxStore(dbName);
    expect(await afterReload.get('item-1')).to.include({ state: 'sending', attempts: 1 });
    expect((await afterReload.get('item-2'))?.body.owner.fullName).to.equal('Nguyễn Văn An');
    expect((await afterReload.list()).map((item) => item.id).sort()).to.deep.equal(['item-1', 'item-2']);
    await afterReload.delete('item-1');
    expect(await afterReload.get('item-1')).to.equal(undefined);
    expect((await createIndexedDbOutboxStore(dbName).list()).map((item) => item.id)).to.deep.equal([
      'item-2',
    ]);
  });
});

describe('an outbox over IndexedDB, against the real sandbox', () => {
  it('resumes the items queued offline once re-created after a reload, and sends them in order', async () => {
    const bodies = [
      birthRegistration(await uploadedFiles(), { clientReference: reference('first') }),
      birthRegistration(await uploadedFiles(), { clientReference: reference('second') }),
    ];
    // The line is down: the items are persisted and wait.
    const offline = createOutbox(sandboxClient(), createIndexedDbOutboxStore(dbName), {
      online: () => false,
    });
    for (const body of bodies) await offline.enqueue(body);
    expect((await offline.list()).map((item) => item.state)).to.deep.equal(['queued', 'queued']);
    offline.close();

    // The page reloads with the line back: a new outbox over a new store instance of the same database.
    const sent: string[] = [];
    const reloaded = createOutbox(sandboxClient(), createIndexedDbOutboxStore(dbName), {
      online: () => true,
      autoFlush: false,
    });
    reloaded.addEventListener('change', (event) => {
      const item = (event as CustomEvent<OutboxItem>).detail;
      if (item.state === 'sent') sent.push(item.body.clientReference ?? '');
    });
    await reloaded.flush();
    const items = await reloaded.list();
    reloaded.close();

    expect(items.map((item) => item.state)).to.deep.equal(['sent', 'sent']);
    expect(sent).to.deep.equal(bodies.map((body) => body.clientReference));
    const client = sandboxClient();
    for (const [index, item] of items.entries()) {
      expect(item.receipt?.dossierCode).to.equal(item.dossier?.code);
      const filed = await client.dossiers.get(item.dossier?.code ?? '');
      expect(filed.clientReference).to.equal(bodies[index]?.clientReference);
    }
  });

  it('resends an item caught mid-send with its key, and gets the dossier the sandbox had already filed', async () => {
    const body = birthRegistration(await uploadedFiles(), { clientReference: reference('mid-send') });
    const store = createIndexedDbOutboxStore(dbName);
    const before = createOutbox(sandboxClient(), store, { online: () => false });
    const queued = await before.enqueue(body);
    // What the page did just before it died: marked the item `sending`, and its request reached the
    // sandbox, which filed the dossier — but the answer never came back.
    await store.put({ ...queued, state: 'sending', attempts: 1 });
    const { dossier: filedBeforeTheCrash } = await sandboxClient().dossiers.create(queued.body, {
      idempotencyKey: queued.idempotencyKey,
    });
    before.close();

    const after = createOutbox(sandboxClient(), createIndexedDbOutboxStore(dbName), {
      online: () => true,
      autoFlush: false,
    });
    await after.flush();
    const [item] = await after.list();
    after.close();

    expect(item).to.include({
      id: queued.id,
      idempotencyKey: queued.idempotencyKey,
      state: 'sent',
      attempts: 2,
    });
    expect(item?.dossier?.code).to.equal(filedBeforeTheCrash.code);
  });
});
