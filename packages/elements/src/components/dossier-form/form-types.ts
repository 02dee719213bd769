// The contract's types the dossier form works with, by the names it uses. Type-only: they come from the
// OpenAPI contract through `@dvc-kit/client` and cost no bytes.
import type { components } from '@dvc-kit/client';

type Schemas = components['schemas'];

export type { DossierCreate, DossierCreated, Location, ProcedureDetail, Receipt } from '@dvc-kit/client';
export type { Outbox, OutboxItem } from '@dvc-kit/client/outbox';

/** A procedure's e-form definition. */
export type EForm = Schemas['EForm'];
/** One field of an e-form. */
export type EFormField = Schemas['EFormField'];
/** One item of a procedure's checklist ("thành phần hồ sơ"). */
export type RequiredDocument = Schemas['RequiredDocument'];
/** One of Hà Nội's wards and communes. */
export type Ward = Schemas['Ward'];
/** The agent-point staff member who files for the citizen. */
export type Staff = Schemas['Staff'];
/** Who files for the owner. */
export type Representative = Schemas['Representative'];
/** Where the result goes. */
export type Delivery = Schemas['Delivery'];
/** The channels a dossier is filed through. */
export type Channel = Schemas['Channel'];
/** A contract field error of a 422 problem. */
export type ContractFieldError = Schemas['FieldError'];
