import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractValidator } from '../contract/validator.js';
import {
  birthRegistration,
  birthRegistrationFiles,
  OWNER,
  request,
  submit,
  VNPOST_AGENT_POINT,
} from '../dossiers/dossier-fixtures.testing.js';
import type { DossierStatusView } from '../dossiers/dossier-types.js';
import type { RunningSandbox } from '../sandbox.js';
import { mintEmbedToken, startTestSandbox } from '../testing/test-sandbox.js';

const validator = new ContractValidator();

async function problemType(response: Response): Promise<string> {
  const problem = (await response.json()) as { type: string };
  expect(validator.validateComponent('Problem', problem)).toEqual([]);
  return problem.type.replace('https://dvc-kit.dev/problems/', '');
}

describe('ratings', () => {
  let sandbox: RunningSandbox;
  let key: string;
  let counter: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    key = sandbox.secretKeys.VNPOST;
    counter = await mintEmbedToken(sandbox, {
      agentPointId: VNPOST_AGENT_POINT,
      staff: { id: 'nv-007', fullName: 'Lê Văn Cường' },
    });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  async function file(): Promise<string> {
    const files = await birthRegistrationFiles(sandbox, counter);
    const response = await submit(
      sandbox,
      counter,
      birthRegistration(files, { receivingLocationId: undefined }),
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as { dossier: { code: string } }).dossier.code;
  }

  function advance(code: string, to: string): Promise<Response> {
    return request(sandbox, 'POST', `/v1/sandbox/dossiers/${code}/advance`, {
      credential: key,
      body: { to },
    });
  }

  function rate(code: string, body: Record<string, unknown>, credential = counter): Promise<Response> {
    return request(sandbox, 'POST', `/v1/dossiers/${code}/rating`, {
      credential,
      body: { ownerPersonalId: OWNER.personalId, via: 'COUNTER_HANDOVER', ...body },
    });
  }

  it('takes one rating per dossier, only once the result is ready, and records where it came from', async () => {
    const code = await file();
    const early = await rate(code, { satisfaction: 'SATISFIED' });
    expect(early.status).toBe(409);
    expect(await problemType(early)).toBe('invalid-state');

    expect((await advance(code, 'RESULT_READY')).status).toBe(200);
    const response = await rate(code, {
      satisfaction: 'DISSATISFIED',
      reasons: ['STAFF_ATTITUDE', 'LATE'],
      comment: '  Phải chờ quá lâu  ',
      officialIndices: { staffAttitude: 'POOR', overall: 'DISSATISFIED' },
    });
    expect(response.status).toBe(201);
    const rating = await response.json();
    expect(validator.validateComponent('DossierRating', rating)).toEqual([]);
    expect(rating).toMatchObject({
      dossierCode: code,
      satisfaction: 'DISSATISFIED',
      // In the order of the domain's reason list, whatever order the chips were tapped in.
      reasons: ['LATE', 'STAFF_ATTITUDE'],
      comment: 'Phải chờ quá lâu',
      officialIndices: { staffAttitude: 'POOR', overall: 'DISSATISFIED' },
      via: 'COUNTER_HANDOVER',
      agentPointId: VNPOST_AGENT_POINT,
    });
    const stored = JSON.parse(
      (
        sandbox.db.prepare('SELECT data FROM dossier_ratings WHERE dossier_code = ?').get(code) as {
          data: string;
        }
      ).data,
    ) as { audit: Record<string, unknown> };
    expect(stored.audit).toEqual({
      partnerCode: 'VNPOST',
      agentPointId: VNPOST_AGENT_POINT,
      staffId: 'nv-007',
      credential: 'embed-token',
    });

    const again = await rate(code, { satisfaction: 'VERY_SATISFIED', via: 'CITIZEN_DEVICE' });
    expect(again.status).toBe(409);
    expect(await problemType(again)).toBe('already-rated');

    const view = (await (
      await request(sandbox, 'POST', '/v1/dossier-lookups', {
        body: { code, ownerPersonalId: OWNER.personalId },
      })
    ).json()) as DossierStatusView;
    expect(validator.validateComponent('DossierStatusView', view)).toEqual([]);
    expect(view).toMatchObject({ rated: true, canRate: false });
    const dossier = (await (
      await request(sandbox, 'GET', `/v1/dossiers/${code}`, { credential: counter })
    ).json()) as {
      rated: boolean;
    };
    expect(dossier.rated).toBe(true);
  });

  it('lets the citizen rate through any partner after the result was returned', async () => {
    const code = await file();
    await advance(code, 'RESULT_READY');
    await advance(code, 'RETURNED');
    const citizenApp = await mintEmbedToken(sandbox, { partner: 'MOBIFONE' });
    const response = await rate(code, { satisfaction: 'VERY_SATISFIED', via: 'CITIZEN_DEVICE' }, citizenApp);
    expect(response.status).toBe(201);
    const rating = await response.json();
    expect(validator.validateComponent('DossierRating', rating)).toEqual([]);
    expect(rating).toMatchObject({ agentPointId: null, reasons: [], comment: null, officialIndices: null });
  });

  it('refuses reasons unless the citizen is dissatisfied, with a field error at /reasons', async () => {
    const code = await file();
    await advance(code, 'RESULT_READY');
    const response = await rate(code, { satisfaction: 'SATISFIED', reasons: ['LATE'] });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { pointer: string; code: string }[] };
    expect(problem.errors).toEqual([
      expect.objectContaining({ pointer: '/reasons', code: 'rating.reasons-not-allowed' }),
    ]);
    // Nothing was stored: the citizen can still rate.
    expect((await rate(code, { satisfaction: 'SATISFIED' })).status).toBe(201);
  });

  it('answers a wrong owner ID like a missing dossier, and takes no secret key (only the citizen rates)', async () => {
    const code = await file();
    await advance(code, 'RESULT_READY');
    const wrongOwner = await rate(code, { satisfaction: 'SATISFIED', ownerPersonalId: '001203099999' });
    expect(wrongOwner.status).toBe(404);
    const withKey = await rate(code, { satisfaction: 'SATISFIED' }, key);
    expect(withKey.status).toBe(403);
    const withoutScope = await mintEmbedToken(sandbox, { scopes: ['dossier:read'] });
    expect((await rate(code, { satisfaction: 'SATISFIED' }, withoutScope)).status).toBe(403);
  });

  describe('stars for a location', () => {
    function rateLocation(
      id: string,
      body: Record<string, unknown>,
      credential = counter,
    ): Promise<Response> {
      return request(sandbox, 'POST', `/v1/locations/${id}/ratings`, { credential, body });
    }

    it('takes 1–5 stars for an agent point and stores who sent them', async () => {
      const code = await file();
      const response = await rateLocation(VNPOST_AGENT_POINT, {
        stars: 5,
        comment: ' Nhân viên nhiệt tình ',
        dossierCode: code,
      });
      expect(response.status).toBe(201);
      const rating = (await response.json()) as {
        id: string;
        locationId: string;
        stars: number;
        comment: string;
      };
      expect(validator.validateComponent('LocationRating', rating)).toEqual([]);
      expect(rating).toMatchObject({
        locationId: VNPOST_AGENT_POINT,
        stars: 5,
        comment: 'Nhân viên nhiệt tình',
      });
      const stored = sandbox.db
        .prepare('SELECT partner_code, data FROM location_ratings WHERE id = ?')
        .get(rating.id) as {
        partner_code: string;
        data: string;
      };
      expect(stored.partner_code).toBe('VNPOST');
      expect(JSON.parse(stored.data)).toMatchObject({ dossierCode: code, audit: { staffId: 'nv-007' } });
    });

    it('refuses a place that is not an agent point with 422, and an unknown one with 404', async () => {
      const notAgent = await rateLocation('loc-head-office', { stars: 4 });
      expect(notAgent.status).toBe(422);
      const problem = (await notAgent.json()) as { errors: { pointer: string; code: string }[] };
      expect(problem.errors).toEqual([
        expect.objectContaining({ pointer: 'path/id', code: 'not-an-agent-point' }),
      ]);
      const unknown = await rateLocation('loc-agent-nowhere-99', { stars: 4 });
      expect(unknown.status).toBe(404);
      const badStars = await rateLocation(VNPOST_AGENT_POINT, { stars: 6 });
      expect(badStars.status).toBe(422);
      const badCode = await rateLocation(VNPOST_AGENT_POINT, { stars: 3, dossierCode: 'not a code' });
      expect(badCode.status).toBe(422);
    });
  });
});
