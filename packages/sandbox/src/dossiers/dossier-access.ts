import { timingSafeEqual } from 'node:crypto';
import type { Caller } from '../auth/authenticate.js';
import { ProblemError } from '../http/problem.js';
import type { DossiersStore } from '../store/dossiers-store.js';
import type { DossierRecord, TimelineActor } from './dossier-types.js';

/**
 * Who the timeline says acted for a caller: the citizen on their own device (an embed token without an
 * agent point), otherwise an agent — a counter session, or a partner's backend acting for a citizen.
 */
export function actorOf(caller: Caller): TimelineActor {
  return caller.kind === 'embed-token' && caller.agentPointId === null ? 'CITIZEN' : 'AGENT';
}

/**
 * One answer for "no such dossier", "not yours" and "wrong ID number": a 404 must not tell which, so it
 * does not even echo the code.
 */
function notFound(): ProblemError {
  return new ProblemError('not-found', 'No dossier with this code is visible to this caller.');
}

/**
 * A dossier of the caller's own partner. Another partner's dossier answers exactly like a missing one
 * (404), so codes of other partners cannot even be confirmed to exist.
 */
export function findPartnerDossier(
  dossiers: DossiersStore,
  code: string,
  partnerCode: string,
): DossierRecord {
  const record = dossiers.byCode(code);
  if (!record || record.partnerCode !== partnerCode) throw notFound();
  return record;
}

/** Compares two ID numbers in constant time, so response timing does not reveal matching digits. */
function sameId(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A dossier found by its code and its owner's personal ID number, from any partner ("phi địa giới": the
 * citizen may use any app). A wrong code and a wrong ID number answer the same 404.
 */
export function findOwnerDossier(
  dossiers: DossiersStore,
  code: string,
  ownerPersonalId: string,
): DossierRecord {
  const record = dossiers.byCode(code);
  if (!record || !sameId(record.owner.personalId, ownerPersonalId.normalize('NFC'))) {
    throw new ProblemError('not-found', 'No dossier matches this code and owner ID number.');
  }
  return record;
}
