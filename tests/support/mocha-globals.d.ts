// Mocha's BDD functions, which @web/test-runner puts on `window` for `*.browser.test.ts` files. The
// project installs no @types/mocha (vitest tests import their own `describe`/`it`), so the subset the
// browser tests use is declared here for the type-check.

// A test or hook body, synchronous or returning a promise.
type MochaBody = (this: unknown) => unknown;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: MochaBody): void;
declare function before(body: MochaBody): void;
declare function after(body: MochaBody): void;
declare function beforeEach(body: MochaBody): void;
declare function afterEach(body: MochaBody): void;
