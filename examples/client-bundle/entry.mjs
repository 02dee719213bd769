// The entry of `examples/dist/dvc-client.js`: what the example pages take from `@dvc-kit/client` —
// `createClient`, the error guards, and a counter's outbox over IndexedDB (`@dvc-kit/client/outbox`) —
// and the status labels of `@dvc-kit/domain`, as one browser file beside the elements' self-contained
// bundle, which does not export the client.
// Built by `node examples/build.mjs`.
import './zod-jitless.mjs';

export { createClient, isDvcApiError, isDvcError, isDvcNetworkError } from '@dvc-kit/client';
export { createIndexedDbOutboxStore, createOutbox, OUTBOX_STATES } from '@dvc-kit/client/outbox';
export { statusInfo } from '@dvc-kit/domain';
