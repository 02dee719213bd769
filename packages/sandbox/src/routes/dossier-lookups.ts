import { findOwnerDossier } from '../dossiers/dossier-access.js';
import { toStatusView } from '../dossiers/dossier-views.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { DossiersStore } from '../store/dossiers-store.js';
import { RatingsStore } from '../store/ratings-store.js';
import { ReferenceStore } from '../store/reference-store.js';

interface DossierLookup {
  code: string;
  ownerPersonalId: string;
}

/**
 * `POST /v1/dossier-lookups`: the public status lookup by dossier code and the owner's ID number. It
 * needs no credential, so it is the one door through which someone could guess ID numbers: it has its
 * own, stricter limit per IP address (`config.rateLimit.lookupMax` per window), counted separately
 * from everything else and never per Authorization header, which a guesser could vary at will.
 */
export function registerDossierLookupRoutes(app: SandboxApp, context: SandboxContext): void {
  const dossiers = new DossiersStore(context.db);
  const ratings = new RatingsStore(context.db);
  const references = new ReferenceStore(context.db);

  registerOperation<DossierLookup>(
    app,
    'lookupDossier',
    async (request) => {
      const record = findOwnerDossier(dossiers, request.body.code, request.body.ownerPersonalId);
      return toStatusView(record, {
        rated: ratings.isDossierRated(record.code),
        now: context.now(),
        places: references,
      });
    },
    {
      config: {
        rateLimit: {
          max: context.config.rateLimit.lookupMax,
          timeWindow: context.config.rateLimit.windowMs,
          keyGenerator: (request) => `lookup-ip:${request.ip}`,
        },
      },
    },
  );
}
