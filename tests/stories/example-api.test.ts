// The stories' example API answers as the contract says (every body valid against
// `openapi/openapi.yaml`), keeps the examples' story consistent (lookups, ratings, supplements), and
// its knobs fail the real client the way a server or a network would.
import {
  type DossierStatusView,
  DvcApiError,
  DvcNetworkError,
  isDvcApiError,
  isDvcNetworkError,
  type ProcedurePage,
} from '@dvc-kit/client';
import { describe, expect, it } from 'vitest';
import { ContractValidator } from '../../packages/sandbox/src/contract/validator.js';
import {
  createExampleApi,
  type ExampleOperation,
  type ExampleRequest,
} from '../../stories/support/example-api.js';
import { createExampleClient } from '../../stories/support/example-client.js';
import { example } from '../../stories/support/examples.js';
import { personalIdFitting } from '../../stories/support/personal-ids.js';
import { LARGE_CATALOGUE_SIZE, largeCatalogue } from '../../stories/support/synthetic-catalogue.js';

const validator = new ContractValidator();
const BASE = 'https://api.dvc-kit.example/';

const get = (path: string): ExampleRequest => ({ method: 'GET', url: new URL(path, BASE), body: undefined });
const post = (path: string, body: unknown): ExampleRequest => ({
  method: 'POST',
  url: new URL(path, BASE),
  body,
});

const view = (status: string) => example<DossierStatusView>(`DossierStatusView.${status}`);
const ownerOf = (status: string) => personalIdFitting(view(status).ownerPersonalIdMasked);

function uploadForm(): FormData {
  const form = new FormData();
  form.append('file', new File(['%PDF-1.7\n%%EOF\n'], 'to-khai.pdf', { type: 'application/pdf' }));
  form.append('documentCode', 'TP1');
  return form;
}

// One request per operation that succeeds, and the contract schema of its answer.
const SUCCESSES: readonly (readonly [ExampleOperation, ExampleRequest, string])[] = [
  ['getHealth', get('v1/health'), 'Health'],
  ['listProcedures', get('v1/procedures?limit=2'), 'ProcedurePage'],
  ['getProcedure', get('v1/procedures/1.001193'), 'ProcedureDetail'],
  ['listFields', get('v1/fields'), 'FieldList'],
  ['listLocations', get('v1/locations?wardCode=00004&acceptsResultReturn=true'), 'LocationPage'],
  ['listWards', get('v1/wards'), 'WardList'],
  ['listPartners', get('v1/partners'), 'PartnerList'],
  ['listHolidays', get('v1/calendar/holidays?year=2026'), 'HolidayList'],
  ['createEmbedSession', post('v1/embed-sessions', example('EmbedSessionCreate')), 'EmbedSession'],
  ['uploadAttachment', post('v1/attachments', uploadForm()), 'Attachment'],
  ['listDossiers', get('v1/dossiers?limit=5'), 'DossierPage'],
  ['createDossier', post('v1/dossiers', example('DossierCreate')), 'DossierCreated'],
  ['getDossier', get(`v1/dossiers/${example<{ code: string }>('Dossier').code}`), 'Dossier'],
  [
    'lookupDossier',
    post('v1/dossier-lookups', { code: view('received').code, ownerPersonalId: ownerOf('received') }),
    'DossierStatusView',
  ],
  [
    'supplementDossier',
    post(`v1/dossiers/${view('supplement-requested').code}/supplements`, {
      ...example<object>('SupplementCreate'),
      ownerPersonalId: ownerOf('supplement-requested'),
    }),
    'DossierStatusView',
  ],
  [
    'withdrawDossier',
    post(`v1/dossiers/${view('withdrawn').code}/withdrawal`, example('WithdrawalCreate')),
    'DossierStatusView',
  ],
  ['getDossierReceipt', get(`v1/dossiers/${view('received').code}/receipt`), 'Receipt'],
  [
    'rateDossier',
    post(`v1/dossiers/${view('result-ready').code}/rating`, {
      ownerPersonalId: ownerOf('result-ready'),
      satisfaction: 'SATISFIED',
      via: 'CITIZEN_DEVICE',
    }),
    'DossierRating',
  ],
  ['rateLocation', post('v1/locations/loc-agent-vnpost-01/ratings', { stars: 4 }), 'LocationRating'],
  [
    'advanceDossier',
    post(`v1/sandbox/dossiers/${example<{ code: string }>('Dossier').code}/advance`, {}),
    'Dossier',
  ],
];

describe('the example API', () => {
  it.each(SUCCESSES)(
    'answers %s with a body valid against the contract',
    async (operation, request, schema) => {
      const api = createExampleApi();
      expect(api.operationOf(request)).toBe(operation);
      const { status, body } = await api.answer(request);
      expect(status, JSON.stringify(body)).toBeLessThan(300);
      expect(validator.validateComponent(schema, body)).toEqual([]);
    },
  );

  it('pages through ~3,000 valid procedures, each once, at the contract’s largest page', async () => {
    const api = createExampleApi({ procedures: largeCatalogue() });
    const codes: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const { body } = await api.answer(get(`v1/procedures?limit=100${query}`));
      expect(validator.validateComponent('ProcedurePage', body)).toEqual([]);
      const procedurePage = body as ProcedurePage;
      codes.push(...procedurePage.items.map((procedure) => procedure.code));
      cursor = procedurePage.nextCursor ?? null;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(LARGE_CATALOGUE_SIZE / 100);
    expect(new Set(codes).size).toBe(LARGE_CATALOGUE_SIZE);
    const names = largeCatalogue().map((procedure) => procedure.name.vi);
    expect(names.every((name) => name === name.normalize('NFC'))).toBe(true);
    expect(new Set(names).size).toBe(LARGE_CATALOGUE_SIZE);
  });

  it('gives a synthetic procedure a valid detail, and fields counted over the catalogue', async () => {
    const procedures = largeCatalogue();
    const api = createExampleApi({ procedures });
    const synthetic = procedures.at(-1)!;
    const detail = await api.answer(get(`v1/procedures/${synthetic.code}`));
    expect(validator.validateComponent('ProcedureDetail', detail.body)).toEqual([]);
    const { body } = await api.answer(get('v1/fields'));
    const fields = (body as { items: { procedureCount: number }[] }).items;
    expect(fields.reduce((sum, field) => sum + field.procedureCount, 0)).toBe(LARGE_CATALOGUE_SIZE);
  });

  it('searches by words’ starts without diacritics, and filters', async () => {
    const api = createExampleApi({ procedures: largeCatalogue() });
    const { body } = await api.answer(get('v1/procedures?q=dang%20ky%20khai%20sinh&limit=100'));
    const names = (body as ProcedurePage).items.map((procedure) => procedure.name.vi);
    expect(names).toContain('Đăng ký khai sinh');
    const filtered = await api.answer(get('v1/procedures?field=ho-tich&onlineLevel=NONE&limit=100'));
    const items = (filtered.body as ProcedurePage).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.field.code === 'ho-tich' && item.onlineLevel === 'NONE')).toBe(true);
  });

  it('answers a lookup only for an ID number that fits the mask, with the same 404 otherwise', async () => {
    const api = createExampleApi();
    const { code } = view('processing');
    const found = await api.answer(
      post('v1/dossier-lookups', { code, ownerPersonalId: ownerOf('processing') }),
    );
    expect((found.body as DossierStatusView).status).toBe('PROCESSING');
    const wrong = await api.answer(post('v1/dossier-lookups', { code, ownerPersonalId: '001190000000' }));
    expect(wrong.status).toBe(404);
    expect(validator.validateComponent('Problem', wrong.body)).toEqual([]);
  });

  it('rates a ready dossier once, and refuses rated and unfinished ones', async () => {
    const api = createExampleApi();
    const rate = (status: string) =>
      api.answer(
        post(`v1/dossiers/${view(status).code}/rating`, {
          ownerPersonalId: ownerOf(status),
          satisfaction: 'VERY_SATISFIED',
          via: 'COUNTER_HANDOVER',
        }),
      );
    expect((await rate('result-ready')).status).toBe(201);
    const again = await rate('result-ready');
    expect([again.status, (again.body as { type: string }).type]).toEqual([
      409,
      'https://dvc-kit.dev/problems/already-rated',
    ]);
    expect((await rate('returned')).status).toBe(409);
    expect((await rate('processing')).body).toMatchObject({
      type: 'https://dvc-kit.dev/problems/invalid-state',
    });
  });

  it('closes the supplement request and moves the dossier back to processing', async () => {
    const api = createExampleApi();
    const { code } = view('supplement-requested');
    const ownerPersonalId = ownerOf('supplement-requested');
    await api.answer(
      post(`v1/dossiers/${code}/supplements`, { ...example<object>('SupplementCreate'), ownerPersonalId }),
    );
    const { body } = await api.answer(post('v1/dossier-lookups', { code, ownerPersonalId }));
    const after = body as DossierStatusView;
    expect([after.status, after.statusCode]).toEqual(['PROCESSING', 4]);
    expect(after.supplementRequest?.fulfilledAt).toEqual(expect.any(String));
  });

  it('answers an empty world with empty lists and 404s', async () => {
    const api = createExampleApi({ empty: true });
    expect(((await api.answer(get('v1/procedures'))).body as ProcedurePage).items).toEqual([]);
    expect((await api.answer(get('v1/procedures/1.001193'))).status).toBe(404);
    expect((await api.answer(get(`v1/dossiers/${view('received').code}/receipt`))).status).toBe(404);
  });
});

describe('the example client', () => {
  const receiptCode = view('received').code;
  const lookup = { code: receiptCode, ownerPersonalId: ownerOf('received') };

  it('goes through the real client and its response checks', async () => {
    const client = createExampleClient({ latencyMs: 0 });
    const receipt = await client.dossiers.receipt(receiptCode);
    expect(receipt.dossierCode).toBe(receiptCode);
    expect((await client.dossiers.lookup(lookup)).status).toBe('RECEIVED');
  });

  it('fails calls with the embed token as token-expired, even after the refresh; public calls work', async () => {
    const client = createExampleClient({ latencyMs: 0, failure: 'token-expired' });
    const error = await client.dossiers.receipt(receiptCode).catch((caught: unknown) => caught);
    expect(isDvcApiError(error) && error.kind).toBe('token-expired');
    expect((await client.dossiers.lookup(lookup)).status).toBe('RECEIVED');
  });

  it('fails as a network error offline, and as the API’s 500 on a server error', async () => {
    const offline = createExampleClient({ latencyMs: 0, failure: 'offline' });
    const networkError = await offline.procedures.list().catch((caught: unknown) => caught);
    expect(isDvcNetworkError(networkError)).toBe(true);
    expect(networkError).toBeInstanceOf(DvcNetworkError);
    const failing = createExampleClient({ latencyMs: 0, failure: 'server-error' });
    const serverError = await failing.procedures.list().catch((caught: unknown) => caught);
    expect(serverError).toBeInstanceOf(DvcApiError);
    expect((serverError as DvcApiError).kind).toBe('internal');
  });

  it('fails only the operations a story names', async () => {
    const client = createExampleClient({
      latencyMs: 0,
      failure: 'validation',
      failOperations: ['createDossier'],
    });
    expect((await client.procedures.get('1.001193')).code).toBe('1.001193');
    const error = await client.dossiers.create(example('DossierCreate')).catch((caught: unknown) => caught);
    expect(isDvcApiError(error) && error.kind).toBe('validation');
  });
});
