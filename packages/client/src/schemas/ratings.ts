import * as z from 'zod/mini';

/** `Satisfaction`: Rất hài lòng (2) | Hài lòng (1) | Không hài lòng (0). */
export const SatisfactionSchema = z.enum(['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED']);

/** `DissatisfactionReason`: why the citizen is unhappy. */
export const DissatisfactionReasonSchema = z.enum([
  'LATE',
  'MULTIPLE_SUPPLEMENTS',
  'MULTIPLE_OFFICES',
  'STAFF_ATTITUDE',
  'FEES_UNCLEAR',
  'SYSTEM_ERROR',
  'OTHER',
]);

const ThreeStepCountSchema = z.enum(['ONE', 'TWO', 'THREE_OR_MORE']);

/** `OfficialIndices`: the official satisfaction indices (optional full mode). */
export const OfficialIndicesSchema = z.object({
  processingTime: z.optional(z.enum(['EARLY', 'ON_TIME', 'LATE'])),
  contactsNeeded: z.optional(ThreeStepCountSchema),
  officesVisited: z.optional(ThreeStepCountSchema),
  publiclyPosted: z.optional(z.enum(['YES', 'NO', 'UNSURE'])),
  staffAttitude: z.optional(z.enum(['GOOD', 'ACCEPTABLE', 'POOR'])),
  convenience: z.optional(z.enum(['CONVENIENT', 'ACCEPTABLE', 'INCONVENIENT'])),
  overall: z.optional(SatisfactionSchema),
});

/** `RatingVia`: the citizen rated on their own device, or on the counter's device handed to them. */
export const RatingViaSchema = z.enum(['CITIZEN_DEVICE', 'COUNTER_HANDOVER']);

/** `DossierRatingCreate` (request): the citizen's rating of a dossier. */
export const DossierRatingCreateSchema = z.object({
  ownerPersonalId: z.string(),
  satisfaction: SatisfactionSchema,
  reasons: z.optional(z.array(DissatisfactionReasonSchema)),
  comment: z.optional(z.string()),
  officialIndices: z.optional(OfficialIndicesSchema),
  via: RatingViaSchema,
});

/** `DossierRating`: a stored rating of a dossier. */
export const DossierRatingSchema = z.object({
  dossierCode: z.string(),
  satisfaction: SatisfactionSchema,
  reasons: z.array(DissatisfactionReasonSchema),
  comment: z.nullable(z.string()),
  officialIndices: z.nullable(OfficialIndicesSchema),
  via: RatingViaSchema,
  agentPointId: z.nullable(z.string()),
  ratedAt: z.string(),
});

/** `LocationRatingCreate` (request): 1–5 stars for an agent point. */
export const LocationRatingCreateSchema = z.object({
  stars: z.number(),
  comment: z.optional(z.string()),
  dossierCode: z.optional(z.string()),
});

/** `LocationRating`: a stored star rating of a place. */
export const LocationRatingSchema = z.object({
  id: z.string(),
  locationId: z.string(),
  stars: z.number(),
  comment: z.nullable(z.string()),
  ratedAt: z.string(),
});
