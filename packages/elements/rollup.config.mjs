// The single-file bundle for pages without a bundler: one `<script type="module" src="dvc-kit.bundle.js">`
// registers every element. Built from `tsc -b`'s output (run `npm run build`), with Lit, the localize
// and context runtimes, uqr and JsBarcode's Code 39 encoder inlined. Bundler users import the unbundled
// ESM in dist/ instead and share Lit with their app.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/define.js',
  output: {
    file: 'dist/dvc-kit.bundle.js',
    format: 'es',
    sourcemap: true,
    // One file: the English messages (loaded lazily by bundler users) are inlined too.
    inlineDynamicImports: true,
  },
  plugins: [
    // No `source` condition: the bundle is built from the compiled packages, not their TypeScript.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import'] }),
    terser({ module: true, ecma: 2020 }),
  ],
};
