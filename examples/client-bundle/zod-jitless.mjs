// Strict CSP (no 'unsafe-eval'): zod compiles object parsers with `new Function` when it may, and
// finds out by trying once as its object schemas are created — a try the browser reports as a CSP
// violation even though zod catches it. `jitless` skips the try. It must run before the client's
// schema modules do, so `entry.mjs` imports this file first, and `build.mjs` resolves `zod/mini`
// to the client's own copy of zod (the one whose schemas it configures).
import { config } from 'zod/mini';

config({ jitless: true });
