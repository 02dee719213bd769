import * as z from 'zod/mini';
import { ChannelSchema, CursorSchema, LocalizedTextSchema, MediaTypeSchema } from './common.js';
import { recordOf } from './record-of.js';

/** `AuthorityLevel`: Cấp bộ | Cấp tỉnh | Cấp xã | Cơ quan khác. */
export const AuthorityLevelSchema = z.enum(['MINISTRY', 'PROVINCE', 'COMMUNE', 'OTHER']);

/** `OnlineLevel`: toàn trình (fully online) | một phần (partly) | none. */
export const OnlineLevelSchema = z.enum(['FULL', 'PARTIAL', 'NONE']);

/** `Duration`: a processing time. */
export const DurationSchema = z.object({
  value: z.number(),
  unit: z.enum(['WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS']),
});

/** `Fee`: in VND; `amount` is null when the source publishes no fee. */
export const FeeSchema = z.object({ amount: z.nullable(z.number()), note: z.optional(LocalizedTextSchema) });

/** `ChannelOffer`: processing time and fee when filed through one channel. */
export const ChannelOfferSchema = z.object({
  channel: ChannelSchema,
  processingTime: z.nullable(DurationSchema),
  fee: FeeSchema,
});

const fieldShape = { code: z.string(), name: LocalizedTextSchema };

/** `Field`: a field of procedures ("lĩnh vực"). */
export const FieldSchema = z.object(fieldShape);

/** `FieldWithCount`: a field with the number of its procedures. */
export const FieldWithCountSchema = z.object({ ...fieldShape, procedureCount: z.number() });

/** `FieldList`: the answer of `GET /v1/fields`. */
export const FieldListSchema = z.object({ items: z.array(FieldWithCountSchema) });

/** `RequiredDocument`: one item of the checklist ("thành phần hồ sơ"). */
export const RequiredDocumentSchema = z.object({
  code: z.string(),
  name: LocalizedTextSchema,
  required: z.boolean(),
  originals: z.number(),
  copies: z.number(),
  submission: z.enum(['UPLOAD', 'SHOW_ONLY']),
  reusableFromNationalDb: z.boolean(),
  acceptedMediaTypes: z.optional(z.array(MediaTypeSchema)),
});

/** `ResultDocument`: a document the citizen receives as the result. */
export const ResultDocumentSchema = z.object({ code: z.string(), name: LocalizedTextSchema });

/** `ProcedureCase`: a case ("trường hợp") of a procedure. */
export const ProcedureCaseSchema = z.object({
  code: z.string(),
  name: LocalizedTextSchema,
  processingTime: z.optional(DurationSchema),
});

/** `EFormField`: one field of an e-form. */
export const EFormFieldSchema = z.object({
  type: z.enum(['string', 'integer', 'boolean']),
  format: z.optional(z.enum(['date', 'email', 'personal-id', 'phone', 'ward-code'])),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  enum: z.optional(z.array(z.string())),
  enumLabels: z.optional(z.array(LocalizedTextSchema)),
  minLength: z.optional(z.number()),
  maxLength: z.optional(z.number()),
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
  pattern: z.optional(z.string()),
  widget: z.optional(z.enum(['textarea', 'radio', 'select', 'checkbox'])),
});

/** `EForm`: the procedure-specific part of a dossier, as a JSON-Schema-like definition. */
export const EFormSchema = z.object({
  schemaVersion: z.literal(1),
  sections: z.array(z.object({ id: z.string(), title: LocalizedTextSchema, fields: z.array(z.string()) })),
  fields: recordOf(EFormFieldSchema),
  required: z.array(z.string()),
});

// Shared by the summary and the detail: spreading a shape costs no bytes, `z.extend` costs 0.4 KB.
const procedureSummaryShape = {
  code: z.string(),
  name: LocalizedTextSchema,
  field: FieldSchema,
  levels: z.array(AuthorityLevelSchema),
  onlineLevel: OnlineLevelSchema,
  agentAssisted: z.boolean(),
  channels: z.array(ChannelOfferSchema),
};

/** `ProcedureSummary`: a procedure as listed by the search. */
export const ProcedureSummarySchema = z.object(procedureSummaryShape);

/** `ProcedureDetail`: one procedure in full, with documents, cases and the e-form. */
export const ProcedureDetailSchema = z.object({
  ...procedureSummaryShape,
  competentAuthority: LocalizedTextSchema,
  applicantTypes: z.array(z.enum(['CITIZEN', 'ORGANIZATION', 'BUSINESS', 'FOREIGNER'])),
  publishingDecision: z.nullable(z.string()),
  requiredDocuments: z.array(RequiredDocumentSchema),
  resultDocuments: z.array(ResultDocumentSchema),
  cases: z.array(ProcedureCaseSchema),
  eForm: z.nullable(EFormSchema),
  sourceUrl: z.nullable(z.string()),
});

/** `ProcedurePage`: a page of `GET /v1/procedures`. */
export const ProcedurePageSchema = z.object({
  items: z.array(ProcedureSummarySchema),
  total: z.number(),
  nextCursor: CursorSchema,
});
