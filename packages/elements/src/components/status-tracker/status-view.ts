import { maskPersonalId, maskPersonName } from '@dvc-kit/domain';
import type { Dossier, DossierStatus, DossierStatusView, ResultPickup } from './tracker-types.js';

/** Statuses in which the result exists: it can be collected, and the citizen may rate the service. */
export const RESULT_STATUSES: readonly DossierStatus[] = ['RESULT_READY', 'RETURNED'];

// `dossiers.get` has the delivery the citizen chose, not the public `resultPickup` the lookup builds
// from the catalogue. The contract offers no way to read one location by id, so the place is named
// only when it is the receiving location (the common case: the agent point that took the dossier
// hands the result back); otherwise the method alone is shown.
function resultPickupOf(dossier: Dossier): ResultPickup | null {
  if (!RESULT_STATUSES.includes(dossier.status)) return null;
  const { delivery, receivingLocation } = dossier;
  const atReceivingLocation =
    delivery.method === 'AT_LOCATION' && delivery.locationId === receivingLocation.id;
  return {
    method: delivery.method,
    description: atReceivingLocation ? receivingLocation.name : { vi: '', en: '' },
    location: null,
  };
}

/**
 * The public view of a dossier (`DossierStatusView`, what `client.dossiers.lookup` answers) derived
 * from the partner's full `Dossier`, with the owner's name and ID number masked as the lookup masks
 * them and no other personal data.
 *
 * @example
 * const view = statusViewOf(await client.dossiers.get(code));
 * view.ownerNameMasked; // 'N***** T** L**'
 */
export function statusViewOf(dossier: Dossier): DossierStatusView {
  const hasResult = RESULT_STATUSES.includes(dossier.status);
  return {
    code: dossier.code,
    procedure: dossier.procedure,
    status: dossier.status,
    statusCode: dossier.statusCode,
    ownerNameMasked: maskPersonName(dossier.owner.fullName),
    ownerPersonalIdMasked: maskPersonalId(dossier.owner.personalId),
    receivingLocation: dossier.receivingLocation,
    submittedAt: dossier.submittedAt,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    returnedAt: dossier.returnedAt,
    timeliness: dossier.timeliness,
    timeline: dossier.timeline,
    supplementRequest: dossier.supplementRequest,
    resultPickup: resultPickupOf(dossier),
    rated: dossier.rated,
    canRate: hasResult && !dossier.rated,
  };
}
