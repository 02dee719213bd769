// Test support: what a counter app imports — the client, and the outbox over IndexedDB from its own
// entry (`size.test.ts` measures what the second import adds).
export { createClient, isDvcApiError } from '../index.js';
export { createIndexedDbOutboxStore, createOutbox } from '../outbox.js';
