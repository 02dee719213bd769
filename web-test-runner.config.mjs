// Browser tests: every `packages/*/src/**/*.browser.test.ts`, in a real Chromium.
// Run with `npm run test:browser` (or `npx web-test-runner`).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/chromium.mjs';
import { sandboxProxy } from './tests/support/sandbox-proxy-plugin.mjs';

// A real sandbox behind /v1 on the test page's origin, for tests that go over HTTP.
const sandbox = sandboxProxy();

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'],
  // `source` first: in-repo packages resolve to their TypeScript sources, no build needed.
  nodeResolve: { exportConditions: ['source', 'browser', 'import'] },
  middleware: [sandbox.middleware],
  plugins: [
    sandbox.plugin,
    esbuildPlugin({
      ts: true,
      // A flat tsconfig: the plugin ignores `extends`, and Lit's decorators need these settings.
      tsconfig: fileURLToPath(new URL('./tsconfig.web-test-runner.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
  // Two test files at a time: the CI machines have two cores.
  concurrency: 2,
  testFramework: {
    // 10 s per test: a cold esbuild transform of a component and its dependencies takes a few seconds
    // on a loaded two-core machine.
    config: { timeout: 10_000 },
  },
};
