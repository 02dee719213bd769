// Builds the React example into examples/react/dist/, served by the partner backend at /react/.
// `node examples/build.mjs --react` runs it (so does `npm start`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { zodOfTheClient } from '../client-bundle/zod-of-the-client.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/react/',
  // The page's `/shared/favicon.svg` belongs to the backend, not to this build.
  publicDir: false,
  resolve: {
    // Until `npm install` links the new workspace package, the example reads @dvc-kit/react from source
    // (it is TypeScript without decorators, which vite compiles as it is).
    alias: { '@dvc-kit/react': here('../../packages/react/src/index.ts') },
  },
  // Before vite's own resolver, which would find the root's zod.
  plugins: [{ ...zodOfTheClient(), enforce: 'pre' }],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // The elements' and the client's compiled output is already ES2022.
    target: 'es2022',
    // React DOM and every element in one chunk is what this tiny app is (about 470 KB before gzip).
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // The elements load the QR encoder lazily in the rating and eagerly in the receipt; with both
        // in this app it lands in the main chunk, which is right here and not this example's to change.
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
