import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import {
  birthRegistration,
  birthRegistrationFiles,
  OWNER,
  submit,
  VNPOST_AGENT_POINT,
} from '../dossiers/dossier-fixtures.testing.js';
import type { RunningSandbox } from '../sandbox.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

const validator = new ContractValidator();

/** 50 submissions at once: the issue's own number for "the same dossier submitted 50 times concurrently". */
const CONCURRENT_SUBMISSIONS = 50;

function dossierCount(sandbox: RunningSandbox): number {
  return (sandbox.db.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n;
}

describe('POST /v1/dossiers is exactly-once per Idempotency-Key', () => {
  let sandbox: RunningSandbox;
  let token: string;
  let files: { tp1: string; tp2: string };

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    token = await mintEmbedToken(sandbox, {
      agentPointId: VNPOST_AGENT_POINT,
      staff: { id: 'nv-001', fullName: 'Trần Thị Bình' },
    });
    files = await birthRegistrationFiles(sandbox, token);
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it(`makes exactly one dossier from ${CONCURRENT_SUBMISSIONS} concurrent submissions with one key, and every reply carries its code`, async () => {
    const before = dossierCount(sandbox);
    const key = randomUUID();
    const body = birthRegistration(files);
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT_SUBMISSIONS }, () => submit(sandbox, token, body, key)),
    );
    const replies = await Promise.all(
      responses.map(async (response) => ({
        status: response.status,
        replayed: response.headers.get('idempotency-replayed'),
        location: response.headers.get('location'),
        body: (await response.json()) as { dossier: { code: string } },
      })),
    );

    expect(dossierCount(sandbox) - before).toBe(1);
    expect(replies.map((reply) => reply.status)).toEqual(Array(CONCURRENT_SUBMISSIONS).fill(201));
    const codes = new Set(replies.map((reply) => reply.body.dossier.code));
    expect(codes.size).toBe(1);
    const [code] = [...codes];
    expect(replies.filter((reply) => reply.replayed === null)).toHaveLength(1);
    expect(replies.filter((reply) => reply.replayed === 'true')).toHaveLength(CONCURRENT_SUBMISSIONS - 1);
    expect(new Set(replies.map((reply) => reply.location))).toEqual(new Set([`/v1/dossiers/${code}`]));
    for (const reply of replies)
      expect(validator.validateComponent('DossierCreated', reply.body)).toEqual([]);
  });

  it('replays the stored response byte for byte for the same key and body', async () => {
    const key = randomUUID();
    const body = birthRegistration(files);
    const first = await submit(sandbox, token, body, key);
    const second = await submit(sandbox, token, body, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    expect(await second.text()).toBe(await first.text());
  });

  it('treats a body with decomposed (NFD) Vietnamese text as the same request as its NFC form', async () => {
    const key = randomUUID();
    const nfc = birthRegistration(files);
    const first = await submit(sandbox, token, nfc, key);
    expect(first.status).toBe(201);
    // The same body, every string decomposed: "Nguyễn" arrives as "Nguye\u0302\u0303n".
    const nfdText = JSON.stringify(nfc).normalize('NFD');
    expect(nfdText).not.toBe(JSON.stringify(nfc));
    const second = await submit(sandbox, token, nfdText, key);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    const created = (await second.json()) as { dossier: { code: string; owner: { fullName: string } } };
    expect(created.dossier.code).toBe(((await first.json()) as { dossier: { code: string } }).dossier.code);
    expect(created.dossier.owner.fullName).toBe(OWNER.fullName);
  });

  it('treats reordered keys as the same request', async () => {
    const key = randomUUID();
    const body = birthRegistration(files);
    const first = await submit(sandbox, token, body, key);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await submit(sandbox, token, reordered, key);
    expect(first.status).toBe(201);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
  });

  it('answers 422 idempotency-key-reused for the same key with another body, and creates nothing', async () => {
    const key = randomUUID();
    expect((await submit(sandbox, token, birthRegistration(files), key)).status).toBe(201);
    const before = dossierCount(sandbox);
    const other = birthRegistration(files, { clientReference: 'another-submission' });
    const response = await submit(sandbox, token, other, key);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { type: string };
    expect(problem.type).toBe('https://dvc-kit.dev/problems/idempotency-key-reused');
    expect(validator.validateComponent('Problem', problem)).toEqual([]);
    expect(dossierCount(sandbox)).toBe(before);
  });

  it('answers 400 idempotency-key-missing without the header, and creates nothing', async () => {
    const before = dossierCount(sandbox);
    const response = await submit(sandbox, token, birthRegistration(files), null);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { type: string };
    expect(problem.type).toBe('https://dvc-kit.dev/problems/idempotency-key-missing');
    expect(dossierCount(sandbox)).toBe(before);
  });

  it('reads a Structured Field string key ("…") as the same key as its bare form', async () => {
    const key = randomUUID();
    const body = birthRegistration(files);
    expect((await submit(sandbox, token, body, key)).status).toBe(201);
    const quoted = await submit(sandbox, token, body, `"${key}"`);
    expect(quoted.headers.get('idempotency-replayed')).toBe('true');
  });

  it('keeps keys per partner: another partner may use the same key for its own dossier', async () => {
    const key = randomUUID();
    const vnpost = await submit(sandbox, token, birthRegistration(files), key);
    const otherToken = await mintEmbedToken(sandbox, { partner: 'VIETTEL_POST' });
    const otherFiles = await birthRegistrationFiles(sandbox, otherToken);
    const viettel = await submit(sandbox, otherToken, birthRegistration(otherFiles), key);
    expect(vnpost.status).toBe(201);
    expect(viettel.status).toBe(201);
    expect(viettel.headers.get('idempotency-replayed')).toBeNull();
    const codes = await Promise.all([vnpost.json(), viettel.json()]);
    expect((codes[0] as { dossier: { code: string } }).dossier.code).not.toBe(
      (codes[1] as { dossier: { code: string } }).dossier.code,
    );
  });

  it('stores a validation failure as the outcome of its key: the same body replays it, a corrected one needs a new key', async () => {
    const key = randomUUID();
    const invalid = birthRegistration(files, {
      owner: { ...OWNER, address: { ...OWNER.address }, fullName: 'Nguyễn Văn 2' },
    });
    const first = await submit(sandbox, token, invalid, key);
    expect(first.status).toBe(422);
    const replay = await submit(sandbox, token, invalid, key);
    expect(replay.status).toBe(422);
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    expect(await replay.text()).toBe(await first.text());
    const corrected = await submit(sandbox, token, birthRegistration(files), key);
    expect(((await corrected.json()) as { type: string }).type).toBe(
      'https://dvc-kit.dev/problems/idempotency-key-reused',
    );
  });

  it('does not take the key when the contract refuses the body before processing', async () => {
    const key = randomUUID();
    const { owner: _owner, ...withoutOwner } = birthRegistration(files);
    const refused = await submit(sandbox, token, withoutOwner, key);
    expect(refused.status).toBe(422);
    const accepted = await submit(sandbox, token, birthRegistration(files), key);
    expect(accepted.status).toBe(201);
    expect(accepted.headers.get('idempotency-replayed')).toBeNull();
  });
});

describe('a duplicate sent while the first submission is in flight', () => {
  let sandbox: RunningSandbox;
  let token: string;
  let files: { tp1: string; tp2: string };

  beforeAll(async () => {
    // Long enough for the duplicate to arrive while the first request holds the key.
    sandbox = await startTestSandbox({ submissionDelayMs: 400 });
    token = await mintEmbedToken(sandbox, { agentPointId: VNPOST_AGENT_POINT });
    files = await birthRegistrationFiles(sandbox, token);
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('answers 409 request-in-progress with Retry-After, then the first request completes once', async () => {
    const key = randomUUID();
    const body = birthRegistration(files);
    const first = submit(sandbox, token, body, key);
    // Let the first request take the key before the duplicate arrives.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const duplicate = await submit(sandbox, token, body, key);
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get('retry-after')).toBe('1');
    const problem = (await duplicate.json()) as { type: string; retryAfterSeconds: number };
    expect(problem.type).toBe('https://dvc-kit.dev/problems/request-in-progress');
    expect(problem.retryAfterSeconds).toBe(1);
    expect(validator.validateComponent('Problem', problem)).toEqual([]);

    const completed = await first;
    expect(completed.status).toBe(201);
    const retry = await submit(sandbox, token, body, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await retry.text()).toBe(await completed.text());
  });

  it('answers 422 for another body with the key even while the first is in flight', async () => {
    const key = randomUUID();
    const first = submit(sandbox, token, birthRegistration(files), key);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const other = await submit(sandbox, token, birthRegistration(files, { clientReference: 'x' }), key);
    expect(other.status).toBe(422);
    expect(((await other.json()) as { type: string }).type).toBe(
      'https://dvc-kit.dev/problems/idempotency-key-reused',
    );
    expect((await first).status).toBe(201);
  });
});
