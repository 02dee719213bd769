// The page runs under a strict CSP (no 'unsafe-eval'): zod would try `new Function` once as the
// client's object schemas are created, and the browser reports that try as a violation. `jitless`
// skips it; this module is imported first so it runs before the client's modules.
import { config } from 'zod/mini';

config({ jitless: true });
