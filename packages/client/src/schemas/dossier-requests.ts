import * as z from 'zod/mini';
import { AttachmentRefSchema } from './attachments.js';
import { ChannelSchema, DossierStatusSchema, FormDataSchema, LocalizedTextSchema } from './common.js';

/** `Address`: province → ward → detail. */
export const AddressSchema = z.object({ provinceCode: z.string(), wardCode: z.string(), detail: z.string() });

/** `Person`: the dossier's owner ("chủ hồ sơ"), the citizen. */
export const PersonSchema = z.object({
  fullName: z.string(),
  personalId: z.string(),
  dateOfBirth: z.string(),
  sex: z.enum(['MALE', 'FEMALE']),
  phone: z.string(),
  email: z.optional(z.string()),
  address: AddressSchema,
});

/** `Representative`: who files for the owner — agent staff or an authorised person. */
export const RepresentativeSchema = z.object({
  role: z.enum(['AGENT_STAFF', 'AUTHORIZED_PERSON']),
  fullName: z.string(),
  personalId: z.optional(z.string()),
  phone: z.optional(z.string()),
  authorizationDocumentCode: z.optional(z.string()),
});

/** `DeliveryAtLocation`: collect the result at a place the citizen picks. */
export const DeliveryAtLocationSchema = z.object({
  method: z.literal('AT_LOCATION'),
  locationId: z.string(),
});

/** `PostalAddress`: where the postal service brings the result. */
export const PostalAddressSchema = z.object({
  recipientName: z.string(),
  phone: z.string(),
  wardCode: z.string(),
  detail: z.string(),
});

/** `DeliveryPostal`: the result comes by public postal service. */
export const DeliveryPostalSchema = z.object({
  method: z.literal('POSTAL'),
  address: PostalAddressSchema,
  trackingNumber: z.optional(z.nullable(z.string())),
});

/** `DeliveryElectronic`: an electronic result. */
export const DeliveryElectronicSchema = z.object({
  method: z.literal('ELECTRONIC'),
  email: z.optional(z.string()),
});

/** `Delivery`: how the citizen receives the result, by `method`. */
// A plain union: `z.discriminatedUnion` costs 1 KB more, and three small members are cheap to try.
export const DeliverySchema = z.union([
  DeliveryAtLocationSchema,
  DeliveryPostalSchema,
  DeliveryElectronicSchema,
]);

/** `Consent`: consent to the processing of personal data (Nghị định 13/2023/NĐ-CP). */
export const ConsentSchema = z.object({
  personalDataProcessing: z.literal(true),
  acceptedAt: z.string(),
  textVersion: z.string(),
});

/** `DossierCreate` (request): a dossier to submit. */
export const DossierCreateSchema = z.object({
  procedureCode: z.string(),
  caseCode: z.optional(z.string()),
  channel: ChannelSchema,
  owner: PersonSchema,
  representative: z.optional(RepresentativeSchema),
  formData: FormDataSchema,
  attachments: z.array(AttachmentRefSchema),
  delivery: DeliverySchema,
  receivingLocationId: z.optional(z.string()),
  consent: ConsentSchema,
  clientReference: z.optional(z.string()),
});

/** `DossierLookup` (request): the public status lookup by code and the owner's ID number. */
export const DossierLookupSchema = z.object({ code: z.string(), ownerPersonalId: z.string() });

/** `SupplementCreate` (request): the missing documents for an open supplement request. */
export const SupplementCreateSchema = z.object({
  ownerPersonalId: z.string(),
  attachments: z.array(AttachmentRefSchema),
  note: z.optional(z.string()),
});

/** `WithdrawalCreate` (request): the citizen withdraws the dossier. */
export const WithdrawalCreateSchema = z.object({ ownerPersonalId: z.string(), reason: z.string() });

/** `DossierAdvance` (request, sandbox only): the simulated back office moves a dossier on. */
export const DossierAdvanceSchema = z.object({
  to: z.optional(DossierStatusSchema),
  note: z.optional(LocalizedTextSchema),
  missingDocumentCodes: z.optional(z.array(z.string())),
});
