import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { createMemoryIdempotencyStore } from '../idempotency/memory-store.js';
import { createFakeStorage } from '../testing/fake-storage.js';
import { dossierCreate, dossierCreated } from '../testing/fixtures.js';
import { createStubServer, json, problem, type StubHandler } from '../testing/stub-server.js';
import type { DossierCreate } from '../types.js';
import { createOutbox, type Outbox, type OutboxEvent } from './outbox.js';
import type { OutboxItem } from './outbox-item.js';
import { createLocalStorageOutboxStore, createMemoryOutboxStore } from './outbox-stores.js';

const baseUrl = 'http://dvc.test';
const HOUR = 60 * 60 * 1000;
const opened: Outbox[] = [];

afterEach(() => {
  for (const outbox of opened.splice(0)) outbox.close();
});

function clientFor(handler: StubHandler) {
  const server = createStubServer(handler);
  const client = createClient({
    baseUrl,
    getToken: () => 'counter-token',
    fetch: server.fetch,
    retry: false,
    idempotencyStore: createMemoryIdempotencyStore(),
  });
  return { server, client };
}

function open(...args: Parameters<typeof createOutbox>): Outbox {
  const outbox = createOutbox(...args);
  opened.push(outbox);
  return outbox;
}

const numbered = (reference: string): DossierCreate => ({ ...dossierCreate, clientReference: reference });
const referenceOf = (request: { body: unknown }) => (request.body as DossierCreate).clientReference;
const states = (items: OutboxItem[]) => items.map((item) => `${item.body.clientReference}:${item.state}`);

describe('outbox', () => {
  it('persists an enqueued dossier as queued, in NFC, with its own key, before sending anything', async () => {
    const { server, client } = clientFor(() => json(dossierCreated(), 201));
    const store = createMemoryOutboxStore();
    const outbox = open(client, store, { autoFlush: false });
    const item = await outbox.enqueue({ ...numbered('Q-1'), formData: { childName: 'Bi\u0300nh' } });
    expect(item).toMatchObject({ state: 'queued', attempts: 0, lastError: null });
    expect(item.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(item.body.formData).toEqual({ childName: 'Bình' });
    expect(await store.list()).toEqual([item]);
    expect(server.requests).toHaveLength(0);
  });

  it('flushes in enqueue order, each item with its own key, and keeps the dossier and receipt', async () => {
    let sequence = 0;
    const { server, client } = clientFor(() => json(dossierCreated(`CODE-${++sequence}`), 201));
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    const items = [];
    for (const reference of ['Q-1', 'Q-2', 'Q-3']) items.push(await outbox.enqueue(numbered(reference)));
    await outbox.flush();
    expect(server.requests.map(referenceOf)).toEqual(['Q-1', 'Q-2', 'Q-3']);
    expect(server.requests.map((request) => request.headers.get('idempotency-key'))).toEqual(
      items.map((item) => item.idempotencyKey),
    );
    const sent = await outbox.list();
    expect(states(sent)).toEqual(['Q-1:sent', 'Q-2:sent', 'Q-3:sent']);
    expect(sent.map((item) => item.dossier?.code)).toEqual(['CODE-1', 'CODE-2', 'CODE-3']);
    expect(sent[0]?.receipt?.dossierCode).toBe('CODE-1');
    expect(sent[0]?.attempts).toBe(1);
  });

  it('resumes a submission whose answer was lost: the caller’s key goes out, not a new one', async () => {
    const { server, client } = clientFor(() => json(dossierCreated('CODE-LOST'), 201));
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    const item = await outbox.enqueue(numbered('Q-LOST'), { idempotencyKey: 'key-of-the-lost-attempt' });
    expect(item.idempotencyKey).toBe('key-of-the-lost-attempt');
    await outbox.flush();
    expect(server.requests.map((request) => request.headers.get('idempotency-key'))).toEqual([
      'key-of-the-lost-attempt',
    ]);
  });

  it('dispatches change events as items move', async () => {
    const { client } = clientFor(() => json(dossierCreated(), 201));
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    const seen: string[] = [];
    outbox.addEventListener('change', (event) => seen.push((event as OutboxEvent).detail.state));
    await outbox.enqueue(numbered('Q-1'));
    await outbox.flush();
    expect(seen).toEqual(['queued', 'sending', 'sent']);
  });

  it('stops at a temporary failure to keep the order, and resumes later with the same keys', async () => {
    let down = true;
    const { server, client } = clientFor(() =>
      down ? problem('service-unavailable', 503) : json(dossierCreated(), 201),
    );
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    await outbox.enqueue(numbered('Q-1'));
    await outbox.enqueue(numbered('Q-2'));
    await outbox.flush();
    expect(server.requests.map(referenceOf)).toEqual(['Q-1']);
    const [first] = await outbox.list();
    expect(first).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: { kind: 'service-unavailable', status: 503 },
    });
    down = false;
    await outbox.flush();
    expect(server.requests.map(referenceOf)).toEqual(['Q-1', 'Q-1', 'Q-2']);
    expect(server.requests[1]?.headers.get('idempotency-key')).toBe(first?.idempotencyKey);
    expect(states(await outbox.list())).toEqual(['Q-1:sent', 'Q-2:sent']);
  });

  it('moves a refused item to needs-attention with the field errors, and goes on with the next', async () => {
    const fieldError = {
      pointer: '/owner/phone',
      code: 'pattern',
      message: { vi: 'Số điện thoại sai.', en: 'Bad phone.' },
    };
    const { server, client } = clientFor((request) =>
      referenceOf(request) === 'Q-1'
        ? problem('validation', 422, { errors: [fieldError] })
        : json(dossierCreated(), 201),
    );
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    await outbox.enqueue(numbered('Q-1'));
    await outbox.enqueue(numbered('Q-2'));
    await outbox.flush();
    const [refused] = await outbox.list();
    expect(states(await outbox.list())).toEqual(['Q-1:needs-attention', 'Q-2:sent']);
    expect(refused?.lastError).toMatchObject({ kind: 'validation', status: 422, fieldErrors: [fieldError] });
    // Not sent again by later flushes.
    await outbox.flush();
    expect(server.requests).toHaveLength(2);
  });

  it('keeps items waiting on an expired session rather than flagging them', async () => {
    const { client } = clientFor(() => problem('forbidden', 403));
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    await outbox.enqueue(numbered('Q-1'));
    await outbox.flush();
    expect(states(await outbox.list())).toEqual(['Q-1:queued']);
  });

  it('survives a restart: a new outbox over the same store resends an item left sending, with its key', async () => {
    const store = createMemoryOutboxStore();
    const { client: firstClient } = clientFor(() => json(dossierCreated(), 201));
    const before = open(firstClient, store, { autoFlush: false });
    const item = await before.enqueue(numbered('Q-1'));
    await before.enqueue(numbered('Q-2'));
    // The page died while Q-1 was on its way.
    await store.put({ ...item, state: 'sending', attempts: 1 });
    before.close();

    const { server, client } = clientFor(() => json(dossierCreated(), 201));
    const after = open(client, store);
    await after.flush();
    expect(server.requests.map(referenceOf)).toEqual(['Q-1', 'Q-2']);
    expect(server.requests[0]?.headers.get('idempotency-key')).toBe(item.idempotencyKey);
    expect(states(await after.list())).toEqual(['Q-1:sent', 'Q-2:sent']);
    expect((await after.list())[0]?.attempts).toBe(2);
  });

  it('expires unsent items older than maxAge into needs-attention, and drops old sent ones', async () => {
    let now = Date.parse('2025-11-27T08:00:00Z');
    const { server, client } = clientFor(() => json(dossierCreated(), 201));
    const outbox = open(client, createMemoryOutboxStore(), {
      autoFlush: false,
      now: () => now,
      maxAgeMs: 72 * HOUR,
    });
    await outbox.enqueue(numbered('OLD'));
    await outbox.flush();
    now += HOUR;
    await outbox.enqueue(numbered('STALE'));
    const removed: string[] = [];
    outbox.addEventListener('remove', (event) =>
      removed.push(`${(event as OutboxEvent).detail.body.clientReference}`),
    );

    // STALE is now a minute past 72 h old, OLD an hour more.
    now += 72 * HOUR + 60_000;
    await outbox.enqueue(numbered('FRESH'));
    await outbox.flush();
    expect(states(await outbox.list())).toEqual(['STALE:needs-attention', 'FRESH:sent']);
    expect((await outbox.list())[0]?.lastError?.kind).toBe('expired');
    expect(removed).toEqual(['OLD']);
    expect(server.requests.map(referenceOf)).toEqual(['OLD', 'FRESH']);
  });

  it('re-queues a needs-attention item with its key on retry(), and removes items on remove()', async () => {
    let refuse = true;
    const { server, client } = clientFor(() =>
      refuse ? problem('conflict', 409) : json(dossierCreated(), 201),
    );
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    const item = await outbox.enqueue(numbered('Q-1'));
    await outbox.flush();
    refuse = false;
    await outbox.retry(item.id);
    await outbox.flush();
    expect(states(await outbox.list())).toEqual(['Q-1:sent']);
    expect(server.requests.map((request) => request.headers.get('idempotency-key'))).toEqual([
      item.idempotencyKey,
      item.idempotencyKey,
    ]);
    await outbox.remove(item.id);
    expect(await outbox.list()).toEqual([]);
  });

  it('never runs two flushes at once: concurrent calls join the running one', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { server, client } = clientFor(async () => {
      await gate;
      return json(dossierCreated(), 201);
    });
    const outbox = open(client, createMemoryOutboxStore(), { autoFlush: false });
    await outbox.enqueue(numbered('Q-1'));
    await outbox.enqueue(numbered('Q-2'));
    const flushes = [outbox.flush(), outbox.flush(), outbox.flush()];
    expect(flushes[1]).toBe(flushes[0]);
    release();
    await Promise.all(flushes);
    expect(server.requests.map(referenceOf)).toEqual(['Q-1', 'Q-2']);
  });

  it('sends nothing while offline, and flushes by itself when the network returns', async () => {
    let online = false;
    const network = new EventTarget();
    const { server, client } = clientFor(() => json(dossierCreated(), 201));
    const outbox = open(client, createMemoryOutboxStore(), { online: () => online, onlineEvents: network });
    await outbox.enqueue(numbered('Q-1'));
    await outbox.flush();
    expect(server.requests).toHaveLength(0);

    const sent = new Promise<void>((resolve) =>
      outbox.addEventListener('change', (event) => {
        if ((event as OutboxEvent).detail.state === 'sent') resolve();
      }),
    );
    online = true;
    network.dispatchEvent(new Event('online'));
    await sent;
    expect(server.requests.map(referenceOf)).toEqual(['Q-1']);
  });

  it('flushes by itself after enqueue when online, and stops listening once closed', async () => {
    const network = new EventTarget();
    const { server, client } = clientFor(() => json(dossierCreated(), 201));
    const outbox = open(client, createMemoryOutboxStore(), { online: () => true, onlineEvents: network });
    const sent = new Promise<void>((resolve) =>
      outbox.addEventListener('change', (event) => {
        if ((event as OutboxEvent).detail.state === 'sent') resolve();
      }),
    );
    await outbox.enqueue(numbered('Q-1'));
    await sent;
    expect(server.requests).toHaveLength(1);

    outbox.close();
    await outbox.enqueue(numbered('Q-2'));
    network.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(1);
  });

  it('persists through localStorage: a reloaded page’s outbox sends what the last one queued', async () => {
    const storage = createFakeStorage();
    const { client: offlineClient } = clientFor(() => json(dossierCreated(), 201));
    const before = open(offlineClient, createLocalStorageOutboxStore(storage), { online: () => false });
    const item = await before.enqueue(numbered('Q-1'));
    before.close();
    expect([...storage.data.keys()]).toEqual([`dvc-kit:outbox:${item.id}`]);

    const { server, client } = clientFor(() => json(dossierCreated(), 201));
    const after = open(client, createLocalStorageOutboxStore(storage), { autoFlush: false });
    await after.flush();
    expect(server.requests[0]?.headers.get('idempotency-key')).toBe(item.idempotencyKey);
    expect(states(await after.list())).toEqual(['Q-1:sent']);
  });

  it('tries again by itself after retryDelayMs when a flush stopped on a temporary failure', async () => {
    const { server, client } = clientFor((_, index) =>
      index === 0 ? problem('internal', 500) : json(dossierCreated(), 201),
    );
    const outbox = open(client, createMemoryOutboxStore(), { online: () => true, retryDelayMs: 10 });
    const sent = new Promise<void>((resolve) =>
      outbox.addEventListener('change', (event) => {
        if ((event as OutboxEvent).detail.state === 'sent') resolve();
      }),
    );
    await outbox.enqueue(numbered('Q-1'));
    await sent;
    expect(server.requests).toHaveLength(2);
    expect((await outbox.list())[0]?.attempts).toBe(2);
  });
});
