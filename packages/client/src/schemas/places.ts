import * as z from 'zod/mini';
import { CursorSchema, LocalizedTextSchema, PartnerCodeSchema } from './common.js';

/** `Ward`: one of Hanoi's communes and wards. */
export const WardSchema = z.object({
  code: z.string(),
  provinceCode: z.string(),
  name: z.string(),
  fullName: z.string(),
  nameEn: z.string(),
  fullNameEn: z.string(),
  unitType: z.enum(['WARD', 'COMMUNE']),
  postalCode: z.string(),
});

/** `WardList`: the answer of `GET /v1/wards`. */
export const WardListSchema = z.object({ items: z.array(WardSchema), attribution: z.string() });

/** `Partner`: a partner that runs agent points. */
export const PartnerSchema = z.object({
  code: PartnerCodeSchema,
  name: z.string(),
  agentPointCount: z.number(),
});

/** `PartnerList`: the answer of `GET /v1/partners`. */
export const PartnerListSchema = z.object({ items: z.array(PartnerSchema) });

/** `LocationType`: the kinds of places. */
export const LocationTypeSchema = z.enum([
  'HEAD_OFFICE',
  'BRANCH',
  'RECEIVING_POINT',
  'COMMUNE_CENTER',
  'AGENT_POINT',
]);

/** `Location`: a place of the Center or a partner's agent point. */
export const LocationSchema = z.object({
  id: z.string(),
  type: LocationTypeSchema,
  name: LocalizedTextSchema,
  wardCode: z.string(),
  addressDetail: z.string(),
  syntheticAddress: z.boolean(),
  partnerCode: z.nullable(PartnerCodeSchema),
  phone: z.nullable(z.string()),
  openingHours: z.string(),
  acceptsResultReturn: z.boolean(),
});

/** `LocationPage`: a page of `GET /v1/locations`. */
export const LocationPageSchema = z.object({
  items: z.array(LocationSchema),
  total: z.number(),
  nextCursor: CursorSchema,
});

/** `LocationRef`: a place by id and name. */
export const LocationRefSchema = z.object({ id: z.string(), name: LocalizedTextSchema });

/** `Holiday`: a public holiday (a day off for public offices). */
export const HolidaySchema = z.object({
  date: z.string(),
  name: LocalizedTextSchema,
  compensatory: z.boolean(),
  provisional: z.boolean(),
});

/** `HolidayList`: the answer of `GET /v1/calendar/holidays`. */
export const HolidayListSchema = z.object({ year: z.number(), items: z.array(HolidaySchema) });
