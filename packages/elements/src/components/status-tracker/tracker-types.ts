// The contract's types the status tracker reads, by the names the contract gives them. Type-only: they
// come from the OpenAPI contract through `@dvc-kit/client`, whose code the tracker never ships.
import type { components } from '@dvc-kit/client';

export type {
  Dossier,
  DossierLookup,
  DossierStatus,
  DossierStatusView,
  SupplementCreate,
} from '@dvc-kit/client';

type Schemas = components['schemas'];

/** One step of a dossier's history: when, which status, who, and an optional note. */
export type TimelineEvent = Schemas['TimelineEvent'];
/** An open (or fulfilled) request for missing documents. */
export type SupplementRequest = Schemas['SupplementRequest'];
/** Where and how to collect the result. */
export type ResultPickup = Schemas['ResultPickup'];
/** How the dossier stands against its due date; `null` for dossiers that ended without a result. */
export type Timeliness = Schemas['Timeliness'];
