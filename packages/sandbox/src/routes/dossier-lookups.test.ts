import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import {
  birthRegistration,
  birthRegistrationFiles,
  OWNER,
  request,
  submit,
} from '../dossiers/dossier-fixtures.testing.js';
import type { DossierCreate, DossierStatusView } from '../dossiers/dossier-types.js';
import type { RunningSandbox } from '../sandbox.js';
import { startTestSandbox } from '../testing/test-sandbox.js';

const validator = new ContractValidator();

function lookup(
  sandbox: RunningSandbox,
  code: string,
  ownerPersonalId: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${sandbox.url}/v1/dossier-lookups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ code, ownerPersonalId }),
  });
}

describe('POST /v1/dossier-lookups', () => {
  let sandbox: RunningSandbox;
  let key: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    key = sandbox.secretKeys.VNPOST;
  });
  afterAll(async () => {
    await sandbox.close();
  });

  async function file(overrides: Partial<DossierCreate> = {}): Promise<string> {
    const files = await birthRegistrationFiles(sandbox, key);
    const response = await submit(sandbox, key, birthRegistration(files, overrides));
    expect(response.status).toBe(201);
    return ((await response.json()) as { dossier: { code: string } }).dossier.code;
  }

  it('shows the status to anyone with the code and the owner ID, with personal data masked', async () => {
    const code = await file();
    const response = await lookup(sandbox, code, OWNER.personalId);
    expect(response.status).toBe(200);
    const text = await response.text();
    const view = JSON.parse(text) as DossierStatusView;
    expect(validator.validateComponent('DossierStatusView', view)).toEqual([]);
    expect(view.code).toBe(code);
    expect(view.status).toBe('RECEIVED');
    expect(view.ownerNameMasked).toBe('N***** V** A*');
    expect(view.ownerPersonalIdMasked).toBe('001*******45');
    expect(view.resultPickup).toBeNull();
    expect(view.canRate).toBe(false);
    for (const secret of [
      OWNER.personalId,
      OWNER.fullName,
      OWNER.phone,
      OWNER.address.detail,
      OWNER.dateOfBirth,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('matches the code case-insensitively after trimming', async () => {
    const code = await file();
    const response = await lookup(sandbox, `\t ${code.toLowerCase()}  `, OWNER.personalId);
    expect(response.status).toBe(200);
    expect(((await response.json()) as DossierStatusView).code).toBe(code);
  });

  it('answers a wrong code and a wrong ID number with the same 404', async () => {
    const code = await file();
    const wrongId = await lookup(sandbox, code, '001203099999');
    const wrongCode = await lookup(sandbox, `${code.slice(0, -4)}9999`, OWNER.personalId);
    expect(wrongId.status).toBe(404);
    expect(wrongCode.status).toBe(404);
    const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
    const [a, b] = (await Promise.all([wrongId.json(), wrongCode.json()])) as Record<string, unknown>[];
    expect(validator.validateComponent('Problem', a)).toEqual([]);
    expect(strip(a ?? {})).toEqual(strip(b ?? {}));
  });

  it('says where to collect a ready result: the whole location for a counter, no address for the post', async () => {
    const atCounter = await file();
    await request(sandbox, 'POST', `/v1/sandbox/dossiers/${atCounter}/advance`, {
      credential: key,
      body: { to: 'RESULT_READY' },
    });
    const ready = (await (await lookup(sandbox, atCounter, OWNER.personalId)).json()) as DossierStatusView;
    expect(validator.validateComponent('DossierStatusView', ready)).toEqual([]);
    expect(ready.canRate).toBe(true);
    expect(ready.resultPickup?.method).toBe('AT_LOCATION');
    expect(ready.resultPickup?.location?.id).toBe('loc-head-office');
    expect(validator.validateComponent('Location', ready.resultPickup?.location)).toEqual([]);

    const detail = 'Ngõ 12 phố Kim Mã, số nhà 7';
    const byPost = await file({
      delivery: {
        method: 'POSTAL',
        address: { recipientName: 'Nguyễn Văn An', phone: '+84912345678', wardCode: '00004', detail },
      },
    });
    await request(sandbox, 'POST', `/v1/sandbox/dossiers/${byPost}/advance`, {
      credential: key,
      body: { to: 'RESULT_READY' },
    });
    const response = await lookup(sandbox, byPost, OWNER.personalId);
    const text = await response.text();
    const posted = JSON.parse(text) as DossierStatusView;
    expect(validator.validateComponent('DossierStatusView', posted)).toEqual([]);
    expect(posted.resultPickup).toMatchObject({ method: 'POSTAL', location: null });
    expect(text).not.toContain(detail);
    expect(text).not.toContain('Nguyễn Văn An');
  });
});

describe('the lookup rate limit', () => {
  /** A small limit, so the test reaches it quickly. */
  const LOOKUP_MAX = 3;
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ rateLimit: { max: 600, windowMs: 60_000, lookupMax: LOOKUP_MAX } });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('counts lookups per IP address, whatever Authorization header a guesser sends, and answers 429 with Retry-After', async () => {
    for (let attempt = 0; attempt < LOOKUP_MAX; attempt++) {
      const response = await lookup(sandbox, 'H26-251027-0001', '001203012345', {
        authorization: `Bearer guess-${attempt}`,
      });
      expect(response.status).toBe(404);
    }
    const limited = await lookup(sandbox, 'H26-251027-0001', '001203012345', {
      authorization: 'Bearer another',
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await limited.json()) as { type: string };
    expect(problem.type).toBe('https://dvc-kit.dev/problems/rate-limited');
    expect(validator.validateComponent('Problem', problem)).toEqual([]);

    // The stricter limit is the lookup's own: the rest of the API still answers.
    const health = await fetch(`${sandbox.url}/v1/health`);
    expect(health.status).toBe(200);
  });
});
