/**
 * The dossier statuses by key, in the order of their national codes 1–10 (`DOSSIER_STATUSES` in
 * `dossier-status.ts` has the codes and the labels; the compiler refuses an entry there with another
 * key, a unit test a missing one or another order). Checking a status needs only the keys, so a
 * browser bundle that does not show statuses in words does not carry their names in two languages.
 */
export const DOSSIER_STATUS_KEYS = [
  'SUBMITTED',
  'RECEIVED',
  'REJECTED',
  'PROCESSING',
  'SUPPLEMENT_REQUESTED',
  'PAYMENT_REQUESTED',
  'WITHDRAWN',
  'STOPPED',
  'RESULT_READY',
  'RETURNED',
] as const;

/** A dossier status, e.g. `'PROCESSING'`. */
export type DossierStatus = (typeof DOSSIER_STATUS_KEYS)[number];

/** Whether `value` is one of the dossier statuses (e.g. to check data from outside). */
export function isDossierStatus(value: unknown): value is DossierStatus {
  return (DOSSIER_STATUS_KEYS as readonly unknown[]).includes(value);
}
