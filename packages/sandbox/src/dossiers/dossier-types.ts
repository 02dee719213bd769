/**
 * Shapes of dossiers as the contract (`openapi/openapi.yaml`) names them, plus the record the sandbox
 * stores. They mirror the components with the same names; the tests validate every response against the
 * contract itself, so a drift shows up there.
 */
import type { DossierStatus, Timeliness } from '@dvc-kit/domain';
import type { PartnerCode } from '../auth/test-keys.js';
import type { Channel, Duration, LocalizedText, Location, MediaType } from '../seed/seed-types.js';

/** `Address`: province → ward → detail. */
export interface Address {
  provinceCode: string;
  wardCode: string;
  detail: string;
}

/** `Person`: the dossier's owner ("chủ hồ sơ"). */
export interface Person {
  fullName: string;
  personalId: string;
  dateOfBirth: string;
  sex: 'MALE' | 'FEMALE';
  phone: string;
  email?: string;
  address: Address;
}

/** `Representative`: who files for the owner. */
export interface Representative {
  role: 'AGENT_STAFF' | 'AUTHORIZED_PERSON';
  fullName: string;
  personalId?: string;
  phone?: string;
  authorizationDocumentCode?: string;
}

/** `AttachmentRef`: an uploaded file answering one required document. */
export interface AttachmentRef {
  documentCode: string;
  attachmentId: string;
}

/** `Delivery`: how the result comes back. */
export type Delivery =
  | { method: 'AT_LOCATION'; locationId: string }
  | {
      method: 'POSTAL';
      address: { recipientName: string; phone: string; wardCode: string; detail: string };
      trackingNumber?: string | null;
    }
  | { method: 'ELECTRONIC'; email?: string };

/** `DossierCreate`: the body of `POST /v1/dossiers`. */
export interface DossierCreate {
  procedureCode: string;
  caseCode?: string;
  channel: Channel;
  owner: Person;
  representative?: Representative;
  formData: Record<string, unknown>;
  attachments: AttachmentRef[];
  delivery: Delivery;
  receivingLocationId?: string;
  consent: { personalDataProcessing: true; acceptedAt: string; textVersion: string };
  clientReference?: string;
}

/** `Fee`. */
export interface Fee {
  amount: number | null;
  note?: LocalizedText;
}

/** `ProcedureRef`. */
export interface ProcedureRef {
  code: string;
  name: LocalizedText;
}

/** `LocationRef`. */
export interface LocationRef {
  id: string;
  name: LocalizedText;
}

/** `Staff`. */
export interface Staff {
  id: string;
  fullName: string;
}

/** `StoredAttachment`. */
export interface StoredAttachment {
  documentCode: string;
  attachmentId: string;
  fileName: string;
  sha256: string;
}

/** Who moved a dossier (`TimelineEvent.actor`). */
export type TimelineActor = 'CITIZEN' | 'AGENT' | 'OFFICER' | 'SYSTEM';

/** `TimelineEvent`. */
export interface TimelineEvent {
  at: string;
  status: DossierStatus;
  actor: TimelineActor;
  note?: LocalizedText;
}

/** `SupplementRequest`. */
export interface SupplementRequest {
  requestedAt: string;
  deadline: string;
  reason: LocalizedText;
  missingDocuments: { code: string; name: LocalizedText }[];
  fulfilledAt: string | null;
}

/** `ReceiptDocument`. */
export interface ReceiptDocument {
  name: LocalizedText;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
}

/**
 * A dossier as the sandbox stores it (JSON in `dossiers.data`): the contract's `Dossier` without the
 * values computed at read time (`statusCode`, `timeliness`, `rated`), plus what later steps need.
 */
export interface DossierRecord {
  code: string;
  procedure: ProcedureRef;
  caseCode: string;
  channel: Channel;
  status: DossierStatus;
  owner: Person;
  representative: Representative | null;
  formData: Record<string, unknown>;
  attachments: StoredAttachment[];
  delivery: Delivery;
  receivingLocation: LocationRef;
  competentAuthority: LocalizedText;
  partnerCode: PartnerCode | null;
  agentPointId: string | null;
  staff: Staff | null;
  fee: Fee;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  returnedAt: string | null;
  timeline: TimelineEvent[];
  supplementRequest: SupplementRequest | null;
  clientReference: string | null;
  /** The legal processing time the due date was computed from (the receipt prints it). */
  processingTime: Duration | null;
  /** How many times a supplement was requested (at most `MAX_SUPPLEMENT_REQUESTS`). */
  supplementRequestCount: number;
  consent: DossierCreate['consent'];
}

/** `Dossier`: the full view its filing partner reads. */
export interface Dossier
  extends Omit<DossierRecord, 'processingTime' | 'supplementRequestCount' | 'consent'> {
  statusCode: number;
  timeliness: Timeliness | null;
  rated: boolean;
}

/** `DossierSummary`: one row of `GET /v1/dossiers`. */
export interface DossierSummary {
  code: string;
  procedure: ProcedureRef;
  status: DossierStatus;
  statusCode: number;
  ownerName: string;
  agentPointId: string | null;
  submittedAt: string;
  dueAt: string | null;
  timeliness: Timeliness | null;
}

/** How a result is handed over (`ResultPickup.method`, `Receipt.resultReturn.method`). */
export type ResultReturnMethod = Delivery['method'];

/** `ResultPickup`. */
export interface ResultPickup {
  method: ResultReturnMethod;
  description: LocalizedText;
  location: Location | null;
}

/** `DossierStatusView`: the public, masked view. */
export interface DossierStatusView {
  code: string;
  procedure: ProcedureRef;
  status: DossierStatus;
  statusCode: number;
  ownerNameMasked: string;
  ownerPersonalIdMasked: string;
  receivingLocation: LocationRef;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  returnedAt: string | null;
  timeliness: Timeliness | null;
  timeline: TimelineEvent[];
  supplementRequest: SupplementRequest | null;
  resultPickup: ResultPickup | null;
  rated: boolean;
  canRate: boolean;
}

/** `Receipt`: the data of Form 01. */
export interface Receipt {
  dossierCode: string;
  receivingUnit: LocationRef;
  submitter: {
    fullName: string;
    address: string;
    phone: string | null;
    email: string | null;
    personalId: string | null;
  };
  owner: { fullName: string };
  procedure: ProcedureRef;
  documents: ReceiptDocument[];
  setCount: number;
  processingTime: Duration | null;
  receivedAt: string | null;
  appointmentAt: string | null;
  resultReturn: { method: ResultReturnMethod; description: LocalizedText };
  fee: Fee;
  feeCollection: 'FREE' | 'AT_COUNTER' | 'ONLINE_PAYMENT' | 'ON_RESULT';
  issuedAt: string;
}

/** `Attachment`: an uploaded file. */
export interface Attachment {
  id: string;
  fileName: string;
  mediaType: MediaType;
  size: number;
  sha256: string;
  createdAt: string;
}
