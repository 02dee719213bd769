// Storybook for the Center's design review of `@dvc-kit/elements`. Offline by design: no telemetry,
// no "what's new" check, data from `openapi/examples` through `stories/support/example-client.ts`.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // The review machines reach nothing but the npm registry: nothing may phone home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // In-repo packages resolve to their TypeScript sources (their `source` export condition), so
      // the stories show the code as it is now, with no build of the packages first.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Lit's decorators are TypeScript's experimental ones, with `useDefineForClassFields: false`
      // (tsconfig.base.json): standard decorators compile, then fail in the browser. Vite 8
      // compiles with Oxc and ignores `esbuild.tsconfigRaw` (it keeps only the JSX options of
      // `esbuild`), so the settings are given to Oxc, here rather than left to whichever tsconfig.json
      // Oxc finds next to a file.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      // In dev, Vite pre-bundles dependencies as it discovers them; a Lit module it reaches only
      // later (`lit/directive-helpers.js`, through `lit/directives/live.js`) would load a second
      // lit-html ("Multiple versions of Lit loaded"). Listing the entries the elements use keeps one.
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive.js',
          'lit/directive-helpers.js',
          'lit/directives/if-defined.js',
          'lit/directives/live.js',
        ],
      },
      // Storybook's runtime and axe make the preview's chunks large; what partners ship has its own
      // budgets (`packages/*/src/size.test.ts`). 2 MB keeps a warning for an accidental blow-up.
      build: { chunkSizeWarningLimit: 2_000 },
    });
  },
};

export default config;
