/**
 * Shapes of the seed catalogue. They mirror the components of `openapi/openapi.yaml` with the same names and
 * stay local to the seed until the generated contract types replace them.
 */

/** A text in Vietnamese and English. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** Authority levels of a procedure: Cấp bộ | Cấp tỉnh | Cấp xã | Cơ quan khác. */
export const AUTHORITY_LEVELS = ['MINISTRY', 'PROVINCE', 'COMMUNE', 'OTHER'] as const;
/** One of {@link AUTHORITY_LEVELS}. */
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

/** How far a procedure can be done online: toàn trình | một phần | không. */
export const ONLINE_LEVELS = ['FULL', 'PARTIAL', 'NONE'] as const;
/** One of {@link ONLINE_LEVELS}. */
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

/** Filing channels: trực tiếp | trực tuyến | bưu chính công ích (national codes 1, 2, 3). */
export const CHANNELS = ['IN_PERSON', 'ONLINE', 'POSTAL'] as const;
/** One of {@link CHANNELS}. */
export type Channel = (typeof CHANNELS)[number];

/** Units of a processing time. */
export const DURATION_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS'] as const;
/** One of {@link DURATION_UNITS}. */
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Who may file a procedure. */
export const APPLICANT_TYPES = ['CITIZEN', 'ORGANIZATION', 'BUSINESS', 'FOREIGNER'] as const;
/** One of {@link APPLICANT_TYPES}. */
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** File types an uploaded document may have. */
export const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** One of {@link MEDIA_TYPES}. */
export type MediaType = (typeof MEDIA_TYPES)[number];

/** A processing time, e.g. `{ value: 3, unit: 'WORKING_DAYS' }`. */
export interface Duration {
  value: number;
  unit: DurationUnit;
}

/** A field of procedures ("lĩnh vực"); `code` is a kebab-case ASCII slug such as `ho-tich`. */
export interface Field {
  code: string;
  name: LocalizedText;
}

/** Processing time and fee when a procedure is filed through one channel. */
export interface ChannelOffer {
  channel: Channel;
  /** `null` when the source publishes no time ("Không có thông tin"). */
  processingTime: Duration | null;
  /** `amount` in VND: 0 is free, `null` is unknown. */
  fee: { amount: number | null; note?: LocalizedText };
}

/** Whether a document is uploaded with the dossier or only shown at the counter. */
export const SUBMISSION_MODES = ['UPLOAD', 'SHOW_ONLY'] as const;
/** One of {@link SUBMISSION_MODES}. */
export type SubmissionMode = (typeof SUBMISSION_MODES)[number];

/** One item of a procedure's checklist ("thành phần hồ sơ"). */
export interface RequiredDocument {
  /** Unique within the procedure, e.g. `TP1`. */
  code: string;
  name: LocalizedText;
  required: boolean;
  /** Number of originals ("bản chính"). */
  originals: number;
  /** Number of copies ("bản sao"). */
  copies: number;
  submission: SubmissionMode;
  /** Can be taken from the national population database / VNeID instead. */
  reusableFromNationalDb: boolean;
  acceptedMediaTypes?: MediaType[];
}

/** A document the procedure produces ("kết quả"). */
export interface ResultDocument {
  code: string;
  name: LocalizedText;
}

/** A case ("trường hợp") of a procedure, with its own processing time where it differs. */
export interface ProcedureCase {
  code: string;
  name: LocalizedText;
  processingTime?: Duration;
}

/** Value types of an e-form field. */
export const EFORM_FIELD_TYPES = ['string', 'integer', 'boolean'] as const;
/** Formats an e-form string field may declare. */
export const EFORM_FIELD_FORMATS = ['date', 'email', 'personal-id', 'phone', 'ward-code'] as const;
/** Widgets an e-form field may ask for. */
export const EFORM_WIDGETS = ['textarea', 'radio', 'select', 'checkbox'] as const;

/** One field of an e-form: a JSON-Schema-like description with labels in both languages. */
export interface EFormField {
  type: (typeof EFORM_FIELD_TYPES)[number];
  format?: (typeof EFORM_FIELD_FORMATS)[number];
  title: LocalizedText;
  description?: LocalizedText;
  enum?: string[];
  /** Labels of `enum`, in the same order. */
  enumLabels?: LocalizedText[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  widget?: (typeof EFORM_WIDGETS)[number];
}

/** A display section of an e-form, listing field keys in order. */
export interface EFormSection {
  id: string;
  title: LocalizedText;
  fields: string[];
}

/**
 * The procedure-specific part of a dossier. The standard sections (owner, representative, attachments,
 * delivery, consent) are not in it.
 */
export interface EForm {
  schemaVersion: 1;
  sections: EFormSection[];
  /** Keyed by camelCase field name. */
  fields: Record<string, EFormField>;
  required: string[];
}

/** What a procedure list shows. */
export interface ProcedureSummary {
  /** National code, `^[1-9]\.\d{6}$`. */
  code: string;
  name: LocalizedText;
  field: Field;
  levels: AuthorityLevel[];
  onlineLevel: OnlineLevel;
  /** Hanoi's agent points help with it for free. */
  agentAssisted: boolean;
  channels: ChannelOffer[];
}

/** Everything the catalogue knows about a procedure. */
export interface ProcedureDetail extends ProcedureSummary {
  competentAuthority: LocalizedText;
  applicantTypes: ApplicantType[];
  publishingDecision: string | null;
  requiredDocuments: RequiredDocument[];
  resultDocuments: ResultDocument[];
  /** At least one; the first is always `default`. */
  cases: ProcedureCase[];
  eForm: EForm | null;
  sourceUrl: string | null;
}

/** Kinds of Hanoi's administrative units below the city. */
export const WARD_UNIT_TYPES = ['WARD', 'COMMUNE'] as const;

/** A Hanoi ward ("phường") or commune ("xã") since 1 July 2025. */
export interface Ward {
  /** The official 5-digit code. */
  code: string;
  provinceCode: '01';
  name: string;
  fullName: string;
  nameEn: string;
  fullNameEn: string;
  unitType: (typeof WARD_UNIT_TYPES)[number];
  postalCode: string;
}

/** The public-service partners that run agent points. */
export const PARTNER_CODES = [
  'VNPOST',
  'VIETTEL_POST',
  'FPT_RETAIL',
  'VNPT',
  'MOBIFONE',
  'VIETTEL_STORE',
  'BIDV',
] as const;
/** One of {@link PARTNER_CODES}. */
export type PartnerCode = (typeof PARTNER_CODES)[number];

/** A partner and how many agent points it runs in the seed. */
export interface Partner {
  code: PartnerCode;
  name: string;
  agentPointCount: number;
}

/** Kinds of places where dossiers are received or results returned. */
export const LOCATION_TYPES = [
  'HEAD_OFFICE',
  'BRANCH',
  'RECEIVING_POINT',
  'COMMUNE_CENTER',
  'AGENT_POINT',
] as const;
/** One of {@link LOCATION_TYPES}. */
export type LocationType = (typeof LOCATION_TYPES)[number];

/** A place where dossiers are received or results returned. */
export interface Location {
  /** Stable slug, `loc-…`. */
  id: string;
  type: LocationType;
  name: LocalizedText;
  wardCode: string;
  addressDetail: string;
  /** True when the address is made up for the sandbox. */
  syntheticAddress: boolean;
  /** Set for agent points only. */
  partnerCode: PartnerCode | null;
  phone: string | null;
  /** Vietnamese short form, e.g. `T2–T6 08:00–17:00; T7 08:00–12:00`. */
  openingHours: string;
  acceptsResultReturn: boolean;
}

/** A day off for public-sector offices. */
export interface Holiday {
  /** `yyyy-MM-dd`. */
  date: string;
  name: LocalizedText;
  /** A day off in lieu of a holiday that fell on a weekend, or a swapped working day. */
  compensatory: boolean;
  /** Not yet confirmed by the government. */
  provisional: boolean;
}
