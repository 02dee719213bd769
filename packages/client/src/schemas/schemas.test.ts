import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { PROBLEM_TYPE_BASE, ProblemKind } from '../errors/problem-kind.js';
import type { components } from '../generated/openapi.js';
import type * as schemas from './index.js';

type Contract = components['schemas'];

/**
 * `true` when A and B are assignable to each other. Looser than exact equality on purpose: the
 * generated types spell optional properties `x?: T` and intersections (`allOf`), zod spells them
 * `x?: T | undefined` and flat objects — the same values either way.
 */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What the client hands to the app (the schema's output) matches the contract. */
type PinnedOutput<Name extends keyof Contract> = MutuallyAssignable<
  z.output<(typeof schemas)[`${Name}Schema` & keyof typeof schemas]>,
  Contract[Name]
>;

describe('runtime schemas are pinned to the contract', () => {
  it('response bodies: schema output ⇄ generated type', () => {
    expectTypeOf<PinnedOutput<'Health'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'Problem'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'FieldError'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'ProblemType'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'FieldList'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'ProcedureSummary'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'ProcedureDetail'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'ProcedurePage'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'EForm'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'WardList'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'PartnerList'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'Location'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'LocationPage'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'HolidayList'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'EmbedSession'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'Attachment'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'Dossier'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierSummary'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierPage'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'Receipt'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierCreated'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierStatusView'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierRating'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'LocationRating'>>().toEqualTypeOf<true>();
  });

  it('request bodies the client builds: schema output ⇄ generated type', () => {
    expectTypeOf<PinnedOutput<'EmbedSessionCreate'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'AttachmentRef'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'Delivery'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierCreate'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierLookup'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'SupplementCreate'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'WithdrawalCreate'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierAdvance'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'DossierRatingCreate'>>().toEqualTypeOf<true>();
    expectTypeOf<PinnedOutput<'LocationRatingCreate'>>().toEqualTypeOf<true>();
  });

  it('the short problem kinds spell exactly the contract’s problem types', () => {
    expectTypeOf<
      MutuallyAssignable<`${typeof PROBLEM_TYPE_BASE}${ProblemKind}`, Contract['ProblemType']>
    >().toEqualTypeOf<true>();
  });

  it('the drift check itself notices a difference', () => {
    // A schema that forgot a required field, or typed it wrongly, must not pass.
    expectTypeOf<MutuallyAssignable<{ vi: string }, Contract['LocalizedText']>>().toEqualTypeOf<false>();
    expectTypeOf<MutuallyAssignable<{ amount: number }, Contract['Fee']>>().toEqualTypeOf<false>();
    expectTypeOf<
      MutuallyAssignable<z.output<typeof schemas.DossierSchema>, Contract['DossierSummary']>
    >().toEqualTypeOf<false>();
  });
});
