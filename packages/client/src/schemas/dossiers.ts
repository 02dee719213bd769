import * as z from 'zod/mini';
import { DurationSchema, FeeSchema } from './catalogue.js';
import {
  ChannelSchema,
  CursorSchema,
  DossierStatusSchema,
  FormDataSchema,
  LocalizedTextSchema,
  PartnerCodeSchema,
} from './common.js';
import { DeliverySchema, PersonSchema, RepresentativeSchema } from './dossier-requests.js';
import { StaffSchema } from './embed-sessions.js';
import { LocationRefSchema, LocationSchema } from './places.js';

/** `Timeliness`: on time or late; null for dossiers that ended without a result. */
export const TimelinessSchema = z.nullable(
  z.enum(['NOT_STARTED', 'ON_TIME', 'OVERDUE', 'RETURNED_EARLY', 'RETURNED_ON_TIME', 'RETURNED_LATE']),
);

/** `TimelineEvent`: one step of a dossier's history. */
export const TimelineEventSchema = z.object({
  at: z.string(),
  status: DossierStatusSchema,
  actor: z.enum(['CITIZEN', 'AGENT', 'OFFICER', 'SYSTEM']),
  note: z.optional(LocalizedTextSchema),
});

/** `SupplementRequest`: the officer asks for missing documents (the due-date clock pauses). */
export const SupplementRequestSchema = z.object({
  requestedAt: z.string(),
  deadline: z.string(),
  reason: LocalizedTextSchema,
  missingDocuments: z.array(z.object({ code: z.string(), name: LocalizedTextSchema })),
  fulfilledAt: z.nullable(z.string()),
});

/** `ProcedureRef`: a procedure by code and name. */
export const ProcedureRefSchema = z.object({ code: z.string(), name: LocalizedTextSchema });

/** `StoredAttachment`: a file attached to a dossier. */
export const StoredAttachmentSchema = z.object({
  documentCode: z.string(),
  attachmentId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
});

/** `Dossier`: a dossier as its filing partner sees it (personal data in full). */
export const DossierSchema = z.object({
  code: z.string(),
  procedure: ProcedureRefSchema,
  caseCode: z.string(),
  channel: ChannelSchema,
  status: DossierStatusSchema,
  statusCode: z.number(),
  owner: PersonSchema,
  representative: z.nullable(RepresentativeSchema),
  formData: FormDataSchema,
  attachments: z.array(StoredAttachmentSchema),
  delivery: DeliverySchema,
  receivingLocation: LocationRefSchema,
  competentAuthority: LocalizedTextSchema,
  partnerCode: z.nullable(PartnerCodeSchema),
  agentPointId: z.nullable(z.string()),
  staff: z.nullable(StaffSchema),
  fee: FeeSchema,
  submittedAt: z.string(),
  receivedAt: z.nullable(z.string()),
  dueAt: z.nullable(z.string()),
  returnedAt: z.nullable(z.string()),
  timeliness: TimelinessSchema,
  timeline: z.array(TimelineEventSchema),
  supplementRequest: z.nullable(SupplementRequestSchema),
  rated: z.boolean(),
  clientReference: z.nullable(z.string()),
});

/** `DossierSummary`: a dossier as listed. */
export const DossierSummarySchema = z.object({
  code: z.string(),
  procedure: ProcedureRefSchema,
  status: DossierStatusSchema,
  statusCode: z.number(),
  ownerName: z.string(),
  agentPointId: z.nullable(z.string()),
  submittedAt: z.string(),
  dueAt: z.nullable(z.string()),
  timeliness: TimelinessSchema,
});

/** `DossierPage`: a page of `GET /v1/dossiers`. */
export const DossierPageSchema = z.object({ items: z.array(DossierSummarySchema), nextCursor: CursorSchema });

const ResultMethodSchema = z.enum(['AT_LOCATION', 'POSTAL', 'ELECTRONIC']);

/** `ReceiptDocument`: one row of the receipt's table of submitted documents. */
export const ReceiptDocumentSchema = z.object({
  name: LocalizedTextSchema,
  originals: z.number(),
  certifiedCopies: z.number(),
  photocopies: z.number(),
});

/** `Receipt`: the data of Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả". */
export const ReceiptSchema = z.object({
  dossierCode: z.string(),
  receivingUnit: LocationRefSchema,
  submitter: z.object({
    fullName: z.string(),
    address: z.string(),
    phone: z.nullable(z.string()),
    email: z.nullable(z.string()),
    personalId: z.nullable(z.string()),
  }),
  owner: z.object({ fullName: z.string() }),
  procedure: ProcedureRefSchema,
  documents: z.array(ReceiptDocumentSchema),
  setCount: z.number(),
  processingTime: z.nullable(DurationSchema),
  receivedAt: z.nullable(z.string()),
  appointmentAt: z.nullable(z.string()),
  resultReturn: z.object({ method: ResultMethodSchema, description: LocalizedTextSchema }),
  fee: FeeSchema,
  feeCollection: z.enum(['FREE', 'AT_COUNTER', 'ONLINE_PAYMENT', 'ON_RESULT']),
  issuedAt: z.string(),
});

/** `DossierCreated`: the answer of a submission — the dossier and its receipt. */
export const DossierCreatedSchema = z.object({ dossier: DossierSchema, receipt: ReceiptSchema });

/** `ResultPickup`: where and how to collect the result. */
export const ResultPickupSchema = z.object({
  method: ResultMethodSchema,
  description: LocalizedTextSchema,
  location: z.nullable(LocationSchema),
});

/** `DossierStatusView`: the public view of a dossier, personal data masked. */
export const DossierStatusViewSchema = z.object({
  code: z.string(),
  procedure: ProcedureRefSchema,
  status: DossierStatusSchema,
  statusCode: z.number(),
  ownerNameMasked: z.string(),
  ownerPersonalIdMasked: z.string(),
  receivingLocation: LocationRefSchema,
  submittedAt: z.string(),
  receivedAt: z.nullable(z.string()),
  dueAt: z.nullable(z.string()),
  returnedAt: z.nullable(z.string()),
  timeliness: TimelinessSchema,
  timeline: z.array(TimelineEventSchema),
  supplementRequest: z.nullable(SupplementRequestSchema),
  resultPickup: z.nullable(ResultPickupSchema),
  rated: z.boolean(),
  canRate: z.boolean(),
});
