import {
  type DossierStatus,
  maskPersonalId,
  maskPersonName,
  statusInfo,
  type Timeliness,
  timeliness,
} from '@dvc-kit/domain';
import type {
  Dossier,
  DossierRecord,
  DossierStatusView,
  DossierSummary,
  ResultPickup,
} from './dossier-types.js';
import { type PlaceLookup, resultReturnDescription } from './result-return.js';

/** Statuses in which the result exists: it can be collected, and the citizen may rate the service. */
export const RESULT_STATUSES: readonly DossierStatus[] = ['RESULT_READY', 'RETURNED'];

/**
 * How the dossier stands against its due date, judged now (not stored: it changes by itself as time
 * passes). A paused dossier is judged at the moment the pause began.
 */
export function timelinessOf(record: DossierRecord, now: Date): Timeliness | null {
  const paused = record.status === 'SUPPLEMENT_REQUESTED' ? record.supplementRequest?.requestedAt : undefined;
  return timeliness({
    status: record.status,
    dueAt: record.dueAt ? new Date(record.dueAt) : null,
    returnedAt: record.returnedAt ? new Date(record.returnedAt) : null,
    pausedSince: paused ? new Date(paused) : null,
    now,
  });
}

/** The full dossier its filing partner reads (`Dossier`). */
export function toDossier(record: DossierRecord, state: { rated: boolean; now: Date }): Dossier {
  return {
    code: record.code,
    procedure: record.procedure,
    caseCode: record.caseCode,
    channel: record.channel,
    status: record.status,
    statusCode: statusInfo(record.status).code,
    owner: record.owner,
    representative: record.representative,
    formData: record.formData,
    attachments: record.attachments,
    delivery: record.delivery,
    receivingLocation: record.receivingLocation,
    competentAuthority: record.competentAuthority,
    partnerCode: record.partnerCode,
    agentPointId: record.agentPointId,
    staff: record.staff,
    fee: record.fee,
    submittedAt: record.submittedAt,
    receivedAt: record.receivedAt,
    dueAt: record.dueAt,
    returnedAt: record.returnedAt,
    timeliness: timelinessOf(record, state.now),
    timeline: record.timeline,
    supplementRequest: record.supplementRequest,
    rated: state.rated,
    clientReference: record.clientReference,
  };
}

/** One row of a partner's dossier list (`DossierSummary`). */
export function toDossierSummary(record: DossierRecord, now: Date): DossierSummary {
  return {
    code: record.code,
    procedure: record.procedure,
    status: record.status,
    statusCode: statusInfo(record.status).code,
    ownerName: record.owner.fullName,
    agentPointId: record.agentPointId,
    submittedAt: record.submittedAt,
    dueAt: record.dueAt,
    timeliness: timelinessOf(record, now),
  };
}

/** Where to collect a result that exists; null before that. */
function resultPickupOf(record: DossierRecord, places: PlaceLookup): ResultPickup | null {
  if (!RESULT_STATUSES.includes(record.status)) return null;
  const { delivery } = record;
  return {
    method: delivery.method,
    description: resultReturnDescription(delivery, places, 'public'),
    location: delivery.method === 'AT_LOCATION' ? (places.location(delivery.locationId) ?? null) : null,
  };
}

/**
 * The public view of a dossier (`DossierStatusView`): status, dates, timeline and where to collect the
 * result, with the owner's name and ID number masked and no other personal data.
 */
export function toStatusView(
  record: DossierRecord,
  state: { rated: boolean; now: Date; places: PlaceLookup },
): DossierStatusView {
  return {
    code: record.code,
    procedure: record.procedure,
    status: record.status,
    statusCode: statusInfo(record.status).code,
    ownerNameMasked: maskPersonName(record.owner.fullName),
    ownerPersonalIdMasked: maskPersonalId(record.owner.personalId),
    receivingLocation: record.receivingLocation,
    submittedAt: record.submittedAt,
    receivedAt: record.receivedAt,
    dueAt: record.dueAt,
    returnedAt: record.returnedAt,
    timeliness: timelinessOf(record, state.now),
    timeline: record.timeline,
    supplementRequest: record.supplementRequest,
    resultPickup: resultPickupOf(record, state.places),
    rated: state.rated,
    canRate: RESULT_STATUSES.includes(record.status) && !state.rated,
  };
}
