import type { DvcClient } from '../../base/client-context.js';
import { statusViewOf } from './status-view.js';
import type { DossierStatusView } from './tracker-types.js';

/**
 * Where the tracker reads a dossier from: the public lookup (code and the owner's ID number, typed by
 * the citizen), or the partner's own dossier by code (an app that already knows it, with an embed
 * token).
 */
export type StatusSource =
  | { readonly kind: 'lookup'; readonly code: string; readonly ownerPersonalId: string }
  | { readonly kind: 'code'; readonly code: string };

/** A dossier as the tracker shows it, and the owner's ID number that answering a supplement needs. */
export interface FetchedStatus {
  /** The public, masked view. */
  readonly view: DossierStatusView;
  /** Kept in memory only, to send a supplement; never rendered, never put in a URL. */
  readonly ownerPersonalId: string;
}

/**
 * Reads the dossier of `source`. A lookup is a POST with the ID number in the body
 * (`client.dossiers.lookup`), never in a URL; a partner's dossier is read in full and masked here
 * the way the lookup masks it.
 */
export async function fetchStatus(
  client: DvcClient,
  source: StatusSource,
  signal: AbortSignal,
): Promise<FetchedStatus> {
  if (source.kind === 'lookup') {
    const { code, ownerPersonalId } = source;
    const view = await client.dossiers.lookup({ code, ownerPersonalId }, { signal });
    return { view, ownerPersonalId };
  }
  const dossier = await client.dossiers.get(source.code, { signal });
  return { view: statusViewOf(dossier), ownerPersonalId: dossier.owner.personalId };
}
