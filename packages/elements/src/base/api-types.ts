// The contract's types the elements render, by the names the elements use. They come from the OpenAPI
// contract through `@dvc-kit/client` (type-only imports: the elements never ship the client's code).
import type { components } from '@dvc-kit/client';

export type { LocalizedText, Receipt } from '@dvc-kit/client';

/** One row of the receipt's table of submitted documents. */
export type ReceiptDocument = components['schemas']['ReceiptDocument'];
/** A processing time: a value and a unit (working days, calendar days, working hours). */
export type Duration = components['schemas']['Duration'];
