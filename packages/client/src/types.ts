// Friendly names for the contract's types, generated from `openapi/openapi.yaml` into
// `generated/openapi.ts` (never edited by hand).
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];
type Query<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

export type { components, operations, paths } from './generated/openapi.js';

/** RFC 9457 problem details, as every error answer carries them. */
export type Problem = Schemas['Problem'];
/** One problem with one input value (`pointer`, stable `code`, localised `message`). */
export type FieldError = Schemas['FieldError'];
/** The closed set of problem type URLs. */
export type ProblemType = Schemas['ProblemType'];
/** Text in Vietnamese and English. */
export type LocalizedText = Schemas['LocalizedText'];

/** A page of procedures. */
export type ProcedurePage = Schemas['ProcedurePage'];
/** A procedure as listed. */
export type ProcedureSummary = Schemas['ProcedureSummary'];
/** One procedure in full. */
export type ProcedureDetail = Schemas['ProcedureDetail'];
/** The filters and paging of `procedures.list`. */
export type ProcedureQuery = Query<'listProcedures'>;
/** All fields ("lĩnh vực") with their procedure counts. */
export type FieldList = Schemas['FieldList'];

/** A page of locations. */
export type LocationPage = Schemas['LocationPage'];
/** A place of the Center or an agent point. */
export type Location = Schemas['Location'];
/** The filters and paging of `locations.list`. */
export type LocationQuery = Query<'listLocations'>;
/** Hanoi's communes and wards. */
export type WardList = Schemas['WardList'];
/** The partners that run agent points. */
export type PartnerList = Schemas['PartnerList'];
/** A partner's code. */
export type PartnerCode = Schemas['PartnerCode'];
/** The public holidays of a year. */
export type HolidayList = Schemas['HolidayList'];

/** A stored file. */
export type Attachment = Schemas['Attachment'];
/** A dossier to submit. */
export type DossierCreate = Schemas['DossierCreate'];
/** The answer of a submission: the dossier and its receipt. */
export type DossierCreated = Schemas['DossierCreated'];
/** A dossier as its filing partner sees it. */
export type Dossier = Schemas['Dossier'];
/** A page of the partner's dossiers. */
export type DossierPage = Schemas['DossierPage'];
/** The filters and paging of `dossiers.list`. */
export type DossierQuery = Query<'listDossiers'>;
/** The public status lookup's question. */
export type DossierLookup = Schemas['DossierLookup'];
/** The public, masked view of a dossier. */
export type DossierStatusView = Schemas['DossierStatusView'];
/** A dossier's status. */
export type DossierStatus = Schemas['DossierStatus'];
/** The answer to a supplement request. */
export type SupplementCreate = Schemas['SupplementCreate'];
/** A withdrawal by the citizen. */
export type WithdrawalCreate = Schemas['WithdrawalCreate'];
/** The receipt (Form 01). */
export type Receipt = Schemas['Receipt'];
/** The sandbox back office's move. */
export type DossierAdvance = Schemas['DossierAdvance'];

/** The citizen's rating of a dossier. */
export type DossierRatingCreate = Schemas['DossierRatingCreate'];
/** A stored rating of a dossier. */
export type DossierRating = Schemas['DossierRating'];
/** Stars for an agent point. */
export type LocationRatingCreate = Schemas['LocationRatingCreate'];
/** A stored star rating. */
export type LocationRating = Schemas['LocationRating'];

/** What an embed token may do. */
export type Scope = Schemas['Scope'];
/** A browser embed token and what it is bound to. */
export type EmbedSession = Schemas['EmbedSession'];
/** The request for an embed token; `ttlSeconds` is optional (the server defaults it to 900 s). */
export type EmbedSessionCreate = Schemas['EmbedSessionCreate'];
