import { DvcApiError, DvcNetworkError, type Problem } from '@dvc-kit/client';
import { createMemoryOutboxStore, createOutbox } from '@dvc-kit/client/outbox';
import { describe, expect, it } from 'vitest';
import type { DvcClient } from '../../base/client-context.js';
import type { PendingSubmission } from './draft-store.js';
import type { DossierCreate, DossierCreated } from './form-types.js';
import { submitDossier } from './submission.js';

const created = { dossier: { code: 'X-1' }, receipt: {} } as unknown as DossierCreated;
const body = (detail: string) =>
  ({ procedureCode: '1.001193', owner: { detail } }) as unknown as DossierCreate;

function refusal(status: number): DvcApiError {
  const problem: Problem = {
    type: 'https://dvc-kit.dev/problems/validation',
    title: 'Validation failed',
    status,
    detail: 'no',
    requestId: 'req_1',
    userMessage: { vi: 'Không hợp lệ.', en: 'Not valid.' },
    errors: [],
  };
  return new DvcApiError({
    request: new Request('http://localhost/v1/dossiers', { method: 'POST' }),
    response: new Response(JSON.stringify(problem), { status }),
    problem,
    locale: 'vi',
  });
}
const offline = () =>
  new DvcNetworkError({ request: undefined, cause: new TypeError('fetch'), locale: 'vi' });

/** A client answering with the outcomes in turn, recording what it was sent. */
function client(...outcomes: (DossierCreated | Error)[]) {
  const sent: { body: DossierCreate; key: string | undefined }[] = [];
  const dossiers = {
    create: async (sentBody: DossierCreate, options?: { idempotencyKey?: string }) => {
      sent.push({ body: sentBody, key: options?.idempotencyKey });
      const outcome = outcomes.shift();
      if (outcome === undefined || outcome instanceof Error) throw outcome ?? new Error('no more outcomes');
      return outcome;
    },
  } as unknown as DvcClient['dossiers'];
  return { client: { dossiers }, sent };
}

/** The draft's pending submission, as the form keeps it. */
function draft(initial?: PendingSubmission) {
  const saved: (PendingSubmission | undefined)[] = [];
  let pending = initial;
  return {
    saved,
    get pending() {
      return pending;
    },
    persist: async (next: PendingSubmission | undefined) => {
      pending = next;
      saved.push(next);
    },
  };
}

const context = (api: ReturnType<typeof client>, store: ReturnType<typeof draft>) => ({
  client: api.client,
  outbox: undefined,
  online: () => true,
  pending: store.pending,
  persist: store.persist,
});

describe('submitDossier', () => {
  it('persists a new key with the body before the first attempt, and forgets it once created', async () => {
    const api = client(created);
    const store = draft();
    const result = await submitDossier(body('a'), context(api, store));
    expect(result).toEqual({ kind: 'created', created });
    expect(store.saved[0]).toEqual({ key: api.sent[0]?.key, body: body('a') });
    expect(store.saved.at(-1)).toBeUndefined();
  });

  it('drops the key after a definitive refusal, so the corrected body goes with a new one', async () => {
    const api = client(refusal(422), created);
    const store = draft();
    expect((await submitDossier(body('a'), context(api, store))).kind).toBe('rejected');
    expect(store.pending).toBeUndefined();
    await submitDossier(body('b'), context(api, store));
    expect(api.sent[1]?.key).not.toBe(api.sent[0]?.key);
  });

  it('keeps key and body after an unclear failure and sends them again', async () => {
    const api = client(refusal(503), created);
    const store = draft();
    expect((await submitDossier(body('a'), context(api, store))).kind).toBe('failed');
    expect(store.pending?.key).toBe(api.sent[0]?.key);
    await submitDossier(body('a'), context(api, store));
    expect(api.sent[1]).toEqual(api.sent[0]);
  });

  it('settles an unclear earlier body first when the form has changed since', async () => {
    const earlier = { key: 'key-1', body: body('a') };
    const answered = client(created);
    const result = await submitDossier(body('b'), context(answered, draft(earlier)));
    expect(result).toEqual({ kind: 'created', created });
    expect(answered.sent).toEqual([earlier]);

    const refused = client(refusal(422), created);
    await submitDossier(body('b'), context(refused, draft(earlier)));
    expect(refused.sent.map((sent) => sent.body)).toEqual([body('a'), body('b')]);
    expect(refused.sent[1]?.key).not.toBe('key-1');
  });

  it('queues in the outbox when offline or on a network error, not otherwise', async () => {
    const api = client(offline());
    const outbox = createOutbox(api.client, createMemoryOutboxStore(), {
      autoFlush: false,
      onlineEvents: new EventTarget(),
    });
    const store = draft();
    const offlineResult = await submitDossier(body('a'), {
      ...context(api, store),
      outbox,
      online: () => false,
    });
    expect(offlineResult.kind).toBe('queued');
    expect(api.sent).toHaveLength(0);
    const afterError = await submitDossier(body('b'), { ...context(api, store), outbox });
    expect(afterError.kind).toBe('queued');
    expect((await outbox.list()).map((item) => item.body)).toEqual([body('a'), body('b')]);
    expect(store.pending).toBeUndefined();
  });

  it('hands the key of an attempt whose answer was lost to the outbox, so it cannot file twice', async () => {
    const api = client(offline());
    const outbox = createOutbox(api.client, createMemoryOutboxStore(), {
      autoFlush: false,
      onlineEvents: new EventTarget(),
    });
    const result = await submitDossier(body('c'), { ...context(api, draft()), outbox });
    expect(result.kind).toBe('queued');
    const [item] = await outbox.list();
    expect(api.sent).toHaveLength(1);
    expect(item?.idempotencyKey).toBe(api.sent[0]?.key);
  });
});
