import { describe, expect, it } from 'vitest';
import { createClient } from '../client.js';
import { dossierCreated } from '../testing/fixtures.js';
import { createStubServer, json, type SeenRequest } from '../testing/stub-server.js';

const baseUrl = 'http://dvc.test';
const text = (vi: string, en: string) => ({ vi, en });
const ward = {
  code: '00004',
  provinceCode: '01',
  name: 'Ba Đình',
  fullName: 'Phường Ba Đình',
  nameEn: 'Ba Dinh',
  fullNameEn: 'Ba Dinh Ward',
  unitType: 'WARD',
  postalCode: '11100',
};

// One answer per path, valid against the contract.
function answer(request: SeenRequest): Response {
  switch (request.url.pathname) {
    case '/v1/fields':
      return json({
        items: [{ code: 'ho-tich', name: text('Hộ tịch', 'Civil status'), procedureCount: 12 }],
      });
    case '/v1/locations':
      return json({ items: [], total: 0, nextCursor: null });
    case '/v1/wards':
      return json({ items: [ward], attribution: 'LacGO/VietNamTDP, CC BY 4.0' });
    case '/v1/partners':
      return json({ items: [{ code: 'VNPOST', name: 'Bưu điện Việt Nam', agentPointCount: 120 }] });
    case '/v1/calendar/holidays':
      return json({
        year: 2026,
        items: [
          {
            date: '2026-09-02',
            name: text('Quốc khánh', 'National Day'),
            compensatory: false,
            provisional: false,
          },
        ],
      });
    case '/v1/dossiers/D-1/rating':
      return json(
        {
          dossierCode: 'D-1',
          satisfaction: 'DISSATISFIED',
          reasons: ['LATE'],
          comment: 'Trả kết quả muộn',
          officialIndices: null,
          via: 'COUNTER_HANDOVER',
          agentPointId: null,
          ratedAt: '2025-11-27T10:00:00+07:00',
        },
        201,
      );
    case '/v1/locations/loc-ba-dinh/ratings':
      return json(
        {
          id: 'r1',
          locationId: 'loc-ba-dinh',
          stars: 5,
          comment: null,
          ratedAt: '2025-11-27T10:00:00+07:00',
        },
        201,
      );
    default:
      return json(dossierCreated('D-1').dossier);
  }
}

describe('catalogue, places, ratings and sandbox resources', () => {
  it('call the contract’s paths, public ones without a token', async () => {
    const server = createStubServer(answer);
    const client = createClient({ baseUrl, getToken: () => 'embed-token', fetch: server.fetch });
    await client.fields.list();
    await client.locations.list({ type: 'AGENT_POINT', partnerCode: 'VNPOST', acceptsResultReturn: true });
    await client.wards.list();
    await client.partners.list();
    await client.holidays.list(2026);
    await client.ratings.rateDossier('D-1', {
      ownerPersonalId: '001203012345',
      satisfaction: 'DISSATISFIED',
      reasons: ['LATE'],
      comment: 'Trả kết quả muộn',
      via: 'COUNTER_HANDOVER',
    });
    await client.ratings.rateLocation('loc-ba-dinh', { stars: 5 });
    await client.sandbox.advance('D-1');
    await client.sandbox.advance('D-1', { to: 'SUPPLEMENT_REQUESTED', missingDocumentCodes: ['TP1'] });

    const seen = server.requests.map((request) => ({
      call: `${request.method} ${request.url.pathname}${request.url.search}`,
      token: request.headers.get('authorization') !== null,
    }));
    expect(seen).toEqual([
      { call: 'GET /v1/fields', token: false },
      {
        call: 'GET /v1/locations?type=AGENT_POINT&partnerCode=VNPOST&acceptsResultReturn=true',
        token: false,
      },
      { call: 'GET /v1/wards', token: false },
      { call: 'GET /v1/partners', token: false },
      { call: 'GET /v1/calendar/holidays?year=2026', token: false },
      { call: 'POST /v1/dossiers/D-1/rating', token: true },
      { call: 'POST /v1/locations/loc-ba-dinh/ratings', token: true },
      { call: 'POST /v1/sandbox/dossiers/D-1/advance', token: true },
      { call: 'POST /v1/sandbox/dossiers/D-1/advance', token: true },
    ]);
    // Without a body the back office moves the dossier along the happy path.
    expect(server.requests[7]?.body).toEqual({});
    expect(server.requests[8]?.body).toEqual({ to: 'SUPPLEMENT_REQUESTED', missingDocumentCodes: ['TP1'] });
  });
});
