// @dvc-kit/client — the browser entry (also works in Node). The partner backend's secret-key client is
// `@dvc-kit/client/server`; a counter's outbox and the IndexedDB stores are `@dvc-kit/client/outbox`.

export { type ClientOptions, createClient, type DvcClient } from './client.js';
export { DvcApiError } from './errors/api-error.js';
export { DvcError, type DvcErrorName } from './errors/dvc-error.js';
export {
  isDvcApiError,
  isDvcError,
  isDvcNetworkError,
  isDvcResponseValidationError,
  isDvcTimeoutError,
} from './errors/guards.js';
export type { UserMessages } from './errors/messages.js';
export { DvcNetworkError } from './errors/network-error.js';
export { type ApiErrorKind, PROBLEM_KINDS, type ProblemKind } from './errors/problem-kind.js';
export { isDefinitiveRejection } from './errors/rejection.js';
export { DvcResponseValidationError } from './errors/response-validation-error.js';
export { DvcTimeoutError } from './errors/timeout-error.js';
export type { RetryPolicy } from './http/retry-policy.js';
export type { RequestKind, TimeoutOptions } from './http/timeouts.js';
export type { GetToken } from './http/token-manager.js';
export type { FetchLike } from './http/transport.js';
export type {
  IdempotencyEntry,
  IdempotencyState,
  IdempotencyStore,
} from './idempotency/idempotency-store.js';
export { createLocalStorageIdempotencyStore } from './idempotency/local-storage-store.js';
export { createMemoryIdempotencyStore } from './idempotency/memory-store.js';
export { LOCALES, type Locale } from './locale.js';
export type { AttachmentsResource, UploadOptions, UploadProgress } from './resources/attachments.js';
export type { CreateDossierOptions, DossiersResource } from './resources/dossiers.js';
export type { FieldsResource } from './resources/fields.js';
export type { HolidaysResource } from './resources/holidays.js';
export type { LocationsResource } from './resources/locations.js';
export type { PartnersResource } from './resources/partners.js';
export type { ProceduresResource } from './resources/procedures.js';
export type { RatingsResource } from './resources/ratings.js';
export type { RequestOptions } from './resources/request-options.js';
export type { SandboxResource } from './resources/sandbox.js';
export type { WardsResource } from './resources/wards.js';
export type { RecordStore, StorageLike } from './storage/record-store.js';
export type * from './types.js';
