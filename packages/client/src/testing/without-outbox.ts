// Test support: what an app that submits and reads but keeps no outbox imports (tree-shaking check).
export { createClient, isDvcApiError } from '../index.js';
