// One test per fault kind, each showing what the fault does to a real submission and that the client
// still files exactly one dossier.
import {
  type ClientOptions,
  createClient,
  createMemoryIdempotencyStore,
  type DossierCreate,
  isDvcTimeoutError,
} from '@dvc-kit/client';
import type { RunningSandbox } from '@dvc-kit/sandbox';
import { mintEmbedToken, startTestSandbox } from '@dvc-kit/sandbox/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BirthRegistrationFiles,
  birthRegistration,
  COUNTER_STAFF,
  uploadBirthRegistrationFiles,
  VNPOST_AGENT_POINT,
} from '../support/birth-registration.js';
import {
  createFaultInjector,
  type FaultInjector,
  type FaultKind,
  type FaultRecord,
} from './fault-injecting-fetch.js';

// Each submission stays in flight this long inside the sandbox, so that a retry sent right after a reset
// always meets the original still running (409 `request-in-progress`), never a race either way.
const SUBMISSION_DELAY_MS = 200;
// The sandbox's `Retry-After` for a request in progress is 1 s; a timer may fire a hair early.
const ONE_SECOND_LESS_TIMER_SLACK_MS = 990;
const REQUEST_IN_PROGRESS = 'https://dvc-kit.dev/problems/request-in-progress';

let sandbox: RunningSandbox;
let token: string;
let files: BirthRegistrationFiles;

beforeAll(async () => {
  sandbox = await startTestSandbox({ submissionDelayMs: SUBMISSION_DELAY_MS });
  token = await mintEmbedToken(sandbox, { agentPointId: VNPOST_AGENT_POINT, staff: COUNTER_STAFF });
  files = await uploadBirthRegistrationFiles(createClient({ baseUrl: sandbox.url, getToken: () => token }));
});
afterAll(async () => {
  await sandbox?.close();
});

/** A page's client behind the fault layer; quick backoff so the tests stay short. */
function clientBehind(faults: FaultInjector, options: Partial<ClientOptions> = {}) {
  return createClient({
    baseUrl: sandbox.url,
    getToken: () => token,
    fetch: faults.fetch,
    idempotencyStore: createMemoryIdempotencyStore(),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
}

/** The fault for the first request only; every later one goes through. */
const onlyFirst =
  (kind: FaultKind) =>
  (_: Request, index: number): FaultKind =>
    index === 0 ? kind : 'none';

const dossierBody = (reference: string): DossierCreate =>
  birthRegistration(files, { clientReference: `fault-kind-${reference}` });

function dossiersFiledAs(reference: string): string[] {
  const rows = sandbox.db
    .prepare(`SELECT code FROM dossiers WHERE json_extract(data, '$.clientReference') = ?`)
    .all(`fault-kind-${reference}`) as { code: string }[];
  return rows.map((row) => row.code);
}

/** Every attempt carried the same key, and exactly one answer created the dossier. */
function expectOneSubmission(log: readonly FaultRecord[]): void {
  const keys = new Set(log.map((record) => record.idempotencyKey));
  expect(keys.size).toBe(1);
  expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
  const creations = log
    .flatMap((record) => record.upstream)
    .filter((answer) => answer.status === 201 && !answer.replayed);
  expect(creations).toHaveLength(1);
}

describe('each fault, against the real sandbox', () => {
  it('drop-response: the server committed but the answer was lost; the retry gets it replayed', async () => {
    const faults = createFaultInjector({ choose: onlyFirst('drop-response') });
    const { dossier } = await clientBehind(faults).dossiers.create(dossierBody('drop-response'));

    expect(faults.log.map((record) => record.kind)).toEqual(['drop-response', 'none']);
    expect(faults.log.map((record) => record.upstream)).toEqual([
      [{ status: 201, replayed: false }],
      [{ status: 201, replayed: true }],
    ]);
    expectOneSubmission(faults.log);
    expect(dossiersFiledAs('drop-response')).toEqual([dossier.code]);
  });

  it('reset-before: the server never saw the request; the retry creates the dossier', async () => {
    const faults = createFaultInjector({ choose: onlyFirst('reset-before') });
    const { dossier } = await clientBehind(faults).dossiers.create(dossierBody('reset-before'));

    expect(faults.log.map((record) => record.upstream)).toEqual([[], [{ status: 201, replayed: false }]]);
    expectOneSubmission(faults.log);
    expect(dossiersFiledAs('reset-before')).toEqual([dossier.code]);
  });

  it('reset-after: the retry meets the original in progress, waits Retry-After, then gets it replayed', async () => {
    const faults = createFaultInjector({ choose: onlyFirst('reset-after') });
    const { dossier } = await clientBehind(faults).dossiers.create(dossierBody('reset-after'));
    await faults.settled();

    expect(faults.log.map((record) => record.upstream)).toEqual([
      [{ status: 201, replayed: false }],
      [{ status: 409, replayed: false, problemType: REQUEST_IN_PROGRESS }],
      [{ status: 201, replayed: true }],
    ]);
    const [, inProgress, replay] = faults.log as [FaultRecord, FaultRecord, FaultRecord];
    expect(replay.sentAt - inProgress.sentAt).toBeGreaterThanOrEqual(ONE_SECOND_LESS_TIMER_SLACK_MS);
    expectOneSubmission(faults.log);
    expect(dossiersFiledAs('reset-after')).toEqual([dossier.code]);
  });

  it('unavailable: a 503 with Retry-After is not forwarded; the client waits as told, then submits', async () => {
    const faults = createFaultInjector({ choose: onlyFirst('unavailable'), retryAfterSeconds: 1 });
    const { dossier } = await clientBehind(faults).dossiers.create(dossierBody('unavailable'));

    expect(faults.log.map((record) => record.upstream)).toEqual([[], [{ status: 201, replayed: false }]]);
    const [refused, retried] = faults.log as [FaultRecord, FaultRecord];
    expect(retried.sentAt - refused.sentAt).toBeGreaterThanOrEqual(ONE_SECOND_LESS_TIMER_SLACK_MS);
    expectOneSubmission(faults.log);
    expect(dossiersFiledAs('unavailable')).toEqual([dossier.code]);
  });

  it('delay: the client gives up, the server files it anyway; resuming with the error’s key gets that dossier', async () => {
    const faults = createFaultInjector({ choose: onlyFirst('delay') });
    const body = dossierBody('delay');
    const impatient = clientBehind(faults, { timeout: { submit: 300 }, retry: false });
    const error = await impatient.dossiers.create(body).catch((caught: unknown) => caught);
    if (!isDvcTimeoutError(error)) throw error;
    expect(error.timeoutMs).toBe(300);
    await faults.settled();
    // Filed although the client saw only a timeout.
    const [code] = dossiersFiledAs('delay');
    expect(code).toBeDefined();

    // A reload: a new page with an empty store, holding only the key the error carried.
    const reloaded = clientBehind(faults);
    const { dossier } = await reloaded.dossiers.create(body, { idempotencyKey: error.idempotencyKey ?? '' });
    expect(dossier.code).toBe(code);
    expect(faults.log.map((record) => record.upstream)).toEqual([
      [{ status: 201, replayed: false }],
      [{ status: 201, replayed: true }],
    ]);
    expectOneSubmission(faults.log);
    expect(dossiersFiledAs('delay')).toEqual([code]);
  });

  it('duplicate: two copies reach the server at once; one files the dossier, the other is told it is in progress', async () => {
    const faults = createFaultInjector({ choose: onlyFirst('duplicate') });
    const { dossier } = await clientBehind(faults).dossiers.create(dossierBody('duplicate'));
    await faults.settled();

    const [duplicated] = faults.log as [FaultRecord];
    expect(duplicated.upstream.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(duplicated.upstream.find((answer) => answer.status === 409)?.problemType).toBe(
      REQUEST_IN_PROGRESS,
    );
    // Whichever copy's answer the client got, it ends with the one dossier.
    expectOneSubmission(faults.log);
    expect(dossiersFiledAs('duplicate')).toEqual([dossier.code]);
  });
});
