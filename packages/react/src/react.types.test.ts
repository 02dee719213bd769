// Type tests of the React components: props are the elements' own properties, and each `dvc-*` event
// is an `on…` prop typed with the element's event. Checked by `npm run typecheck`
// (tsconfig.tests.json); the imports are type-only, so nothing renders in Node.
import type {
  DvcClient,
  DvcDossierSubmitDetail,
  DvcDossierSubmittedDetail,
  DvcErrorDetail,
  DvcProcedureSelectDetail,
  DvcRatingSubmittedDetail,
  DvcReceiptLoadDetail,
  DvcStatusChangeDetail,
  DvcStatusTrackerLoadDetail,
} from '@dvc-kit/elements';
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  DvcDossierForm,
  DvcProcedurePicker,
  DvcProvider,
  DvcRating,
  DvcReceipt,
  DvcStatusTracker,
} from './index.js';

type Handler<Detail> = ((event: CustomEvent<Detail>) => void) | undefined;

describe('@dvc-kit/react types', () => {
  it('types each event prop with its event', () => {
    expectTypeOf<ComponentProps<typeof DvcProcedurePicker>['onDvcProcedureSelect']>().toEqualTypeOf<
      Handler<DvcProcedureSelectDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcDossierForm>['onDvcDossierSubmit']>().toEqualTypeOf<
      Handler<DvcDossierSubmitDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcDossierForm>['onDvcDossierSubmitted']>().toEqualTypeOf<
      Handler<DvcDossierSubmittedDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcDossierForm>['onDvcError']>().toEqualTypeOf<
      Handler<DvcErrorDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcReceipt>['onDvcReceiptLoad']>().toEqualTypeOf<
      Handler<DvcReceiptLoadDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcStatusTracker>['onDvcStatusChange']>().toEqualTypeOf<
      Handler<DvcStatusChangeDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcStatusTracker>['onDvcStatusTrackerLoad']>().toEqualTypeOf<
      Handler<DvcStatusTrackerLoadDetail>
    >();
    expectTypeOf<ComponentProps<typeof DvcRating>['onDvcRatingSubmitted']>().toEqualTypeOf<
      Handler<DvcRatingSubmittedDetail>
    >();
  });

  it("types the props with the elements' properties", () => {
    expectTypeOf<ComponentProps<typeof DvcProvider>['client']>().toEqualTypeOf<DvcClient | undefined>();
    expectTypeOf<ComponentProps<typeof DvcProcedurePicker>['query']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ComponentProps<typeof DvcRating>['counter']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ComponentProps<typeof DvcReceipt>>().toHaveProperty('layout');
    expectTypeOf<ComponentProps<typeof DvcDossierForm>>().toHaveProperty('procedure');
  });

  it('refuses unknown event props and wrong prop types', () => {
    type PickerProps = ComponentProps<typeof DvcProcedurePicker>;
    // @ts-expect-error a misspelt event prop
    const misspelt: PickerProps = { onDvcProcedureSelected: () => undefined };
    // @ts-expect-error `query` is a string
    const wrongType: PickerProps = { query: 42 };
    expectTypeOf(misspelt).toEqualTypeOf<PickerProps>();
    expectTypeOf(wrongType).toEqualTypeOf<PickerProps>();
  });
});
