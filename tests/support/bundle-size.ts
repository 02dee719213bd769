/**
 * Measures what a browser entry costs a citizen's phone: bundled as an app bundler would (ESM,
 * `source`/`browser`/`import` export conditions, tree-shaken), minified with terser, then gzipped.
 * Shared by the client's and the elements' size tests and by `bench/`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { type Plugin, rollup } from 'rollup';

/** The size of a bundled entry, in bytes. */
export interface BundleSize {
  /** Bundled and minified. */
  readonly minified: number;
  /** Bundled, minified and gzipped (level 9, as servers and CDNs serve static files). */
  readonly gzip: number;
  /**
   * What a page loads before anything is used: the entry and its static imports, without chunks that
   * are only imported dynamically (such as the English messages, loaded when a page switches to `en`).
   */
  readonly initial: { readonly minified: number; readonly gzip: number };
}

/** Options of {@link measureBundle}. */
export interface MeasureBundleOptions {
  /** Imports left out of the bundle, e.g. `['lit']` when an app already ships Lit. */
  readonly external?: readonly (string | RegExp)[];
}

// Resolves NodeNext-style `./file.js` specifiers to the `./file.ts` source next to the importer, and
// compiles TypeScript with esbuild (types stripped, no type-check: `tsc` does that elsewhere).
function typescriptSource(): Plugin {
  return {
    name: 'typescript-source',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolvePath(dirname(importer), `${source.slice(0, -'.js'.length)}.ts`);
      return existsSync(candidate) ? candidate : null;
    },
    async load(id) {
      if (!id.endsWith('.ts')) return null;
      const source = await readFile(id, 'utf8');
      const { code, map } = await transform(source, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        // The decorator settings of tsconfig.base.json (Lit's `@property()` and friends compile as
        // TypeScript experimental decorators; esbuild would otherwise emit standard decorators).
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
        sourcefile: id,
        sourcemap: true,
      });
      return { code, map };
    },
  };
}

// @rollup/plugin-terser's types are CommonJS-flavoured: under NodeNext, TypeScript sees the plugin one
// `default` down, while Node's ESM import hands over the function itself.
type TerserPlugin = typeof terserModule.default;
const terser: TerserPlugin =
  (terserModule as unknown as { default?: TerserPlugin }).default ??
  (terserModule as unknown as TerserPlugin);

function isExternal(external: readonly (string | RegExp)[], id: string): boolean {
  return external.some((pattern) =>
    typeof pattern === 'string' ? id === pattern || id.startsWith(`${pattern}/`) : pattern.test(id),
  );
}

/**
 * Bundles `entry` (a `.ts` or `.js` file) for the browser and returns its minified and gzipped size.
 *
 * @example
 * const { gzip } = await measureBundle('packages/client/src/index.ts');
 * expect(gzip).toBeLessThanOrEqual(12 * 1024);
 */
export async function measureBundle(entry: string, options: MeasureBundleOptions = {}): Promise<BundleSize> {
  const external = options.external ?? [];
  const bundle = await rollup({
    input: resolvePath(entry),
    external: (id) => isExternal(external, id),
    plugins: [
      typescriptSource(),
      nodeResolve({
        browser: true,
        // `production` stated, not left to @rollup/plugin-node-resolve, which picks `development`
        // builds (Lit's, with dev-mode warnings, ~4 KB more) whenever NODE_ENV is set and not
        // `production` — as under vitest, where NODE_ENV is `test`.
        exportConditions: ['source', 'browser', 'import', 'production'],
        extensions: ['.ts', '.js'],
      }),
      terser({ module: true, ecma: 2020 }),
    ],
    onwarn(warning, warn) {
      // Dependencies' circular imports and misplaced `@__PURE__` comments are their own business (and
      // cost nothing); warnings about our own code are worth seeing.
      const inDependency =
        warning.id?.includes('/node_modules/') || warning.ids?.some((id) => id.includes('/node_modules/'));
      if (!inDependency && warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = output.filter((chunk) => chunk.type === 'chunk');
    const entry = chunks.find((chunk) => chunk.isEntry);
    // The entry and, transitively, every chunk it imports statically.
    const initialNames = new Set<string>();
    const visit = (fileName: string | undefined) => {
      if (!fileName || initialNames.has(fileName)) return;
      initialNames.add(fileName);
      for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
        visit(imported);
    };
    visit(entry?.fileName);
    const sizeOf = (code: string) => {
      const bytes = Buffer.from(code, 'utf8');
      return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    };
    const all = sizeOf(chunks.map((chunk) => chunk.code).join('\n'));
    const initial = sizeOf(
      chunks
        .filter((chunk) => initialNames.has(chunk.fileName))
        .map((chunk) => chunk.code)
        .join('\n'),
    );
    return { ...all, initial };
  } finally {
    await bundle.close();
  }
}
