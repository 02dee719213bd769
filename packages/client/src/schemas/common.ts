import * as z from 'zod/mini';

// Runtime schemas check what the server sends before the app sees it. They are pinned to
// `openapi/openapi.yaml` by `schemas.test.ts` (type-level drift test) and by the contract test over
// `openapi/examples/`. They check shapes and types, not the contract's patterns, lengths or integer-ness:
// the server is the judge of values, and every zod feature costs the browser entry bytes
// (`size.test.ts`): `z.int()` alone adds 0.6 KB min+gzip, `z.record()` 0.8 KB, `z.discriminatedUnion()` 1 KB.

/**
 * The e-form's values keyed by field name. The contract says `additionalProperties: true`; the server
 * validates them against the procedure's e-form, so the client only checks it is an object.
 */
export const FormDataSchema = z.looseObject({});

/** `LocalizedText`: the same text in Vietnamese (NFC) and English. */
export const LocalizedTextSchema = z.object({ vi: z.string(), en: z.string() });

/** `Cursor`: pass as `cursor` for the next page; `null` on the last page. */
export const CursorSchema = z.nullable(z.string());

/** `Channel`: the national channel codes 1 (in person), 2 (online), 3 (public postal service). */
export const ChannelSchema = z.enum(['IN_PERSON', 'ONLINE', 'POSTAL']);

/** `PartnerCode`: the partners that run agent points. */
export const PartnerCodeSchema = z.enum([
  'VNPOST',
  'VIETTEL_POST',
  'FPT_RETAIL',
  'VNPT',
  'MOBIFONE',
  'VIETTEL_STORE',
  'BIDV',
]);

/** `DossierStatus`: the national status codes 1–10, in order. */
export const DossierStatusSchema = z.enum([
  'SUBMITTED',
  'RECEIVED',
  'REJECTED',
  'PROCESSING',
  'SUPPLEMENT_REQUESTED',
  'PAYMENT_REQUESTED',
  'WITHDRAWN',
  'STOPPED',
  'RESULT_READY',
  'RETURNED',
]);

/** `MediaType`: the file types an attachment may have. */
export const MediaTypeSchema = z.enum(['application/pdf', 'image/jpeg', 'image/png']);

/** `Health`: the service's health answer. */
export const HealthSchema = z.object({ status: z.literal('ok'), version: z.string(), sandbox: z.boolean() });
