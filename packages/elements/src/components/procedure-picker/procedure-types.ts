// The contract's types the procedure picker works with, by the names the picker uses. Type-only
// imports from `@dvc-kit/client`: the picker calls the client it is given and ships none of its code.
import type { components } from '@dvc-kit/client';

export type { FieldList, ProcedureDetail, ProcedurePage, ProcedureSummary } from '@dvc-kit/client';

/** A field of procedures ("lĩnh vực"). */
export type ProcedureField = components['schemas']['Field'];
/** Who decides: Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác. */
export type AuthorityLevel = components['schemas']['AuthorityLevel'];
/** How far a procedure can be done online: toàn trình, một phần, không. */
export type OnlineLevel = components['schemas']['OnlineLevel'];
/** The processing time and fee of a procedure through one channel. */
export type ChannelOffer = components['schemas']['ChannelOffer'];
/** A fee in đồng: 0 is free, `null` when the source publishes none. */
export type Fee = components['schemas']['Fee'];
/** One item of a procedure's checklist ("thành phần hồ sơ"). */
export type RequiredDocument = components['schemas']['RequiredDocument'];
