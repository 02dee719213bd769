import { describe, expectTypeOf, it } from 'vitest';
import { createClient, type DvcClient } from './client.js';
import type { DvcApiError } from './errors/api-error.js';
import { isDvcApiError } from './errors/guards.js';
import type { ApiErrorKind } from './errors/problem-kind.js';
import type { components } from './generated/openapi.js';
import type { Outbox } from './outbox/outbox.js';
import type { OutboxItem } from './outbox/outbox-item.js';
import type { DvcServerClient } from './server.js';

type Schemas = components['schemas'];

/** Misuses of the API, each a type error (checked by `tsc`; never called). */
function misuses(client: DvcClient): void {
  // @ts-expect-error — `level` is one of MINISTRY | PROVINCE | COMMUNE | OTHER.
  void client.procedures.list({ level: 'DISTRICT' });
  // @ts-expect-error — `limit` is a number.
  void client.procedures.list({ limit: '10' });
  // @ts-expect-error — the lookup needs the owner's ID number.
  void client.dossiers.lookup({ code: '000.00.24.H26-251127-0001' });
  // @ts-expect-error — an upload needs the required-document code.
  void client.attachments.upload(new Blob([]), { fileName: 'a.pdf' });
  // @ts-expect-error — only the citizen rates, and `via` says on whose device.
  void client.ratings.rateDossier('X', { ownerPersonalId: '001203012345', satisfaction: 'SATISFIED' });
  // @ts-expect-error — satisfaction is one of the three levels.
  void client.ratings.rateDossier('X', { ownerPersonalId: '1', satisfaction: 'GOOD', via: 'CITIZEN_DEVICE' });
  // @ts-expect-error — the year is a number.
  void client.holidays.list('2026');
  // @ts-expect-error — the partner's secret key never goes into the browser client.
  createClient({ baseUrl: 'http://dvc.test', secretKey: 'sk_test_x' });
  // @ts-expect-error — locales are 'vi' and 'en'.
  createClient({ baseUrl: 'http://dvc.test', locale: 'fr' });
}

// Type-level tests: they run as no-ops; `tsc` (npm run typecheck) is what checks them, including that
// every `@ts-expect-error` below really is an error.
describe('resource signatures', () => {
  const client = createClient({ baseUrl: 'http://dvc.test', fetch: async () => new Response('{}') });

  it('returns the contract’s types', () => {
    expectTypeOf(client.procedures.list).returns.resolves.toEqualTypeOf<Schemas['ProcedurePage']>();
    expectTypeOf(client.procedures.get).returns.resolves.toEqualTypeOf<Schemas['ProcedureDetail']>();
    expectTypeOf(client.fields.list).returns.resolves.toEqualTypeOf<Schemas['FieldList']>();
    expectTypeOf(client.locations.list).returns.resolves.toEqualTypeOf<Schemas['LocationPage']>();
    expectTypeOf(client.wards.list).returns.resolves.toEqualTypeOf<Schemas['WardList']>();
    expectTypeOf(client.partners.list).returns.resolves.toEqualTypeOf<Schemas['PartnerList']>();
    expectTypeOf(client.holidays.list).returns.resolves.toEqualTypeOf<Schemas['HolidayList']>();
    expectTypeOf(client.attachments.upload).returns.resolves.toEqualTypeOf<Schemas['Attachment']>();
    expectTypeOf(client.dossiers.create).returns.resolves.toEqualTypeOf<Schemas['DossierCreated']>();
    expectTypeOf(client.dossiers.get).returns.resolves.toEqualTypeOf<Schemas['Dossier']>();
    expectTypeOf(client.dossiers.list).returns.resolves.toEqualTypeOf<Schemas['DossierPage']>();
    expectTypeOf(client.dossiers.lookup).returns.resolves.toEqualTypeOf<Schemas['DossierStatusView']>();
    expectTypeOf(client.dossiers.supplement).returns.resolves.toEqualTypeOf<Schemas['DossierStatusView']>();
    expectTypeOf(client.dossiers.withdraw).returns.resolves.toEqualTypeOf<Schemas['DossierStatusView']>();
    expectTypeOf(client.dossiers.receipt).returns.resolves.toEqualTypeOf<Schemas['Receipt']>();
    expectTypeOf(client.ratings.rateDossier).returns.resolves.toEqualTypeOf<Schemas['DossierRating']>();
    expectTypeOf(client.ratings.rateLocation).returns.resolves.toEqualTypeOf<Schemas['LocationRating']>();
    expectTypeOf(client.sandbox.advance).returns.resolves.toEqualTypeOf<Schemas['Dossier']>();
  });

  it('takes the contract’s request types', () => {
    expectTypeOf(client.dossiers.create).parameter(0).toEqualTypeOf<Schemas['DossierCreate']>();
    expectTypeOf(client.dossiers.lookup).parameter(0).toEqualTypeOf<Schemas['DossierLookup']>();
    expectTypeOf(client.ratings.rateDossier).parameter(1).toEqualTypeOf<Schemas['DossierRatingCreate']>();
    expectTypeOf(client.holidays.list).parameter(0).toEqualTypeOf<number>();
  });

  it('rejects what the contract rejects', () => {
    // Compiled, never run: each call below must be a type error.
    expectTypeOf(misuses).toBeFunction();
  });

  it('narrows errors with the guards', () => {
    const error: unknown = new Error('x');
    if (isDvcApiError(error)) {
      expectTypeOf(error).toEqualTypeOf<DvcApiError>();
      expectTypeOf(error.kind).toEqualTypeOf<ApiErrorKind>();
      expectTypeOf(error.errors).toEqualTypeOf<readonly Schemas['FieldError'][]>();
    }
  });

  it('gives the server client only the partner backend’s operations', () => {
    expectTypeOf<DvcServerClient['dossiers']>().toHaveProperty('list');
    expectTypeOf<DvcServerClient['dossiers']>().not.toHaveProperty('create');
    expectTypeOf<DvcClient>().not.toHaveProperty('embedSessions');
  });

  it('types outbox items and their states', () => {
    expectTypeOf<OutboxItem['state']>().toEqualTypeOf<'queued' | 'sending' | 'sent' | 'needs-attention'>();
    expectTypeOf<Outbox['enqueue']>().parameter(0).toEqualTypeOf<Schemas['DossierCreate']>();
  });
});
